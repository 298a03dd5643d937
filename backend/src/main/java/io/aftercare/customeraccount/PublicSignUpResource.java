package io.aftercare.customeraccount;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A customer on record opens a login from the booking or tracking page by proving their phone with a one-time code. */
@Path("/api/v1/public/{tenantSlug}/customer-sign-up")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Customer accounts")
public class PublicSignUpResource {

    private static final String SLUG = "^[a-z0-9][a-z0-9-]{1,62}$";

    private final CustomerAccounts accounts;

    public PublicSignUpResource(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a sign-up code", description = "Sends a 6-digit code by SMS when the phone is on record without a login. "
            + "The answer is the same whether or not the number is known; nothing is sent within a minute of the last code or "
            + "while the phone is locked.")
    @APIResponse(responseCode = "202", description = "How long a code, if sent, stays valid.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerAccountDtos.CodeSent.class)))
    public RestResponse<CustomerAccountDtos.CodeSent> sendSignUpCode(
            @PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug,
            @NotNull @Valid CustomerAccountDtos.CodeRequest body) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, accounts.requestCode(tenantSlug, body));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up with a code", description = "Creates the customer's login (role customer) from the phone's latest code "
            + "and a password, then sign in with the login answered. 400 `code-invalid` for a wrong, used or expired code (the same for "
            + "a number not on record); after 5 wrong codes 429 `sign-up-locked` for 15 minutes; 409 `account-exists` once signed up.")
    @APIResponse(responseCode = "201", description = "The login to sign in with.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerAccountDtos.SignedUp.class)))
    public RestResponse<CustomerAccountDtos.SignedUp> signUpCustomer(
            @PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug,
            @NotNull @Valid CustomerAccountDtos.SignUpRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, accounts.signUp(tenantSlug, body));
    }
}
