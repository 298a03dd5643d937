package io.aftercare.api;

import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Per-tenant numbers people read and say on the phone (WO-000042, SR-000007). The counter row is locked until
 * the creating transaction ends, so numbers never repeat; a rolled-back creation may leave a gap.
 */
@ApplicationScoped
public class HumanNumbers {

    private final EntityManager db;
    private final TenantContext tenants;

    public HumanNumbers(EntityManager db, TenantContext tenants) {
        this.db = db;
        this.tenants = tenants;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String prefix) {
        long value = ((Number) db.createNativeQuery("""
                        insert into tenant_counter (tenant_id, name, value) values (cast(?1 as uuid), ?2, 1)
                        on conflict (tenant_id, name) do update set value = tenant_counter.value + 1
                        returning value""")
                .setParameter(1, tenants.require().toString()).setParameter(2, prefix)
                .getSingleResult()).longValue();
        return "%s-%06d".formatted(prefix, value);
    }
}
