package io.aftercare.connection;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** Connection applications (报装接电) for staff: one endpoint per step of the procedure. */
@Path("/api/v1/connection-applications")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Connection applications")
public class ConnectionResource {

    private final ConnectionService applications;
    private final ConnectionWork work;
    private final Idempotency idempotency;

    public ConnectionResource(ConnectionService applications, ConnectionWork work, Idempotency idempotency) {
        this.applications = applications;
        this.work = work;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List connection applications", description = "Newest first, with the customer, the plan's last valid day and "
            + "the running promise (supply plan or design review).")
    @APIResponse(responseCode = "200", description = "A page of applications.")
    public ConnectionDtos.Page listConnectionApplications(
            @Parameter(schema = @Schema(implementation = ConnectionDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ConnectionDtos.SupplyClass.class)) @QueryParam("supplyClass") String supplyClass,
            @Parameter(schema = @Schema(implementation = PromiseDtos.PromiseStatus.class)) @QueryParam("promiseStatus") String promiseStatus,
            @QueryParam("customerId") UUID customerId,
            @BeanParam @Valid PageRequest page) {
        var slice = applications.list(QueryValues.enumValue(ConnectionDtos.Status.class, "status", status),
                QueryValues.enumValue(ConnectionDtos.SupplyClass.class, "supplyClass", supplyClass),
                QueryValues.enumValue(PromiseDtos.PromiseStatus.class, "promiseStatus", promiseStatus), customerId, page.limit(), page.cursor());
        return new ConnectionDtos.Page(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Register a connection application", description = "For a customer who applied at the counter, by phone or by "
            + "letter. The supply-plan promise starts now, due by the class's deadline; the customer is told when. 409 "
            + "connection-module-off when the tenant has not switched connection applications on.")
    @APIResponse(responseCode = "201", description = "The application.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionDtos.ApplicationView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionDtos.ApplicationView.class)))
    public RestResponse<ConnectionDtos.ApplicationView> createConnectionApplication(@BeanParam @Valid IdempotencyKey key,
                                                                                    @NotNull @Valid ConnectionDtos.CreateRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createConnectionApplication", body, ConnectionDtos.ApplicationView.class,
                () -> applications.create(body));
        return outcome.toResponse(URI.create("/api/v1/connection-applications/" + outcome.body().id()));
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Read a connection application", description = "Every step so far, the design checklist, the work orders made "
            + "for it and what can be done next. Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The application.")
    public ConnectionDtos.ApplicationView getConnectionApplication(@PathParam("applicationId") UUID applicationId) {
        return applications.get(applicationId);
    }

    @GET
    @Path("/{applicationId}/timeline")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "An application's timeline", description = "Every step in order, who did it and its particulars.")
    @APIResponse(responseCode = "200", description = "The steps.")
    public ConnectionDtos.Timeline getConnectionTimeline(@PathParam("applicationId") UUID applicationId) {
        return applications.timeline(applicationId);
    }

    @POST
    @Path("/{applicationId}/delay-explanation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Explain a late supply plan", description = "Tells the customer why the plan cannot be decided in time (若不能如期确定供电方案，应向用户说明原因).")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView explainConnectionDelay(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.DelayRequest body) {
        return applications.explainDelay(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Notify the supply plan", description = "The plan decided after the survey, notified to the customer in writing; it is valid from today for the class's months. After its deadline it needs lateExplanation (400) unless a delay was explained.")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView notifyConnectionPlan(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.PlanRequest body) {
        return applications.notifyPlan(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/plan-objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record the customer's objection to the plan", description = "Within the tenant's months of the notice (else 422 connection-objection-too-late): the plan reopens and is negotiated again, with a new deadline.")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView objectToConnectionPlan(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.ObjectionRequest body) {
        return applications.object(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/plan-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Extend the plan's validity", description = "Asked at least the tenant's notice days before it expires, and in total no longer than the original period (else 422 connection-extension-refused).")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView extendConnectionPlan(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.ExtensionRequest body) {
        return applications.extend(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/design-submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Hand in the design", description = "The class's documents (13 for high voltage; load composition and equipment list for low voltage) in the tenant's number of copies; a missing document answers 422 connection-design-incomplete. A changed design is handed in again and reviewed again; the review promise starts.")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView submitConnectionDesign(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.DesignSubmissionRequest body) {
        return work.submitDesign(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/design-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Give the design review opinion", description = "Approved, or changes required; the written opinion goes to the customer with one reviewed copy.")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView reviewConnectionDesign(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.DesignReviewRequest body) {
        return work.reviewDesign(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/construction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Start construction", description = "Fees paid and work started on the approved design (else 409 connection-design-not-approved), within the plan's validity, by a qualified contractor whose crew was trained (else 422).")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView startConnectionConstruction(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.ConstructionRequest body) {
        return work.startConstruction(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record a material", description = "A catalogue material used; low-voltage work takes domestic material only (else 422 connection-material-not-domestic).")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView recordConnectionMaterial(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.MaterialRequest body) {
        return work.recordMaterial(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record an inspection", description = "Intermediate, or completion against the approved design after a passed intermediate one. A completion that passes every item accepts the work; a failed one sends its findings back to construction.")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView inspectConnection(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.InspectionRequest body) {
        return work.inspect(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/connection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Connect", description = "Supply contract signed, meter installed, connected (装表接电); after a passed completion inspection.")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView connectConnection(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.ConnectRequest body) {
        return work.connect(applicationId, body);
    }

    @POST
    @Path("/{applicationId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Withdraw the application", description = "The customer or staff withdraw it; final.")
    @APIResponse(responseCode = "200", description = "The application after the step.")
    public ConnectionDtos.ApplicationView cancelConnectionApplication(@PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ConnectionDtos.CancelRequest body) {
        return applications.cancel(applicationId, body);
    }
}
