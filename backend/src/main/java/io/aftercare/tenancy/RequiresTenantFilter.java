package io.aftercare.tenancy;

import io.aftercare.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

@Provider
@RequiresTenant
@Priority(Priorities.AUTHORIZATION + 10)
public class RequiresTenantFilter implements ContainerRequestFilter {

    @Inject
    TenantContext tenants;

    @Inject
    KnownTenants known;

    @Override
    public void filter(ContainerRequestContext request) {
        UUID tenant = tenants.require();
        if (!known.exists(tenant)) {
            throw ProblemException.forbidden("The tenant named by your token does not exist.");
        }
        if (known.suspended(tenant)) {
            throw new ProblemException(403, "tenant-suspended", "Tenant suspended",
                    "Your tenant is suspended; ask the platform's administrator.", null);
        }
    }
}
