package io.aftercare.workorder;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.Pdf;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Response;
import io.aftercare.promise.PromiseDtos;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Work orders: create, read, and one action per lifecycle transition (each lands on the order's timeline). */
@Path("/api/v1/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Work orders")
public class WorkOrderResource {

    private final WorkOrderQueries orders;
    private final WorkOrderIntake intake;
    private final WorkOrderLifecycle lifecycle;
    private final AssignCandidates candidates;
    private final Idempotency idempotency;
    private final ServiceReportPdf serviceReports;

    public WorkOrderResource(WorkOrderQueries orders, WorkOrderIntake intake, WorkOrderLifecycle lifecycle, AssignCandidates candidates,
                             Idempotency idempotency, ServiceReportPdf serviceReports) {
        this.serviceReports = serviceReports;
        this.orders = orders;
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.candidates = candidates;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "List work orders", description = "Oldest first; installers see only the orders they are on. Filters combine "
            + "(all must match); the home page's figures link here with the same filters.")
    @APIResponse(responseCode = "200", description = "A page of work orders.")
    public WorkOrderDtos.WorkOrderPage listWorkOrders(
            @Parameter(description = "Only orders in these states; repeat for several.",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 12, implementation = WorkOrderStatus.class))
            @QueryParam("status") @Size(max = 12) List<String> status,
            @Parameter(description = "Only orders this installer leads or helps on.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("installerId") @Size(max = 36) String installerId,
            @Parameter(description = "Only appointments ending after this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "Only appointments starting before this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("to") String to,
            @Parameter(description = "Only orders whose on-site promise is in this state.",
                    schema = @Schema(implementation = PromiseDtos.PromiseStatus.class)) @QueryParam("promiseStatus") String promiseStatus,
            @Parameter(description = "true: orders with no crew that are not given to a partner; false: orders with a crew or given to "
                    + "a partner. Cancelled orders match neither.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("unassigned") @Size(max = 5) String unassigned,
            @Parameter(description = "Only orders whose appointment starts on this day (the tenant's time zone) and that are not cancelled.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("scheduledOn") @Size(max = 10) String scheduledOn,
            @Parameter(description = "Only orders whose work was done on this day (the tenant's time zone).",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("completedOn") @Size(max = 10) String completedOn,
            @BeanParam @Valid PageRequest page) {
        Set<WorkOrderStatus> statuses = EnumSet.noneOf(WorkOrderStatus.class);
        if (status != null) {
            status.forEach(s -> statuses.add(QueryValues.requiredEnumValue(WorkOrderStatus.class, "status", s)));
        }
        var filter = new WorkOrderQueries.ListFilter(statuses, QueryValues.uuid("installerId", installerId),
                QueryValues.timestamp("from", from), QueryValues.timestamp("to", to),
                QueryValues.enumValue(PromiseDtos.PromiseStatus.class, "promiseStatus", promiseStatus),
                QueryValues.bool("unassigned", unassigned), QueryValues.date("scheduledOn", scheduledOn),
                QueryValues.date("completedOn", completedOn));
        var slice = orders.list(filter, page.limit(), page.cursor());
        return new WorkOrderDtos.WorkOrderPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Create a work order",
            description = "A job for a customer's site with its tasks, items to bring and the appointment window agreed with the "
                    + "customer. Required certificates follow from the tasks (electrical work, welding, work at height).")
    @APIResponse(responseCode = "201", description = "The work order, with its number.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkOrderDtos.WorkOrderView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkOrderDtos.WorkOrderView.class)))
    public RestResponse<WorkOrderDtos.WorkOrderView> createWorkOrder(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid WorkOrderDtos.CreateWorkOrderRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createWorkOrder", body, WorkOrderDtos.WorkOrderView.class,
                () -> intake.create(body));
        return outcome.toResponse(URI.create("/api/v1/work-orders/" + outcome.body().id()));
    }

    @GET
    @Path("/rework-counts")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Installer-caused rework per installer",
            description = "Rework attributed to the installer, counted against the lead installer of the original order; "
                    + "optionally only reworks created in [from, to).")
    @APIResponse(responseCode = "200", description = "Counts, highest first.")
    public WorkOrderDtos.ReworkCountList listReworkCounts(
            @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time"))
            @QueryParam("to") String to) {
        return new WorkOrderDtos.ReworkCountList(orders.reworkCounts(QueryValues.timestamp("from", from), QueryValues.timestamp("to", to)));
    }

    @POST
    @Path("/{workOrderId}/rework-cause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Attribute a rework's cause", description = "INSTALLER, PRODUCT or CUSTOMER; only for a rework.")
    @APIResponse(responseCode = "200", description = "The work order with the attribution.")
    public WorkOrderDtos.WorkOrderView attributeRework(@PathParam("workOrderId") UUID workOrderId,
                                                       @NotNull @Valid WorkOrderDtos.AttributeReworkRequest body) {
        return lifecycle.attributeRework(workOrderId, body);
    }

    @GET
    @Path("/{workOrderId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a work order with its timeline", description = "Other tenants' and other installers' orders answer 404.")
    @APIResponse(responseCode = "200", description = "The work order and its timeline, oldest entry first.")
    public WorkOrderDtos.WorkOrderDetail getWorkOrder(@PathParam("workOrderId") UUID workOrderId) {
        return orders.detail(workOrderId);
    }

    @GET
    @Path("/{workOrderId}/signature")
    @Produces("image/png")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "The customer's signature", description = "The PNG the customer signed on the installer's device.")
    @APIResponse(responseCode = "200", description = "The signature.",
            content = @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", maxLength = 700000)))
    public byte[] getWorkOrderSignature(@PathParam("workOrderId") UUID workOrderId) {
        return orders.signature(workOrderId);
    }

    @GET
    @Path("/{workOrderId}/service-report")
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(operationId = "downloadServiceReport", summary = "The signed service report (PDF)",
            description = "The service report (用户服务报告书) once the customer signed off or refused to: findings, solution, parts, "
                    + "photos, ratings, the drawn signature and the installers, Chinese font embedded. `lang` (zh-CN or en) overrides "
                    + "the tenant's language. 409 `service-report-not-signed` before sign-off.")
    @APIResponse(responseCode = "200", description = "The PDF file.", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response downloadServiceReport(@PathParam("workOrderId") UUID workOrderId,
                                          @QueryParam("lang") @Size(max = 10) @Pattern(regexp = Pdf.LANGUAGES) String lang) {
        ServiceReportPdf.Rendered report = serviceReports.forStaff(workOrderId, serviceReports.localeOr(lang));
        return Pdf.attachment(report.pdf(), report.fileName());
    }

    @GET
    @Path("/{workOrderId}/candidates")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(operationId = "listAssignCandidates", summary = "Who could take the job",
            description = "Every installer of the tenant, checked as the assign action checks them for this order's appointment "
                    + "day (tenant time zone): `eligible` is false exactly when assigning them would be refused, with each reason "
                    + "(inactive, on-leave, no-certificate, certificate-expired, certificate-not-yet-valid, overlap). "
                    + "Eligible installers first, then by name.")
    @APIResponse(responseCode = "200", description = "The candidates.")
    public WorkOrderDtos.AssignCandidates listAssignCandidates(@PathParam("workOrderId") UUID workOrderId) {
        return candidates.of(workOrderId);
    }

    @POST
    @Path("/{workOrderId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Assign or reassign the crew", description = "Refused (409, with each installer's reasons) when an installer lacks a certificate valid on the appointment day, is inactive or on leave, or has an overlapping appointment. Reassignment is allowed until the crew is on site.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView assignWorkOrder(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.AssignRequest body) {
        return lifecycle.assign(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Record that the customer was contacted", description = "The installer confirmed address and details with the customer; required before leaving for the site.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView contactCustomer(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.ContactRequest body) {
        return lifecycle.contact(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/depart")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Leave for the site", description = "Allowed only after the customer was contacted. Sets the ETA from where the "
            + "installer leaves (the position sent, else their latest check-in) to the site, at the tenant's road factor and speed, and "
            + "tells the customer the installer is on the way.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView departForSite(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.DepartRequest body) {
        return lifecycle.depart(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Check in on arrival", description = "Records the arrival time (and coordinates if given). After the window start plus the tenant's grace minutes the arrival is marked late.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView checkIn(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.CheckInRequest body) {
        return lifecycle.checkIn(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Leave the site for a while", description = "Needs a reason and customerInformed: true (422 otherwise).")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView pauseWork(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.PauseRequest body) {
        return lifecycle.pause(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Back on site", description = "Ends a pause.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView resumeWork(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.TransitionRequest body) {
        return lifecycle.resume(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Finish the work", description = "Needs every applicable safety check and a service report with fault cause, solution, parts replaced and the customer's opinion; 422 lists what is missing and the attempt is recorded.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView completeWork(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.CompleteRequest body) {
        return lifecycle.complete(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "The customer signs off", description = "The customer's signature (PNG), ratings 1-5 for attitude, timeliness and quality, and suggestions; or a refusal with its reason.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView signOff(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.SignOffRequest body) {
        return lifecycle.signOff(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/report-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Report in to HQ", description = "The installer reports to HQ before leaving the site.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView reportIn(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.TransitionRequest body) {
        return lifecycle.reportIn(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/file")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "File the order", description = "The dispatcher verified the report.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView fileWorkOrder(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.TransitionRequest body) {
        return lifecycle.file(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Close the order without its follow-up",
            description = "A filed order closes by itself when its after-service follow-up is completed. Closing it by hand "
                    + "skips that follow-up and needs the reason, which stays on the order's timeline.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView closeWorkOrder(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.CloseRequest body) {
        return lifecycle.close(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Cancel the order", description = "With a reason; possible until the crew is on site.")
    @APIResponse(responseCode = "200", description = "The work order after the transition.")
    public WorkOrderDtos.WorkOrderView cancelWorkOrder(@PathParam("workOrderId") UUID workOrderId,
                                              @NotNull @Valid WorkOrderDtos.CancelRequest body) {
        return lifecycle.cancel(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/promise/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Pause the on-site promise",
            description = "While waiting for the customer or for parts the on-site clock stops; it must be running.")
    @APIResponse(responseCode = "200", description = "The work order with its paused promise.")
    public WorkOrderDtos.WorkOrderView pauseWorkOrderPromise(@PathParam("workOrderId") UUID workOrderId,
                                                    @NotNull @Valid WorkOrderDtos.PausePromiseRequest body) {
        return lifecycle.pausePromise(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/promise/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Resume the on-site promise",
            description = "The clock runs again; the due instant moves later by the working time the pause lasted.")
    @APIResponse(responseCode = "200", description = "The work order with its running promise.")
    public WorkOrderDtos.WorkOrderView resumeWorkOrderPromise(@PathParam("workOrderId") UUID workOrderId,
                                                     @NotNull @Valid WorkOrderDtos.TransitionRequest body) {
        return lifecycle.resumePromise(workOrderId, body);
    }

    @POST
    @Path("/{workOrderId}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Move the appointment",
            description = "Until the crew is on the way. An assigned crew keeps the order only if it may take it at the new time: "
                    + "409 `crew-not-free` when a member has other work then, 409 `installer-not-dispatchable` (errors per member, "
                    + "as the assign action names them) when a member is on leave or lacks a certificate valid on the new day. "
                    + "Customer and crew are told.")
    @APIResponse(responseCode = "200", description = "The rescheduled work order.")
    public WorkOrderDtos.WorkOrderView rescheduleWorkOrder(@PathParam("workOrderId") UUID workOrderId,
                                                  @NotNull @Valid WorkOrderDtos.RescheduleRequest body) {
        return lifecycle.reschedule(workOrderId, body.version(), body.appointment(), body.reason());
    }
}
