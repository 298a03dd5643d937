package io.aftercare.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a job's work once per tenant, with the tenant set (both walls follow it) and named in the log. The work opens
 * its own transactions (a connection binds its tenant when the transaction starts). One tenant's failure is
 * logged and skipped: the others still run, and the failed one is tried again on the next run.
 */
@ApplicationScoped
public class EveryTenant {

    private static final Logger LOG = Logger.getLogger(EveryTenant.class);

    private final TenantContext tenants;
    private final EntityManager db;

    public EveryTenant(TenantContext tenants, EntityManager db) {
        this.tenants = tenants;
        this.db = db;
    }

    /** The results of {@code work} for each tenant where it succeeded. Call with an active request context. */
    public <T> List<T> run(String job, Supplier<T> work) {
        List<T> results = new ArrayList<>();
        for (UUID tenant : ids()) {
            MDC.put("tenant", tenant.toString());
            try {
                results.add(tenants.runAs(tenant, work));
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s failed for tenant %s; it runs again next time", job, tenant);
            } finally {
                MDC.remove("tenant");
            }
        }
        return results;
    }

    private List<UUID> ids() {
        return QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery("select id from tenant order by id", UUID.class)
                .getResultList());
    }
}
