package io.aftercare.tenancy;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Wall 1: Hibernate adds {@code tenant_id = :current} to every query of a {@code @TenantId} entity. */
@PersistenceUnitExtension
@RequestScoped
public class CurrentTenantResolver implements TenantResolver {

    @Inject
    TenantContext tenants;

    @Override
    public String getDefaultTenantId() {
        return TenantContext.NONE.toString();
    }

    @Override
    public String resolveTenantId() {
        return tenants.current().toString();
    }
}
