package io.aftercare.audit;

import io.aftercare.api.PageRequest;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
            @Parameter(description = "Only events about this kind of entity, e.g. `settings` or `staff-user`.")
            @QueryParam("entityType") @Size(max = 100) @Pattern(regexp = "^[a-z][a-z-]*$") String entityType,
            @Parameter(description = "Only events about this entity id.")
            @QueryParam("entityId") @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9-]+$") String entityId,
            @BeanParam @Valid PageRequest page) {
        var slice = audit.list(entityType, entityId, page.limit(), page.cursor());
        return new AuditDtos.AuditEventPage(slice.items(), slice.nextCursor());
    }
}
