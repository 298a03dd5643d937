package io.aftercare.discipline;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/dispatch-refusals")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Discipline")
public class DispatchRefusalResource {

    private final DutyEvents duty;
    private final Idempotency idempotency;

    public DispatchRefusalResource(DutyEvents duty, Idempotency idempotency) {
        this.duty = duty;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List refused or ignored assignments", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of refusals.")
    public DisciplineDtos.RefusalPage listDispatchRefusals(
            @Parameter(schema = @Schema(implementation = DisciplineDtos.RefusalStatus.class)) @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        var slice = duty.refusals(QueryValues.enumValue(DisciplineDtos.RefusalStatus.class, "status", status), page.limit(), page.cursor());
        return new DisciplineDtos.RefusalPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Record a refused or ignored assignment", description = "An installer records their own refusal with its reason.")
    @APIResponse(responseCode = "201", description = "The refusal, awaiting a decision on its reason.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisciplineDtos.RefusalView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisciplineDtos.RefusalView.class)))
    public RestResponse<DisciplineDtos.RefusalView> recordDispatchRefusal(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid DisciplineDtos.RefusalRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "recordDispatchRefusal", body, DisciplineDtos.RefusalView.class,
                () -> duty.recordRefusal(body));
        return outcome.toResponse(URI.create("/api/v1/dispatch-refusals/" + outcome.body().id()));
    }

    @POST
    @Path("/{refusalId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Decide on the reason", description = "Not approved proposes the fine for disobeying dispatch.")
    @APIResponse(responseCode = "200", description = "The decided refusal.")
    public DisciplineDtos.RefusalView decideDispatchRefusal(@PathParam("refusalId") UUID refusalId,
                                                           @NotNull @Valid DisciplineDtos.RefusalDecisionRequest body) {
        return duty.decideRefusal(refusalId, body);
    }
}
