package io.aftercare.partner;

import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The manager's overview of every partner's settlement statements. */
@Path("/api/v1/partner-statements")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Partners")
public class PartnerStatementResource {

    private final PartnerStatementService statements;

    public PartnerStatementResource(PartnerStatementService statements) {
        this.statements = statements;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "listAllPartnerStatements", summary = "List every partner's statements",
            description = "Statements of all partners with each partner's name, oldest first; `status=DRAFT` lists those waiting for "
                    + "the manager's confirmation.")
    @APIResponse(responseCode = "200", description = "A page of statements.")
    public PartnerDtos.StatementPage listAllPartnerStatements(
            @Parameter(schema = @Schema(implementation = PartnerDtos.StatementStatus.class)) @QueryParam("status") @Size(max = 20) String status,
            @BeanParam @Valid PageRequest page) {
        var slice = statements.listAll(QueryValues.enumValue(PartnerDtos.StatementStatus.class, "status", status), page.limit(), page.cursor());
        return new PartnerDtos.StatementPage(slice.items(), slice.nextCursor());
    }
}
