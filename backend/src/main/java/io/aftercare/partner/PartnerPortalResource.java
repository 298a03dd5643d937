package io.aftercare.partner;

import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.tenant.TenantService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.time.LocalDate;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A partner's own staff: their jobs with customer data minimised, and their confirmed statements. */
@Path("/api/v1/partner")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner portal")
public class PartnerPortalResource {

    private final PartnerPortal portal;
    private final PartnerStatementService statements;
    private final PartnerJobService jobs;
    private final PartnerOrders orders;
    private final TenantService tenants;

    public PartnerPortalResource(PartnerPortal portal, PartnerStatementService statements, PartnerJobService jobs, PartnerOrders orders,
                                 TenantService tenants) {
        this.portal = portal;
        this.statements = statements;
        this.jobs = jobs;
        this.orders = orders;
        this.tenants = tenants;
    }

    @GET
    @Path("/quota")
    @Operation(operationId = "getMyPartnerQuota", summary = "My partner's units against the daily quota",
            description = "Per day from `from` to `to` (at most 366 days; by default the month so far in the tenant's time zone): units "
                    + "whose work was done that day against the agreement's daily quota. 403 when not linked to a partner.")
    @APIResponse(responseCode = "200", description = "The days.")
    @APIResponse(responseCode = "400", description = "A malformed day, or to before from, or more than 366 days.")
    public PartnerDtos.QuotaView getMyPartnerQuota(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") @Size(max = 10) String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") @Size(max = 10) String to) {
        LocalDate last = QueryValues.date("to", to);
        last = last == null ? LocalDate.now(tenants.currentZone()) : last;
        LocalDate first = QueryValues.date("from", from);
        return orders.quota(portal.callerPartner(), first == null ? last.withDayOfMonth(1) : first, last);
    }

    @GET
    @Path("/orders")
    @Operation(operationId = "listMyPartnerOrders", summary = "My partner's jobs",
            description = "Only what the job needs: surname, masked phone, site address; no SIM, identity or device data. 403 when not linked to a partner.")
    @APIResponse(responseCode = "200", description = "A page of jobs.")
    public PartnerDtos.PartnerOrderPage listMyPartnerOrders(@BeanParam @Valid PageRequest page) {
        var slice = portal.myOrders(page.limit(), page.cursor());
        return new PartnerDtos.PartnerOrderPage(slice.items(), slice.nextCursor());
    }

    @GET
    @Path("/orders/{workOrderId}")
    @Operation(operationId = "getMyPartnerOrder", summary = "One of my partner's jobs",
            description = "Any other order (another partner's, unassigned, another tenant's) answers 404 like an unknown id.")
    @APIResponse(responseCode = "200", description = "The job.")
    public PartnerDtos.PartnerOrderView getMyPartnerOrder(@PathParam("workOrderId") UUID workOrderId) {
        return portal.myOrder(workOrderId);
    }

    @POST
    @Path("/orders/{workOrderId}/accept")
    @Operation(operationId = "acceptMyPartnerOrder", summary = "Take one of my partner's jobs",
            description = "The partner accepts the job given to it (the manager's payment sign-off is separate). 409 partner-order-taken "
                    + "when someone of the partner took it already, or the order is cancelled or done.")
    @APIResponse(responseCode = "200", description = "The job, taken.")
    public PartnerDtos.PartnerOrderView acceptMyPartnerOrder(@PathParam("workOrderId") UUID workOrderId) {
        return jobs.take(workOrderId);
    }

    @POST
    @Path("/orders/{workOrderId}/report-done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportMyPartnerOrderDone", summary = "Report one of my partner's jobs done",
            description = "With 1 to 20 photos the partner uploaded to the order (POST /api/v1/attachments with ownerType=WORK_ORDER, "
                    + "kind=PHOTO) and an optional note; it lands on the order's timeline for the office. 409 partner-order-not-taken "
                    + "before the job was taken, partner-order-reported when reported already; 400 naming photoIds for a photo that is "
                    + "not the partner's upload to this order.")
    @APIResponse(responseCode = "200", description = "The job, reported done.")
    public PartnerDtos.PartnerOrderView reportMyPartnerOrderDone(@PathParam("workOrderId") UUID workOrderId,
                                                                @NotNull @Valid PartnerDtos.ReportDoneRequest body) {
        return jobs.reportDone(workOrderId, body);
    }

    @GET
    @Path("/statements")
    @Operation(operationId = "listMyPartnerStatements", summary = "My partner's statements", description = "Confirmed and paid ones; drafts are the tenant's.")
    @APIResponse(responseCode = "200", description = "A page of statements.")
    public PartnerDtos.StatementPage listMyPartnerStatements(@BeanParam @Valid PageRequest page) {
        var slice = statements.myStatements(page.limit(), page.cursor());
        return new PartnerDtos.StatementPage(slice.items(), slice.nextCursor());
    }

    @GET
    @Path("/statements/{statementId}")
    @Operation(operationId = "getMyPartnerStatement", summary = "One of my partner's statements", description = "Others (and drafts) answer 404.")
    @APIResponse(responseCode = "200", description = "The statement with its lines.")
    public PartnerDtos.StatementView getMyPartnerStatement(@PathParam("statementId") UUID statementId) {
        return statements.myStatement(statementId);
    }
}
