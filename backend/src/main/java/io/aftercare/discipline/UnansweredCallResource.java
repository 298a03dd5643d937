package io.aftercare.discipline;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/unanswered-calls")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Discipline")
public class UnansweredCallResource {

    private final DutyEvents duty;
    private final Idempotency idempotency;

    public UnansweredCallResource(DutyEvents duty, Idempotency idempotency) {
        this.duty = duty;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INTEGRATION})
    @Operation(summary = "List unanswered calls", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of calls.")
    public DisciplineDtos.UnansweredCallPage listUnansweredCalls(
            @QueryParam("installerId") UUID installerId,
            @BeanParam @Valid PageRequest page) {
        var slice = duty.calls(installerId, page.limit(), page.cursor());
        return new DisciplineDtos.UnansweredCallPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INTEGRATION})
    @Operation(summary = "Record an unanswered call", description = """
            By a dispatcher or a telephony integration. Within the tenant's phone-duty hours the fine is proposed. The same call
            (same externalId, or same installer and time) answers the first record again, 200.""")
    @APIResponse(responseCode = "200", description = "The call.")
    public DisciplineDtos.UnansweredCallView recordUnansweredCall(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid DisciplineDtos.UnansweredCallRequest body) {
        return idempotency.execute(key.idempotencyKey(), "recordUnansweredCall", body, DisciplineDtos.UnansweredCallView.class,
                () -> duty.recordCall(body)).body();
    }
}
