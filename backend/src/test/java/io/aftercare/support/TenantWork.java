package io.aftercare.support;

import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.function.Supplier;

/** Runs work inside one tenant's transaction, the way a job does: tenant set explicitly, then a transaction. */
@ApplicationScoped
public class TenantWork {

    @Inject
    TenantContext tenants;

    @ActivateRequestContext
    public <T> T inTransactionOf(UUID tenant, Supplier<T> work) {
        return tenants.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
