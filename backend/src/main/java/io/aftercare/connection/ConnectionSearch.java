package io.aftercare.connection;

import io.aftercare.customer.CustomerDirectory;
import io.aftercare.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Finds connection applications by the start of their number or by their customers, for the global search; none while
 * the tenant has the module off (its menu is hidden then too).
 */
@ApplicationScoped
public class ConnectionSearch {

    private final EntityManager db;
    private final ConnectionDeadlines deadlines;
    private final CustomerDirectory customers;

    public ConnectionSearch(EntityManager db, ConnectionDeadlines deadlines, CustomerDirectory customers) {
        this.db = db;
        this.deadlines = deadlines;
        this.customers = customers;
    }

    /** Newest first, at most {@code limit}: one query for the applications, one for their customers' names. */
    @ReadOnly
    public List<ConnectionDtos.ConnectionHit> search(String numberPrefix, Collection<UUID> customerIds, int limit) {
        if (!deadlines.rules().enabled()) {
            return List.of();
        }
        String where = "function('starts_with', a.number, :number) = true" + (customerIds.isEmpty() ? "" : " or a.customerId in :customers");
        var query = db.createQuery("select a.id, a.number, a.status, a.supplyClass, a.customerId, a.siteAddress from ConnectionApplication a where "
                        + where + " order by a.createdAt desc, a.id desc", Object[].class)
                .setParameter("number", numberPrefix.strip().toUpperCase(Locale.ROOT)).setMaxResults(limit);
        if (!customerIds.isEmpty()) {
            query.setParameter("customers", customerIds);
        }
        List<Object[]> rows = query.getResultList();
        Map<UUID, String> names = customers.names(rows.stream().map(r -> (UUID) r[4]).toList());
        return rows.stream().map(r -> new ConnectionDtos.ConnectionHit((UUID) r[0], (String) r[1], (ConnectionDtos.Status) r[2],
                (ConnectionDtos.SupplyClass) r[3], names.getOrDefault((UUID) r[4], ""), (String) r[5])).toList();
    }
}
