package io.aftercare.customer;

import java.util.Set;
import java.util.UUID;

/**
 * The customers an installer serves: those of the work orders of their crews. Installers see only these customers,
 * their contacts, sites and assets; the work-order feature answers (it knows the crews).
 */
public interface CustomersServed {

    Set<UUID> customersOf(UUID installerId);
}
