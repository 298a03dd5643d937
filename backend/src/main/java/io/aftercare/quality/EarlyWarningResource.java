package io.aftercare.quality;

import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The manager follows the early warnings: acknowledged by the side it was routed to, closed with the action taken. */
@Path("/api/v1/early-warnings")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Product quality")
public class EarlyWarningResource {

    private final EarlyWarnings warnings;

    public EarlyWarningResource(EarlyWarnings warnings) {
        this.warnings = warnings;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "List early warnings", description = "Newest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of warnings.")
    public QualityDtos.EarlyWarningPage listEarlyWarnings(
            @Parameter(schema = @Schema(implementation = QualityDtos.WarningStatus.class)) @QueryParam("status") @Size(max = 20) String status,
            @Parameter(description = "true: only warnings not yet closed.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("open") @Size(max = 5) String open,
            @BeanParam @Valid PageRequest page) {
        var slice = warnings.list(QueryValues.enumValue(QualityDtos.WarningStatus.class, "status", status), QueryValues.bool("open", open),
                page.limit(), page.cursor());
        return new QualityDtos.EarlyWarningPage(slice.items(), slice.nextCursor());
    }

    @GET
    @Path("/{warningId}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Read an early warning", description = "With the orders and forms it counted; other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The warning.")
    public QualityDtos.EarlyWarningView getEarlyWarning(@PathParam("warningId") UUID warningId) {
        return warnings.get(warningId);
    }

    @POST
    @Path("/{warningId}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Acknowledge an early warning", description = "An open warning only (409 otherwise); send the `version` you read.")
    @APIResponse(responseCode = "200", description = "The warning, acknowledged.")
    public QualityDtos.EarlyWarningView acknowledgeEarlyWarning(@PathParam("warningId") UUID warningId,
                                                                @NotNull @Valid QualityDtos.AcknowledgeWarningRequest body) {
        return warnings.acknowledge(warningId, body);
    }

    @POST
    @Path("/{warningId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Close an early warning", description = "With the action taken; a closed warning answers 409.")
    @APIResponse(responseCode = "200", description = "The warning, closed.")
    public QualityDtos.EarlyWarningView closeEarlyWarning(@PathParam("warningId") UUID warningId,
                                                          @NotNull @Valid QualityDtos.CloseWarningRequest body) {
        return warnings.close(warningId, body);
    }
}
