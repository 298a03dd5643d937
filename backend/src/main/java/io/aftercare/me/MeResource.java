package io.aftercare.me;

import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Me")
public class MeResource {

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.PLATFORM_ADMIN, Roles.MANAGER, Roles.DISPATCHER,
            Roles.INSTALLER, Roles.PARTNER, Roles.CUSTOMER, Roles.INTEGRATION);

    private final CurrentUser user;
    private final TenantContext tenants;
    private final TenantService tenantService;

    public MeResource(CurrentUser user, TenantContext tenants, TenantService tenantService) {
        this.user = user;
        this.tenants = tenants;
        this.tenantService = tenantService;
    }

    @Schema(name = "Me", description = "The caller: identity, roles, and the tenant they act for.",
            requiredProperties = {"userId", "username", "displayName", "roles"})
    public record Me(
            @Size(max = 100) String userId,
            @Size(max = 255) String username,
            @Size(max = 255) String displayName,
            @Schema(description = "Aftercare roles of the caller.") @Size(max = 7) List<@Size(max = 32) String> roles,
            @Schema(description = "Absent for platform administrators.") TenantDtos.TenantView tenant) {
    }

    @GET
    @Operation(summary = "Who am I", description = "The caller's identity, roles and tenant, for clients to shape their UI.")
    @APIResponse(responseCode = "200", description = "The caller.")
    public Me getMe() {
        List<String> roles = user.roles().stream().filter(KNOWN_ROLES::contains).sorted().toList();
        TenantDtos.TenantView tenant = tenants.tenant().flatMap(tenantService::find).orElse(null);
        return new Me(user.id(), user.username(), user.displayName(), roles, tenant);
    }
}
