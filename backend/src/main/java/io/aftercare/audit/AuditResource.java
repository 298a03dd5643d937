package io.aftercare.audit;

import io.aftercare.api.Keyset;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Audit")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "List the tenant's audit trail", description = "Every write in the tenant, newest first.")
    @APIResponse(responseCode = "200", description = "A page of audit events.")
    public AuditDtos.AuditEventPage listAuditEvents(
            @QueryParam("entityType") @Size(max = 100) String entityType,
            @QueryParam("entityId") @Size(max = 100) String entityId,
            @QueryParam("limit") @Min(1) @Max(Keyset.MAX_LIMIT) Integer limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        var slice = audit.list(entityType, entityId, limit, cursor);
        return new AuditDtos.AuditEventPage(slice.items(), slice.nextCursor());
    }
}
