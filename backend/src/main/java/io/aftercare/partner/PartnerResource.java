package io.aftercare.partner;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.Pdf;
import io.aftercare.api.Xlsx;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/** The manager's side of outsourced installation: partners, agreements, orders, quota and settlement statements. */
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Partners")
public class PartnerResource {

    private final PartnerService partners;
    private final PartnerOrders orders;
    private final PartnerStatementService statements;
    private final Idempotency idempotency;

    public PartnerResource(PartnerService partners, PartnerOrders orders, PartnerStatementService statements, Idempotency idempotency) {
        this.partners = partners;
        this.orders = orders;
        this.statements = statements;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listPartners", summary = "List partners", description = "Oldest first; bank account numbers masked.")
    @APIResponse(responseCode = "200", description = "A page of partners.")
    public PartnerDtos.PartnerPage listPartners(@BeanParam @Valid PageRequest page) {
        var slice = partners.list(page.limit(), page.cursor());
        return new PartnerDtos.PartnerPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartner", summary = "Register a partner", description = "The bank account number is stored in full and always shown masked.")
    @APIResponse(responseCode = "201", description = "The partner.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.PartnerView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.PartnerView.class)))
    @APIResponse(responseCode = "409", description = "A partner with this name exists.")
    public RestResponse<PartnerDtos.PartnerView> createPartner(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid PartnerDtos.CreatePartnerRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createPartner", body, PartnerDtos.PartnerView.class, () -> partners.create(body));
        return outcome.toResponse(URI.create("/api/v1/partners/" + outcome.body().id()));
    }

    @GET
    @Path("/{partnerId}")
    @Operation(operationId = "getPartner", summary = "Read a partner", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The partner.")
    public PartnerDtos.PartnerView getPartner(@PathParam("partnerId") UUID partnerId) {
        return partners.get(partnerId);
    }

    @PATCH
    @Path("/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartner", summary = "Change a partner", description = "Absent fields stay as they are.")
    @APIResponse(responseCode = "200", description = "The partner.")
    public PartnerDtos.PartnerView updatePartner(@PathParam("partnerId") UUID partnerId, @NotNull @Valid PartnerDtos.UpdatePartnerRequest body) {
        return partners.update(partnerId, body);
    }

    @POST
    @Path("/{partnerId}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkPartnerStaff", summary = "Link a staff user to the partner",
            description = "The staff user must hold the role partner; one partner per staff user (409 when linked elsewhere).")
    @APIResponse(responseCode = "200", description = "The partner with its staff.")
    public PartnerDtos.PartnerView linkPartnerStaff(@PathParam("partnerId") UUID partnerId, @NotNull @Valid PartnerDtos.LinkStaffRequest body) {
        return partners.linkStaff(partnerId, body);
    }

    @DELETE
    @Path("/{partnerId}/staff/{staffUserId}")
    @Operation(operationId = "unlinkPartnerStaff", summary = "Unlink a staff user from the partner")
    @APIResponse(responseCode = "204", description = "Unlinked.")
    public void unlinkPartnerStaff(@PathParam("partnerId") UUID partnerId, @PathParam("staffUserId") UUID staffUserId) {
        partners.unlinkStaff(partnerId, staffUserId);
    }

    // --- agreements -------------------------------------------------------------------------------------------

    @GET
    @Path("/{partnerId}/agreements")
    @Operation(operationId = "listPartnerAgreements", summary = "List the partner's agreements")
    @APIResponse(responseCode = "200", description = "A page of agreements.")
    public PartnerDtos.AgreementPage listPartnerAgreements(@PathParam("partnerId") UUID partnerId,
                                                           @BeanParam @Valid PageRequest page) {
        var slice = partners.agreements(partnerId, page.limit(), page.cursor());
        return new PartnerDtos.AgreementPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Path("/{partnerId}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerAgreement", summary = "Make an agreement",
            description = "Omitted quota and percentages are taken from the tenant's partner settings and kept on the agreement.")
    @APIResponse(responseCode = "201", description = "The agreement.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.AgreementView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.AgreementView.class)))
    public RestResponse<PartnerDtos.AgreementView> createPartnerAgreement(
            @BeanParam @Valid IdempotencyKey key,
            @PathParam("partnerId") UUID partnerId, @NotNull @Valid PartnerDtos.CreateAgreementRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createPartnerAgreement:" + partnerId, body, PartnerDtos.AgreementView.class,
                () -> partners.createAgreement(partnerId, body));
        return outcome.toResponse(URI.create("/api/v1/partners/" + partnerId + "/agreements/" + outcome.body().id()));
    }

    // --- orders and quota -------------------------------------------------------------------------------------

    @GET
    @Path("/{partnerId}/orders")
    @Operation(operationId = "listPartnerOrders", summary = "List orders given to the partner")
    @APIResponse(responseCode = "200", description = "A page of the partner's orders.")
    public PartnerDtos.PartnerOrderAdminPage listPartnerOrders(@PathParam("partnerId") UUID partnerId,
                                                               @BeanParam @Valid PageRequest page) {
        var slice = orders.list(partnerId, page.limit(), page.cursor());
        return new PartnerDtos.PartnerOrderAdminPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Path("/{partnerId}/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignPartnerOrder", summary = "Give a work order to the partner",
            description = "Under one of its agreements, with the units it counts for and the agreed completion day. A work order goes to one partner at most (409).")
    @APIResponse(responseCode = "201", description = "The partner order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.PartnerOrderAdminView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.PartnerOrderAdminView.class)))
    public RestResponse<PartnerDtos.PartnerOrderAdminView> assignPartnerOrder(
            @BeanParam @Valid IdempotencyKey key,
            @PathParam("partnerId") UUID partnerId, @NotNull @Valid PartnerDtos.AssignOrderRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "assignPartnerOrder:" + partnerId, body, PartnerDtos.PartnerOrderAdminView.class,
                () -> orders.assign(partnerId, body));
        return outcome.toResponse(URI.create("/api/v1/partner-orders/" + outcome.body().id()));
    }

    @GET
    @Path("/{partnerId}/quota")
    @Operation(operationId = "getPartnerQuota", summary = "Daily quota tracking",
            description = "Per day from `from` to `to` (at most 366 days): units whose work was done that day against the agreement's daily quota.")
    @APIResponse(responseCode = "200", description = "The days.")
    public PartnerDtos.QuotaView getPartnerQuota(@PathParam("partnerId") UUID partnerId, @QueryParam("from") LocalDate from,
                                                 @QueryParam("to") LocalDate to) {
        return orders.quota(partnerId, from, to);
    }

    // --- statements -------------------------------------------------------------------------------------------

    @GET
    @Path("/{partnerId}/statements")
    @Operation(operationId = "listPartnerStatements", summary = "List the partner's settlement statements")
    @APIResponse(responseCode = "200", description = "A page of statements.")
    public PartnerDtos.StatementPage listPartnerStatements(@PathParam("partnerId") UUID partnerId,
                                                           @BeanParam @Valid PageRequest page) {
        var slice = statements.list(partnerId, page.limit(), page.cursor());
        return new PartnerDtos.StatementPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Path("/{partnerId}/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerStatement", summary = "Draft a settlement statement", description = "Computed from the partner's orders; see PartnerStatement.")
    @APIResponse(responseCode = "201", description = "The draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.StatementView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDtos.StatementView.class)))
    public RestResponse<PartnerDtos.StatementView> createPartnerStatement(
            @BeanParam @Valid IdempotencyKey key,
            @PathParam("partnerId") UUID partnerId, @NotNull @Valid PartnerDtos.CreateStatementRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createPartnerStatement:" + partnerId, body, PartnerDtos.StatementView.class,
                () -> statements.create(partnerId, body));
        return outcome.toResponse(URI.create("/api/v1/partners/" + partnerId + "/statements/" + outcome.body().id()));
    }

    @GET
    @Path("/{partnerId}/statements/{statementId}")
    @Operation(operationId = "getPartnerStatement", summary = "Read a statement with its lines")
    @APIResponse(responseCode = "200", description = "The statement.")
    public PartnerDtos.StatementView getPartnerStatement(@PathParam("partnerId") UUID partnerId, @PathParam("statementId") UUID statementId) {
        return statements.get(partnerId, statementId);
    }

    @GET
    @Path("/{partnerId}/statements/{statementId}.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportPartnerStatementXlsx", summary = "The statement as a spreadsheet")
    @APIResponse(responseCode = "200", description = "The XLSX file.", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response exportPartnerStatementXlsx(@PathParam("partnerId") UUID partnerId, @PathParam("statementId") UUID statementId) {
        PartnerDtos.StatementView statement = statements.export(partnerId, statementId);
        return Response.ok(StatementDocuments.xlsx(statement), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + statement.number() + ".xlsx\"").build();
    }

    @GET
    @Path("/{partnerId}/statements/{statementId}.pdf")
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(operationId = "exportPartnerStatementPdf", summary = "The statement as PDF", description = "Chinese labels (Noto Sans SC embedded).")
    @APIResponse(responseCode = "200", description = "The PDF file.", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response exportPartnerStatementPdf(@PathParam("partnerId") UUID partnerId, @PathParam("statementId") UUID statementId) {
        PartnerDtos.StatementView statement = statements.export(partnerId, statementId);
        return Response.ok(StatementDocuments.pdf(statement), Pdf.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + statement.number() + ".pdf\"").build();
    }

    @POST
    @Path("/{partnerId}/statements/{statementId}/recompute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recomputePartnerStatement", summary = "Recompute a draft", description = "Only a DRAFT (409 otherwise).")
    @APIResponse(responseCode = "200", description = "The recomputed draft.")
    public PartnerDtos.StatementView recomputePartnerStatement(@PathParam("partnerId") UUID partnerId, @PathParam("statementId") UUID statementId,
                                                               @NotNull @Valid PartnerDtos.StatementActionRequest body) {
        return statements.recompute(partnerId, statementId, body);
    }

    @POST
    @Path("/{partnerId}/statements/{statementId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPartnerStatement", summary = "Confirm a draft",
            description = "Its orders are settled; 409 when one is on another confirmed statement meanwhile.")
    @APIResponse(responseCode = "200", description = "The confirmed statement.")
    public PartnerDtos.StatementView confirmPartnerStatement(@PathParam("partnerId") UUID partnerId, @PathParam("statementId") UUID statementId,
                                                             @NotNull @Valid PartnerDtos.StatementActionRequest body) {
        return statements.confirm(partnerId, statementId, body);
    }

    @POST
    @Path("/{partnerId}/statements/{statementId}/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "payPartnerStatement", summary = "Mark a confirmed statement paid")
    @APIResponse(responseCode = "200", description = "The paid statement.")
    public PartnerDtos.StatementView payPartnerStatement(@PathParam("partnerId") UUID partnerId, @PathParam("statementId") UUID statementId,
                                                         @NotNull @Valid PartnerDtos.StatementActionRequest body) {
        return statements.pay(partnerId, statementId, body);
    }

    @DELETE
    @Path("/{partnerId}/statements/{statementId}")
    @Operation(operationId = "deletePartnerStatement", summary = "Delete a draft", description = "Only a DRAFT (409 otherwise).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deletePartnerStatement(@PathParam("partnerId") UUID partnerId, @PathParam("statementId") UUID statementId) {
        statements.delete(partnerId, statementId);
    }
}
