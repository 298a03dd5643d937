package io.aftercare.workorder;

import io.aftercare.customer.CustomerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.aftercare.persistence.ReadOnly;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Finds work orders by the start of their number or by their customers, for the global search. */
@ApplicationScoped
public class WorkOrderSearch {

    private final EntityManager db;
    private final CustomerDirectory customers;

    public WorkOrderSearch(EntityManager db, CustomerDirectory customers) {
        this.db = db;
        this.customers = customers;
    }

    /**
     * Orders whose number starts with {@code numberPrefix} (ignoring case) or whose customer is one of
     * {@code customerIds}; newest first, at most {@code limit}. Three queries: orders, customer names, site addresses.
     */
    @ReadOnly
    public List<WorkOrderDtos.WorkOrderHit> search(String numberPrefix, Collection<UUID> customerIds, int limit) {
        String where = "function('starts_with', o.number, :number) = true" + (customerIds.isEmpty() ? "" : " or o.customerId in :customers");
        var query = db.createQuery("select o.id, o.number, o.status, o.customerId, o.siteId, o.appointmentStart from WorkOrder o where "
                        + where + " order by o.createdAt desc, o.id desc", Object[].class)
                .setParameter("number", numberPrefix.strip().toUpperCase(Locale.ROOT)).setMaxResults(limit);
        if (!customerIds.isEmpty()) {
            query.setParameter("customers", customerIds);
        }
        List<Object[]> rows = query.getResultList();
        Set<UUID> customerOfRows = new HashSet<>();
        Set<UUID> sites = new HashSet<>();
        rows.forEach(r -> {
            customerOfRows.add((UUID) r[3]);
            if (r[4] != null) {
                sites.add((UUID) r[4]);
            }
        });
        Map<UUID, String> names = customers.names(customerOfRows);
        Map<UUID, String> addresses = customers.siteAddresses(sites);
        return rows.stream().map(r -> {
            return new WorkOrderDtos.WorkOrderHit((UUID) r[0], (String) r[1], (WorkOrderStatus) r[2], names.getOrDefault((UUID) r[3], ""),
                    r[4] == null ? null : addresses.get((UUID) r[4]), (OffsetDateTime) r[5]);
        }).toList();
    }
}
