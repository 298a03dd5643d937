package io.aftercare.partner;

import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts verified complaints straight from the complaint table until the complaint feature's service is merged.
 * Verified: status VERIFIED, or CLOSED after a decision with a remedial action (a rejected complaint has none).
 */
@ApplicationScoped
public class ComplaintTableCounts implements PartnerComplaints {

    private final EntityManager db;
    private final TenantContext tenants;

    public ComplaintTableCounts(EntityManager db, TenantContext tenants) {
        this.db = db;
        this.tenants = tenants;
    }

    // TODO(lead): replace with ComplaintService.verifiedCountsByWorkOrder
    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> verifiedByWorkOrder(Collection<UUID> workOrderIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (workOrderIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = db.createNativeQuery("""
                        select work_order_id, count(*) from complaint
                        where tenant_id = ?1 and work_order_id = any(?2)
                          and (status = 'VERIFIED' or (status = 'CLOSED' and decided_by is not null and remedial_action is not null))
                        group by work_order_id""")
                .setParameter(1, tenants.require())
                .setParameter(2, workOrderIds.toArray(UUID[]::new))
                .getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
