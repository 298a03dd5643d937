package io.aftercare.connection;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.net.URI;

/** The customer's own connection applications: apply, follow each step, object to the plan, ask to extend it. */
@Path("/api/v1/my/connection-applications")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Customer portal")
public class MyConnectionResource {

    private static final String NUMBER = "^[A-Za-z0-9-]{1,20}$";

    private final ConnectionService applications;
    private final Idempotency idempotency;
    private final CurrentUser caller;

    public MyConnectionResource(ConnectionService applications, Idempotency idempotency, CurrentUser caller) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My connection applications", description = "Newest first, each with its steps so far.")
    @APIResponse(responseCode = "200", description = "The customer's applications.")
    public ConnectionDtos.MyList listMyConnectionApplications() {
        return applications.listMine(caller.customerId());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Apply for a connection", description = "A new connection, more capacity or a change of use at one of my addresses "
            + "or a new one. 409 connection-module-off when the company does not take applications.")
    @APIResponse(responseCode = "201", description = "The application.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionDtos.MyApplicationView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionDtos.MyApplicationView.class)))
    public RestResponse<ConnectionDtos.MyApplicationView> applyForConnection(@BeanParam @Valid IdempotencyKey key,
                                                                             @NotNull @Valid ConnectionDtos.MyApplicationRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "applyForConnection:" + caller.customerId(), body,
                ConnectionDtos.MyApplicationView.class, () -> applications.createMine(caller.customerId(), body));
        return outcome.toResponse(URI.create("/api/v1/my/connection-applications/" + outcome.body().number()));
    }

    @GET
    @Path("/{number}")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My connection application", description = "Another customer's number answers 404.")
    @APIResponse(responseCode = "200", description = "The application.")
    public ConnectionDtos.MyApplicationView getMyConnectionApplication(@PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number) {
        return applications.getMine(caller.customerId(), number);
    }

    @POST
    @Path("/{number}/plan-objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Object to the supply plan", description = "Within the company's months of the notice (else 422 "
            + "connection-objection-too-late); the plan is negotiated again.")
    @APIResponse(responseCode = "200", description = "The application, its plan reopened.")
    public ConnectionDtos.MyApplicationView objectToMyConnectionPlan(@PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number,
                                                                    @NotNull @Valid ConnectionDtos.ObjectionRequest body) {
        return applications.objectMine(caller.customerId(), number, body);
    }

    @POST
    @Path("/{number}/plan-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Extend my supply plan", description = "Asked at least the company's notice days before it expires, no longer in "
            + "total than the original period (else 422 connection-extension-refused).")
    @APIResponse(responseCode = "200", description = "The application with its new last valid day.")
    public ConnectionDtos.MyApplicationView extendMyConnectionPlan(@PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number,
                                                                  @NotNull @Valid ConnectionDtos.ExtensionRequest body) {
        return applications.extendMine(caller.customerId(), number, body);
    }
}
