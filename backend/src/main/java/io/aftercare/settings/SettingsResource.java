package io.aftercare.settings;

import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Settings")
public class SettingsResource {

    private final SettingsService settings;

    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Read the tenant's rule settings",
            description = "Fines, rewards, allowances, service promises, partner terms and connection deadlines; each tenant edits its own.")
    @APIResponse(responseCode = "200", description = "The tenant's rule settings.")
    public SettingsDtos.TenantSettings getSettings() {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Replace the tenant's rule settings",
            description = "Send the whole document with the `version` you read. New values apply from now on.")
    @APIResponse(responseCode = "200", description = "The settings as stored, with the new version.")
    public SettingsDtos.TenantSettings updateSettings(@NotNull @Valid SettingsDtos.TenantSettings body) {
        return settings.update(body);
    }
}
