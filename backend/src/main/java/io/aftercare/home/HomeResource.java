package io.aftercare.home;

import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/home")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Home")
public class HomeResource {

    private final HomeService home;

    public HomeResource(HomeService home) {
        this.home = home;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(operationId = "getHome", summary = "Today's figures for the office",
            description = "For managers and dispatchers: today's dispatch figures (the tenant's day), each counted like the list it "
                    + "links to, per installer too. The manager also gets open promise breaches and what waits for a decision.")
    @APIResponse(responseCode = "200", description = "The summary of today.")
    public HomeDtos.HomeSummary getHome() {
        return home.summary();
    }
}
