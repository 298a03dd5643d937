package io.aftercare.customeraccount;

import io.aftercare.api.Keyset;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Staff see customers' logins, invite customers, send an invitation again, and switch a login off or on. */
@Path("/api/v1/customer-accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
@Tag(name = "Customer accounts")
public class CustomerAccountResource {

    private final CustomerAccounts accounts;

    public CustomerAccountResource(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "List customers' logins", description = "Invited, active and disabled, in a stable order; filter by status.")
    @APIResponse(responseCode = "200", description = "A page of accounts.")
    public CustomerAccountDtos.AccountPage listCustomerAccounts(@QueryParam("status") CustomerAccountDtos.Status status,
                                                                @QueryParam("limit") @Min(1) @Max(Keyset.MAX_LIMIT) Integer limit,
                                                                @QueryParam("cursor") @Size(max = 200) @Pattern(regexp = Keyset.CURSOR_PATTERN) String cursor) {
        Keyset.Slice<CustomerAccountDtos.AccountView> slice = accounts.list(status, limit, cursor);
        return new CustomerAccountDtos.AccountPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a customer", description = "Sends the customer, by SMS (and e-mail when on record), a one-time code and "
            + "the sign-up link. 409 `invitation-pending` unless `resend`; 409 `account-exists` once signed up; 429 `code-sent-recently` "
            + "within a minute of the last code.")
    @APIResponse(responseCode = "200", description = "The invited account.")
    public CustomerAccountDtos.AccountView inviteCustomer(@NotNull @Valid CustomerAccountDtos.InvitationRequest body) {
        return accounts.invite(body);
    }

    @POST
    @Path("/{accountId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch a customer's login off or on", description = "A disabled login cannot sign in; 409 `not-signed-up` for "
            + "an invitation.")
    @APIResponse(responseCode = "200", description = "The account.")
    public CustomerAccountDtos.AccountView setCustomerAccountStatus(@PathParam("accountId") UUID accountId,
                                                                    @NotNull @Valid CustomerAccountDtos.StatusRequest body) {
        return accounts.setDisabled(accountId, body);
    }
}
