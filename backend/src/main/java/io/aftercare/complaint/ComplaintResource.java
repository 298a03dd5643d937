package io.aftercare.complaint;

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

@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Complaints")
public class ComplaintResource {

    private final ComplaintService complaints;
    private final Idempotency idempotency;

    public ComplaintResource(ComplaintService complaints, Idempotency idempotency) {
        this.complaints = complaints;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INTEGRATION})
    @Operation(summary = "List complaints", description = "Newest first, with customer, order and installer names and the answer promise.")
    @APIResponse(responseCode = "200", description = "A page of complaints.")
    public ComplaintDtos.ComplaintPage listComplaints(
            @Parameter(schema = @Schema(implementation = ComplaintDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ComplaintDtos.Category.class)) @QueryParam("category") String category,
            @QueryParam("installerId") UUID installerId,
            @QueryParam("workOrderId") UUID workOrderId,
            @Parameter(schema = @Schema(implementation = PromiseDtos.PromiseStatus.class)) @QueryParam("promiseStatus") String promiseStatus,
            @BeanParam @Valid PageRequest page) {
        var slice = complaints.list(QueryValues.enumValue(ComplaintDtos.Status.class, "status", status),
                QueryValues.enumValue(ComplaintDtos.Category.class, "category", category), installerId, workOrderId,
                QueryValues.enumValue(PromiseDtos.PromiseStatus.class, "promiseStatus", promiseStatus), page.limit(), page.cursor());
        return new ComplaintDtos.ComplaintPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INTEGRATION})
    @Operation(summary = "Record a complaint", description = "From a call, letter, visit or the web; the answer promise starts when it was received.")
    @APIResponse(responseCode = "201", description = "The complaint.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintDtos.ComplaintView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintDtos.ComplaintView.class)))
    public RestResponse<ComplaintDtos.ComplaintView> createComplaint(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid ComplaintDtos.CreateComplaintRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createComplaint", body, ComplaintDtos.ComplaintView.class,
                () -> complaints.create(body));
        return outcome.toResponse(URI.create("/api/v1/complaints/" + outcome.body().id()));
    }

    @GET
    @Path("/{complaintId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INTEGRATION})
    @Operation(summary = "Read a complaint", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The complaint.")
    public ComplaintDtos.ComplaintView getComplaint(@PathParam("complaintId") UUID complaintId) {
        return complaints.get(complaintId);
    }

    @POST
    @Path("/{complaintId}/investigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Start investigating", description = "OPEN → INVESTIGATING.")
    @APIResponse(responseCode = "200", description = "The complaint under investigation.")
    public ComplaintDtos.ComplaintView investigateComplaint(@PathParam("complaintId") UUID complaintId,
                                                           @NotNull @Valid ComplaintDtos.StepRequest body) {
        return complaints.investigate(complaintId, body);
    }

    @POST
    @Path("/{complaintId}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Verify the complaint",
            description = "The installer's consequence (a major demerit by default) is proposed in the discipline ledger at once.")
    @APIResponse(responseCode = "200", description = "The verified complaint.")
    public ComplaintDtos.ComplaintView verifyComplaint(@PathParam("complaintId") UUID complaintId,
                                                      @NotNull @Valid ComplaintDtos.StepRequest body) {
        return complaints.verify(complaintId, body);
    }

    @POST
    @Path("/{complaintId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Reject the complaint", description = "Needs a note saying why.")
    @APIResponse(responseCode = "200", description = "The rejected complaint.")
    public ComplaintDtos.ComplaintView rejectComplaint(@PathParam("complaintId") UUID complaintId,
                                                      @NotNull @Valid ComplaintDtos.StepRequest body) {
        return complaints.reject(complaintId, body);
    }

    @POST
    @Path("/{complaintId}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Close the complaint", description = "With the remedial action taken; the customer must have been answered.")
    @APIResponse(responseCode = "200", description = "The closed complaint.")
    public ComplaintDtos.ComplaintView closeComplaint(@PathParam("complaintId") UUID complaintId,
                                                     @NotNull @Valid ComplaintDtos.CloseRequest body) {
        return complaints.close(complaintId, body);
    }
}
