package io.aftercare.customer;

import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which customers the caller may read: every customer of the tenant for the office, only those of their own orders
 * for an installer. Customers, their contacts and sites, and assets are read through it.
 */
@ApplicationScoped
public class CustomerScope {

    private final CurrentUser caller;
    private final CustomersServed served;

    public CustomerScope(CurrentUser caller, CustomersServed served) {
        this.caller = caller;
        this.served = served;
    }

    /** The customers the caller may read, or empty when there is no limit. */
    @Transactional
    public Optional<Set<UUID>> ofCaller() {
        return caller.onlyInstaller() ? Optional.of(served.customersOf(UUID.fromString(caller.id()))) : Optional.empty();
    }

    /** The ids a list query keeps to: never empty, since {@code in ()} is not valid SQL (an id no row has stands in). */
    public static Set<UUID> forQuery(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
    }

    /** Another installer's customer is answered like one that does not exist. */
    public void requireReadable(UUID customerId, String what) {
        if (ofCaller().filter(s -> !s.contains(customerId)).isPresent()) {
            throw ProblemException.notFound(what);
        }
    }
}
