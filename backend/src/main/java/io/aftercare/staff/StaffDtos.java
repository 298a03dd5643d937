package io.aftercare.staff;

import io.aftercare.identity.IdentityDirectory;
import io.aftercare.identity.Logins;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class StaffDtos {

    public static final String USERNAME = "^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$";
    public static final String USERNAME_MESSAGE = "3–64 lower-case letters, digits, dots, dashes or underscores";

    private StaffDtos() {
    }

    /** Wire values are Keycloak's realm role names. */
    @Schema(name = "StaffRole", description = "A staff member's role in the tenant.")
    public enum StaffRole { manager, dispatcher, installer, partner }

    @Schema(name = "StaffUser", description = "A staff account of the tenant.",
            requiredProperties = {"id", "username", "localName", "email", "roles", "enabled", "createdAt", "version"})
    public record StaffUserView(
            @Schema(description = "Also the subject (`sub`) of the person's tokens.") UUID id,
            @Schema(description = "The full login the person types on the login page: the tenant's login prefix, a dot and the local name.",
                    examples = "ns.installer3")
            @Size(max = Logins.MAX_LENGTH) String username,
            @Schema(description = "The name within the tenant, without the login prefix.", examples = "installer3")
            @Size(max = Logins.MAX_LENGTH) String localName,
            @Size(max = 254) String email,
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @Size(max = 4) List<StaffRole> roles,
            boolean enabled,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static StaffUserView of(StaffUser u) {
            return new StaffUserView(u.id, u.username, Logins.localName(u.username), u.email, u.firstName, u.lastName,
                    u.roles.stream().map(StaffRole::valueOf).toList(), u.enabled, u.createdAt, u.version);
        }
    }

    @Schema(name = "StaffUserPage", requiredProperties = {"items", "loginPrefix"})
    public record StaffUserPage(@Size(max = 200) List<StaffUserView> items,
                                @Schema(description = "The tenant's login prefix: every login of the tenant is `<loginPrefix>.<local name>`.",
                                        examples = "ns") @Size(max = 40) String loginPrefix,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateStaffUserRequest")
    public record CreateStaffUserRequest(
            @Schema(description = "The name within the tenant; the login becomes `<tenant's login prefix>.<username>`. "
                    + "A name that already starts with the tenant's own prefix and a dot is taken as the full login.",
                    examples = "installer3")
            @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) @Size(max = 64) String username,
            @Schema(examples = "li.wei@example.com") @NotBlank @Email @Size(max = 254) String email,
            @Pattern(regexp = IdentityDirectory.PERSON_NAME, message = IdentityDirectory.PERSON_NAME_MESSAGE) @Size(max = 100) String firstName,
            @Pattern(regexp = IdentityDirectory.PERSON_NAME, message = IdentityDirectory.PERSON_NAME_MESSAGE) @Size(max = 100) String lastName,
            @NotEmpty @Size(max = 4) List<@NotNull StaffRole> roles,
            @Schema(description = "Initial password.", format = "password") @NotBlank @Size(min = 8, max = 128) String password,
            @Schema(description = "The person must choose a new password at first login (default true).") Boolean temporaryPassword) {
    }

    @Schema(name = "UpdateStaffUserRequest", description = "Changes to a staff account; absent fields stay as they are.")
    public record UpdateStaffUserRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = IdentityDirectory.PERSON_NAME, message = IdentityDirectory.PERSON_NAME_MESSAGE) @Size(max = 100) String firstName,
            @Pattern(regexp = IdentityDirectory.PERSON_NAME, message = IdentityDirectory.PERSON_NAME_MESSAGE) @Size(max = 100) String lastName,
            @Size(min = 1, max = 4) List<@NotNull StaffRole> roles,
            Boolean enabled) {
    }
}
