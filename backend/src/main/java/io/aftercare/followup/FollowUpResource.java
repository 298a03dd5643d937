package io.aftercare.followup;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.promise.PromiseDtos;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Follow-ups")
public class FollowUpResource {

    private final FollowUpService followUps;
    private final Idempotency idempotency;

    public FollowUpResource(FollowUpService followUps, Idempotency idempotency) {
        this.followUps = followUps;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List follow-ups (the worklist)",
            description = "By next call time. The dispatchers' worklist is `status=OPEN&dueBy=<now>`.")
    @APIResponse(responseCode = "200", description = "A page of follow-ups.")
    public FollowUpDtos.FollowUpPage listFollowUps(
            @Parameter(schema = @Schema(implementation = FollowUpDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = FollowUpDtos.Kind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = PromiseDtos.PromiseStatus.class)) @QueryParam("promiseStatus") String promiseStatus,
            @Parameter(description = "Only those to call by this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("dueBy") String dueBy,
            @QueryParam("customerId") UUID customerId,
            @BeanParam @Valid PageRequest page) {
        var slice = followUps.list(QueryValues.enumValue(FollowUpDtos.Status.class, "status", status),
                QueryValues.enumValue(FollowUpDtos.Kind.class, "kind", kind),
                QueryValues.enumValue(PromiseDtos.PromiseStatus.class, "promiseStatus", promiseStatus),
                QueryValues.timestamp("dueBy", dueBy), customerId, page.limit(), page.cursor());
        return new FollowUpDtos.FollowUpPage(slice.items(), slice.nextCursor());
    }

    @GET
    @Path("/{followUpId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Read a follow-up", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The follow-up.")
    public FollowUpDtos.FollowUpView getFollowUp(@PathParam("followUpId") UUID followUpId) {
        return followUps.get(followUpId);
    }

    @POST
    @Path("/{followUpId}/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record a call",
            description = "Reached: the answers complete the follow-up (an after-service one closes its order) and a poor answer "
                    + "opens an objection. Not reached: a retry is scheduled after the tenant's retry hours, until the last attempt.")
    @APIResponse(responseCode = "200", description = "The follow-up after the call.")
    public FollowUpDtos.FollowUpView recordFollowUpAttempt(@PathParam("followUpId") UUID followUpId,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid FollowUpDtos.RecordAttemptRequest body) {
        return idempotency.execute(key.idempotencyKey(), "recordFollowUpAttempt:" + followUpId, body, FollowUpDtos.FollowUpView.class,
                () -> followUps.recordAttempt(followUpId, body)).body();
    }
}
