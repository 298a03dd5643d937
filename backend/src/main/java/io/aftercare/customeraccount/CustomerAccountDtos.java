package io.aftercare.customeraccount;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class CustomerAccountDtos {

    /** A phone as people type it: digits with spaces, dashes, dots, brackets or a leading +. */
    static final String PHONE = "^\\+?[0-9][0-9 ().-]{4,29}$";
    static final String PHONE_MESSAGE = "a phone number: 5–30 digits, spaces, dashes, dots or brackets";

    private CustomerAccountDtos() {
    }

    @Schema(name = "CustomerAccountStatus", description = "INVITED: a code was sent, no login yet; ACTIVE: signed up; DISABLED: "
            + "staff switched the login off.")
    public enum Status { INVITED, ACTIVE, DISABLED }

    public enum Purpose { SIGN_UP, INVITATION }

    @Schema(name = "CustomerAccount", requiredProperties = {"id", "customerId", "customerName", "status", "updatedAt", "version"})
    public record AccountView(
            UUID id,
            UUID customerId,
            @Schema(examples = "王芳") @Size(max = 200) String customerName,
            Status status,
            @Schema(description = "What the customer signs in with, once signed up.", examples = "acme.13800000000") @Size(max = 105) String login,
            OffsetDateTime invitedAt,
            @Size(max = 255) String invitedBy,
            OffsetDateTime activatedAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "CustomerAccountPage", requiredProperties = "items")
    public record AccountPage(@Size(max = 200) List<AccountView> items,
                              @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                              @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "SignUpCodeRequest", description = "The phone or the e-mail on record with the tenant (one of the two): the code goes "
            + "there.")
    public record CodeRequest(
            @Schema(examples = "138 0000 0000") @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Schema(format = "email", examples = "wang.fang@example.com") @Email @Size(max = 254) String email) {
    }

    @Schema(name = "SignUpCodeSent", description = "The same answer whether or not the number is on record.",
            requiredProperties = {"expiresInSeconds"})
    public record CodeSent(@Schema(minimum = "1", maximum = "604800") int expiresInSeconds) {
    }

    @Schema(name = "CustomerSignUpRequest", description = "The phone or the e-mail the code went to (one of the two), the code, and a "
            + "password.")
    public record SignUpRequest(
            @Schema(examples = "138 0000 0000") @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Schema(format = "email", examples = "wang.fang@example.com") @Email @Size(max = 254) String email,
            @Schema(description = "The 6 digits sent to the phone.", examples = "042917") @NotBlank @Size(max = 6) @Pattern(regexp = "^[0-9]{6}$",
                    message = "6 digits") String code,
            @Schema(description = "At least 8 characters.", format = "password") @NotBlank @Size(min = 8, max = 100) String password) {
    }

    @Schema(name = "CustomerSignedUp", requiredProperties = {"login"})
    public record SignedUp(@Schema(description = "What to sign in with.", examples = "acme.13800000000") @Size(max = 105) String login) {
    }

    @Schema(name = "CustomerInvitationRequest")
    public record InvitationRequest(
            @NotNull UUID customerId,
            @Schema(description = "Send the invitation again (a new code) when one is pending.") Boolean resend) {
    }

    @Schema(name = "CustomerAccountStatusRequest")
    public record StatusRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull Integer version,
            @Schema(description = "true switches the login off, false on again.") @NotNull Boolean disabled) {
    }
}
