package io.aftercare.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.aftercare.identity.IdentityDirectory;
import io.aftercare.identity.Logins;
import io.aftercare.staff.StaffDtos;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class TenantDtos {

    public static final String SLUG = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$";

    private TenantDtos() {
    }

    @Schema(name = "TenantStatus", description = "ACTIVE, or SUSPENDED by the platform administrator: its people's API calls are refused "
            + "(403 tenant-suspended) until it is resumed.")
    public enum TenantStatus { ACTIVE, SUSPENDED }

    @Schema(name = "Locale", description = "The tenant's default language.")
    public enum Locale {
        @JsonProperty("zh-CN") ZH_CN("zh-CN"),
        @JsonProperty("en") EN("en");

        public final String tag;

        Locale(String tag) {
            this.tag = tag;
        }

        static Locale ofTag(String tag) {
            for (Locale l : values()) {
                if (l.tag.equals(tag)) {
                    return l;
                }
            }
            throw new IllegalArgumentException(tag);
        }
    }

    @Schema(name = "Tenant", description = "A company or franchise store using Aftercare.",
            requiredProperties = {"id", "slug", "loginPrefix", "name", "timeZone", "locale", "currency", "createdAt", "version", "status"})
    public record TenantView(
            UUID id,
            @Schema(description = "Short unique name, used in URLs such as the public booking page.", examples = "acme-installs")
            @Size(max = 40) String slug,
            @Schema(description = "Every login of the tenant is `<loginPrefix>.<local name>`; unique across tenants, never changed.",
                    examples = "acme") @Size(max = 40) String loginPrefix,
            @Schema(examples = "北极星安装服务") @Size(max = 200) String name,
            @Schema(description = "IANA time zone; dates and working days are counted in it.", examples = "Asia/Shanghai")
            @Size(max = 64) String timeZone,
            Locale locale,
            @Schema(description = "ISO 4217 currency of all amounts.", examples = "CNY", pattern = "^[A-Z]{3}$") @Size(max = 3) String currency,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version,
            @Schema(description = "ISO 3166-1 alpha-2 country whose published holidays the calendar inherits; absent: none.",
                    examples = "CN", pattern = "^[A-Z]{2}$") @Size(max = 2) String country,
            TenantStatus status,
            @Schema(description = "When the tenant was suspended; absent while active.") OffsetDateTime suspendedAt) {

        static TenantView of(Tenant t) {
            return new TenantView(t.id, t.slug, t.loginPrefix, t.name, t.timeZone, Locale.ofTag(t.locale), t.currency, t.createdAt, t.version,
                    t.country, t.status, t.suspendedAt);
        }
    }

    @Schema(name = "TenantPage", requiredProperties = "items")
    public record TenantPage(@Size(max = 200) List<TenantView> items,
                             @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                             @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateTenantRequest")
    public record CreateTenantRequest(
            @Schema(examples = "acme-installs") @NotBlank @Size(max = 40)
            @Pattern(regexp = SLUG, message = "3–40 lower-case letters, digits or dashes, not starting or ending with a dash") String slug,
            @Schema(description = "The prefix of all the tenant's logins (`<loginPrefix>.<local name>`); default the slug. "
                    + "Unique across tenants (ignoring case), stored in lower case, never changed afterwards.", examples = "acme")
            @Size(max = 40) @Pattern(regexp = Logins.PREFIX, message = Logins.PREFIX_MESSAGE) String loginPrefix,
            @Schema(examples = "北极星安装服务") @NotBlank @Size(max = 200) String name,
            @Schema(description = "IANA time zone (default Asia/Shanghai).", examples = "Asia/Shanghai") @Size(max = 64) String timeZone,
            @Schema(description = "Default zh-CN.") Locale locale,
            @Schema(description = "ISO 4217 currency (default CNY).", examples = "CNY") @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code like CNY") @Size(max = 3) String currency,
            @Schema(description = "ISO 3166-1 alpha-2 country whose published holidays the calendar inherits (default CN in Asia/Shanghai, "
                    + "else none).", examples = "CN")
            @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code like CN") @Size(max = 2) String country,
            @Schema(description = "The tenant's first manager account.") @NotNull @Valid NewManagerAccount manager) {
    }

    @Schema(name = "NewManagerAccount")
    public record NewManagerAccount(
            @Schema(description = "The name within the tenant; the login becomes `<loginPrefix>.<username>` "
                    + "(not doubled when the username already starts with the prefix and a dot).", examples = "manager")
            @NotBlank @Size(max = 64)
            @Pattern(regexp = StaffDtos.USERNAME, message = StaffDtos.USERNAME_MESSAGE) String username,
            @Schema(examples = "manager@acme-installs.example") @NotBlank @Email @Size(max = 254) String email,
            @Pattern(regexp = IdentityDirectory.PERSON_NAME, message = IdentityDirectory.PERSON_NAME_MESSAGE) @Size(max = 100) String firstName,
            @Pattern(regexp = IdentityDirectory.PERSON_NAME, message = IdentityDirectory.PERSON_NAME_MESSAGE) @Size(max = 100) String lastName,
            @Schema(format = "password") @NotBlank @Size(min = 8, max = 128) String password,
            @Schema(description = "The manager must choose a new password at first login (default true).") Boolean temporaryPassword) {
    }
}
