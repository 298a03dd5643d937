package io.aftercare.dispatch;

import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import io.aftercare.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/dispatch")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
@Tag(name = "Dispatch console")
public class DispatchResource {

    private final DispatchBoards boards;
    private final DispatchPlans plans;
    private final TenantService tenants;

    public DispatchResource(DispatchBoards boards, DispatchPlans plans, TenantService tenants) {
        this.boards = boards;
        this.plans = plans;
        this.tenants = tenants;
    }

    @GET
    @Path("/board")
    @Operation(operationId = "getDispatchBoard", summary = "The dispatch board of a day",
            description = "One row per active installer (of the service point, or all) with working hours, leave, the certificates valid "
                    + "that day, the latest check-in position and the day's jobs; and the queue of orders nobody has, by promise due. "
                    + "Assign and reschedule through the work-order actions.")
    @APIResponse(responseCode = "200", description = "The board.")
    @APIResponse(responseCode = "400", description = "A malformed day or id.")
    public DispatchDtos.Board getDispatchBoard(
            @Parameter(description = "The day (the tenant's time zone); default: today.", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("day") @Size(max = 10) String day,
            @Parameter(description = "Only installers of this service point (and the orders of its day).",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("servicePointId") @Size(max = 36) String servicePointId) {
        LocalDate on = QueryValues.date("day", day);
        return boards.board(on == null ? LocalDate.now(tenants.currentZone()) : on, QueryValues.uuid("servicePointId", servicePointId));
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "optimiseDay", summary = "Optimise a day (starts a run)",
            description = "Queues a run of the optimiser (Timefold Solver) for the day: it places the orders nobody has and may move "
                    + "those assigned but not yet confirmed with the customer, never breaking a hard rule (certificates valid on the "
                    + "day, leave, working hours, the agreed windows unless allowWindowMoves, no overlaps), while cutting travel and "
                    + "lateness on promises. It runs at most the tenant's dispatch.optimiseSeconds; poll getPlan for progress.")
    @APIResponse(responseCode = "202", description = "The run, queued.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchDtos.Plan.class)))
    @APIResponse(responseCode = "400", description = "A malformed body, or a day in the past.")
    @APIResponse(responseCode = "404", description = "No such service point in this tenant.")
    public Response optimiseDay(@NotNull @Valid DispatchDtos.PlanRequest body) {
        DispatchDtos.Plan plan = plans.start(body);
        return Response.accepted(plan).location(URI.create("/api/v1/dispatch/plans/" + plan.id())).build();
    }

    @GET
    @Path("/plans/{planId}")
    @Operation(operationId = "getPlan", summary = "A run of the optimiser and its proposal",
            description = "Its status and progress; once READY, what it changes order by order with why (road km and promise lateness "
                    + "before and after, the window moved or not), the orders no one can take, and the day's figures before and after. "
                    + "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The run.")
    public DispatchDtos.Plan getPlan(@PathParam("planId") UUID planId) {
        return plans.get(planId);
    }

    @POST
    @Path("/plans/{planId}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyPlan", summary = "Apply a proposal, all of it or part",
            description = "Each named change goes through the assign (and reschedule) action with the same checks, notifications and "
                    + "audit as a dispatcher's own, in one transaction: a refusal of any refuses all. Orders changed since the plan was "
                    + "made answer 409 naming them.")
    @APIResponse(responseCode = "200", description = "The run, with the changes taken marked applied.")
    @APIResponse(responseCode = "400", description = "An id the proposal does not change.")
    @APIResponse(responseCode = "409", description = "The plan is not READY; an order changed since (named); a change was applied already; "
            + "or an installer can no longer take a job (the assign action's reasons).")
    public DispatchDtos.Plan applyPlan(@PathParam("planId") UUID planId, @NotNull @Valid DispatchDtos.ApplyRequest body) {
        return plans.apply(planId, body);
    }
}
