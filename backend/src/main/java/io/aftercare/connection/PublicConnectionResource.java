package io.aftercare.connection;

import io.aftercare.problem.ProblemException;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The connection procedure and fees a tenant publishes (供电企业应公告办理各项用电业务程序、制度和收费标准). */
@Path("/api/v1/public/{tenantSlug}/connection-procedure")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Connection applications")
public class PublicConnectionResource {

    private static final String SLUG = "^[a-z0-9][a-z0-9-]{1,62}$";

    private final TenantService tenantService;
    private final TenantContext tenants;
    private final ConnectionDeadlines deadlines;

    public PublicConnectionResource(TenantService tenantService, TenantContext tenants, ConnectionDeadlines deadlines) {
        this.tenantService = tenantService;
        this.tenants = tenants;
        this.deadlines = deadlines;
    }

    @GET
    @Operation(summary = "The connection procedure", description = "Steps, deadlines by class, documents, fees and the company's note; "
            + "`enabled` false when the company takes no applications. Customers apply after signing in.")
    @APIResponse(responseCode = "200", description = "What the company publishes.")
    public ConnectionDtos.Procedure getConnectionProcedure(@PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug) {
        TenantDtos.TenantView tenant = tenantService.findBySlug(tenantSlug)
                .orElseThrow(() -> ProblemException.notFound("The company page " + tenantSlug));
        return tenants.runAs(tenant.id(), () -> QuarkusTransaction.requiringNew()
                .call(() -> ConnectionViews.procedure(tenant.name(), deadlines.rules())));
    }
}
