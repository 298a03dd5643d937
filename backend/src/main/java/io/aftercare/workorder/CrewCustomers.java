package io.aftercare.workorder;

import io.aftercare.customer.CustomersServed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The customers of the orders whose crew an installer is (or was) in. */
@ApplicationScoped
public class CrewCustomers implements CustomersServed {

    private final EntityManager db;

    public CrewCustomers(EntityManager db) {
        this.db = db;
    }

    @Override
    @Transactional
    public Set<UUID> customersOf(UUID installerId) {
        return new HashSet<>(db.createQuery("""
                        select distinct w.customerId from WorkOrder w
                        where w.leadInstallerId = :installer or array_contains(w.helperIds, :installer)""", UUID.class)
                .setParameter("installer", installerId).getResultList());
    }
}
