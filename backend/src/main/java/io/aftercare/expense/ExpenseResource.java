package io.aftercare.expense;

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

@Path("/api/v1/expense-claims")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Expense claims")
public class ExpenseResource {

    private final ExpenseService claims;
    private final Idempotency idempotency;

    public ExpenseResource(ExpenseService claims, Idempotency idempotency) {
        this.claims = claims;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(operationId = "listExpenseClaims", summary = "List expense claims", description = "Oldest first; installers see their own.")
    @APIResponse(responseCode = "200", description = "A page of claims.")
    public ExpenseDtos.ClaimPage listExpenseClaims(
            @Parameter(schema = @Schema(implementation = ExpenseDtos.Status.class)) @QueryParam("status") String status,
            @QueryParam("tripId") UUID tripId,
            @QueryParam("personId") UUID personId,
            @BeanParam @Valid PageRequest page) {
        var slice = claims.list(QueryValues.enumValue(ExpenseDtos.Status.class, "status", status), tripId, personId, page.limit(), page.cursor());
        return new ExpenseDtos.ClaimPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.INSTALLER})
    @Operation(operationId = "submitExpenseClaim", summary = "Submit an expense claim for a trip",
            description = "Receipts from another place or outside the trip's days refuse the claim (422) unless a manager overrides them; "
                    + "receipt numbers seen before are flagged with the earlier claim's number.")
    @APIResponse(responseCode = "201", description = "The claim.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenseDtos.ClaimView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenseDtos.ClaimView.class)))
    public RestResponse<ExpenseDtos.ClaimView> submitExpenseClaim(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid ExpenseDtos.SubmitRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "submitExpenseClaim", body, ExpenseDtos.ClaimView.class, () -> claims.submit(body));
        return outcome.toResponse(URI.create("/api/v1/expense-claims/" + outcome.body().id()));
    }

    @GET
    @Path("/{claimId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(operationId = "getExpenseClaim", summary = "Read an expense claim", description = "Other tenants' and, for installers, others' claims answer 404.")
    @APIResponse(responseCode = "200", description = "The claim.")
    public ExpenseDtos.ClaimView getExpenseClaim(@PathParam("claimId") UUID claimId) {
        return claims.get(claimId);
    }

    @POST
    @Path("/{claimId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "approveExpenseClaim", summary = "Approve a claim",
            description = "Reimbursed beside pay in the pay month of today; LODGING receipts go into the trip allowance.")
    @APIResponse(responseCode = "200", description = "The approved claim.")
    public ExpenseDtos.ClaimView approveExpenseClaim(@PathParam("claimId") UUID claimId, @NotNull @Valid ExpenseDtos.ApproveRequest body) {
        return claims.approve(claimId, body);
    }

    @POST
    @Path("/{claimId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "rejectExpenseClaim", summary = "Reject a claim", description = "With the reason.")
    @APIResponse(responseCode = "200", description = "The rejected claim.")
    public ExpenseDtos.ClaimView rejectExpenseClaim(@PathParam("claimId") UUID claimId, @NotNull @Valid ExpenseDtos.RejectRequest body) {
        return claims.reject(claimId, body);
    }

    @POST
    @Path("/{claimId}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "markExpenseClaimPaid", summary = "Mark an approved claim paid", description = "A state only.")
    @APIResponse(responseCode = "200", description = "The paid claim.")
    public ExpenseDtos.ClaimView markExpenseClaimPaid(@PathParam("claimId") UUID claimId, @NotNull @Valid ExpenseDtos.TransitionRequest body) {
        return claims.markPaid(claimId, body);
    }
}
