package io.aftercare.me;

import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Me")
public class MeResource {

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.PLATFORM_ADMIN, Roles.MANAGER, Roles.DISPATCHER,
            Roles.INSTALLER, Roles.PARTNER, Roles.CUSTOMER, Roles.INTEGRATION);

    private final CurrentUser user;
    private final TenantContext tenants;
    private final TenantService tenantService;
    private final SettingsService settings;

    public MeResource(CurrentUser user, TenantContext tenants, TenantService tenantService, SettingsService settings) {
        this.settings = settings;
        this.user = user;
        this.tenants = tenants;
        this.tenantService = tenantService;
    }

    @Schema(name = "Me", description = "The caller: identity, roles, and the tenant they act for.",
            requiredProperties = {"userId", "username", "displayName", "roles"})
    public record Me(
            @Size(max = 100) String userId,
            @Size(max = 255) String username,
            @Size(max = 255) String displayName,
            @Schema(description = "Aftercare roles of the caller.") @Size(max = 7) List<@Size(max = 32) String> roles,
            @Schema(description = "Absent for platform administrators.") MeTenant tenant) {
    }

    @Schema(name = "MeTenant", description = "The caller's tenant, with what every signed-in user of it needs to shape their UI.",
            requiredProperties = {"id", "slug", "name", "timeZone", "locale", "currency", "mapUrlTemplate", "connectionApplications"})
    public record MeTenant(
            UUID id,
            @Schema(examples = "north-star") @Size(max = 40) String slug,
            @Schema(examples = "ns") @Size(max = 40) String loginPrefix,
            @Schema(examples = "北极星安装服务") @Size(max = 200) String name,
            @Schema(description = "IANA time zone; dates and working days are counted in it.", examples = "Asia/Shanghai")
            @Size(max = 64) String timeZone,
            TenantDtos.Locale locale,
            @Schema(description = "ISO 4217 currency of all amounts.", examples = "CNY", pattern = "^[A-Z]{3}$") @Size(max = 3) String currency,
            @Schema(examples = "CN", pattern = "^[A-Z]{2}$") @Size(max = 2) String country,
            @Schema(description = "Opens a site in a map app: replace `{address}` (and `{lat}`, `{lng}` when present) with "
                    + "URL-encoded values.", examples = "https://uri.amap.com/search?keyword={address}", maxLength = 500)
            String mapUrlTemplate,
            @Schema(description = "The tenant takes power-connection applications (its menu and the customer's page appear).")
            boolean connectionApplications) {

        static MeTenant of(TenantDtos.TenantView t, SettingsDtos.TenantSettings settings) {
            return new MeTenant(t.id(), t.slug(), t.loginPrefix(), t.name(), t.timeZone(), t.locale(), t.currency(), t.country(),
                    settings.mapUrlTemplate(), settings.connection().enabled());
        }
    }

    @GET
    @Operation(summary = "Who am I", description = "The caller's identity, roles and tenant, for clients to shape their UI.")
    @APIResponse(responseCode = "200", description = "The caller.")
    public Me getMe() {
        List<String> roles = user.roles().stream().filter(KNOWN_ROLES::contains).sorted().toList();
        MeTenant tenant = tenants.tenant().flatMap(tenantService::find)
                .map(t -> MeTenant.of(t, settings.current())).orElse(null);
        return new Me(user.id(), user.username(), user.displayName(), roles, tenant);
    }
}
