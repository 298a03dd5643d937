package io.aftercare.tenant;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Platform")
public class PlatformTenantResource {

    private final TenantService tenants;
    private final Idempotency idempotency;

    public PlatformTenantResource(TenantService tenants, Idempotency idempotency) {
        this.tenants = tenants;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List tenants", description = "All tenants of the platform, oldest first, keyset-paginated; `q` finds "
            + "those whose name or slug contains it (ignoring case).")
    @APIResponse(responseCode = "200", description = "A page of tenants, oldest first.")
    public TenantDtos.TenantPage listTenants(
            @Parameter(description = "Part of the name or slug.", example = "north") @QueryParam("q") @Size(min = 1, max = 100) String q,
            @BeanParam @Valid PageRequest page) {
        var slice = tenants.list(q, page.limit(), page.cursor());
        return new TenantDtos.TenantPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tenant",
            description = "Creates a company or franchise store with the rule books' default settings, a working calendar "
                    + "and its first manager's login.")
    @APIResponse(responseCode = "201", description = "The tenant was created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenantDtos.TenantView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenantDtos.TenantView.class)))
    public RestResponse<TenantDtos.TenantView> createTenant(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid TenantDtos.CreateTenantRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createTenant", body, TenantDtos.TenantView.class,
                () -> tenants.create(body));
        return outcome.toResponse(URI.create("/api/v1/platform/tenants/" + outcome.body().id()));
    }

    @GET
    @Path("/{tenantId}")
    @Operation(summary = "Read a tenant", description = "One tenant by id.")
    @APIResponse(responseCode = "200", description = "The tenant.")
    public TenantDtos.TenantView getTenant(@PathParam("tenantId") UUID tenantId) {
        return tenants.get(tenantId);
    }

    @POST
    @Path("/{tenantId}/suspend")
    @Operation(operationId = "suspendTenant", summary = "Suspend a tenant",
            description = "Its people's API calls answer 403 tenant-suspended until it is resumed (on every replica within a minute). "
                    + "Suspending a suspended tenant changes nothing. Recorded in the tenant's audit trail.")
    @APIResponse(responseCode = "200", description = "The suspended tenant.")
    public TenantDtos.TenantView suspendTenant(@PathParam("tenantId") UUID tenantId) {
        return tenants.suspend(tenantId);
    }

    @POST
    @Path("/{tenantId}/resume")
    @Operation(operationId = "resumeTenant", summary = "Resume a suspended tenant",
            description = "Its people may use the API again. Resuming an active tenant changes nothing.")
    @APIResponse(responseCode = "200", description = "The active tenant.")
    public TenantDtos.TenantView resumeTenant(@PathParam("tenantId") UUID tenantId) {
        return tenants.resume(tenantId);
    }
}
