package io.aftercare.servicepoint;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/**
 * Staff read service points (installers belong to them); managers set them up, since each names a responsible
 * manager: an organisational decision, not a dispatcher's.
 */
@Path("/api/v1/service-points")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Service points")
public class ServicePointResource {

    private final ServicePointService points;
    private final Idempotency idempotency;

    public ServicePointResource(ServicePointService points, Idempotency idempotency) {
        this.points = points;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "List the tenant's service points",
            description = "Branches, monitoring centres and partner repair shops, oldest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of service points, oldest first.")
    public ServicePointDtos.ServicePointPage listServicePoints(
            @Parameter(description = "Only service points of this kind.", schema = @Schema(implementation = ServicePointDtos.ServicePointKind.class))
            @QueryParam("kind") String kind,
            @BeanParam @Valid PageRequest page) {
        var slice = points.list(QueryValues.enumValue(ServicePointDtos.ServicePointKind.class, "kind", kind), page.limit(), page.cursor());
        return new ServicePointDtos.ServicePointPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Add a service point",
            description = "A branch, monitoring centre or partner repair shop; its name is unique in the tenant and its "
                    + "responsible manager, if given, a staff account of the tenant.")
    @APIResponse(responseCode = "201", description = "The service point was added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServicePointDtos.ServicePointView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServicePointDtos.ServicePointView.class)))
    public RestResponse<ServicePointDtos.ServicePointView> createServicePoint(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid ServicePointDtos.CreateServicePointRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createServicePoint", body, ServicePointDtos.ServicePointView.class,
                () -> points.create(body));
        return outcome.toResponse(URI.create("/api/v1/service-points/" + outcome.body().id()));
    }

    @GET
    @Path("/{servicePointId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a service point", description = "One service point of the caller's tenant; other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The service point.")
    public ServicePointDtos.ServicePointView getServicePoint(@PathParam("servicePointId") UUID servicePointId) {
        return points.get(servicePointId);
    }

    @PUT
    @Path("/{servicePointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Change a service point", description = "Send the whole service point with the `version` you read; a stale one answers 409.")
    @APIResponse(responseCode = "200", description = "The service point as changed.")
    public ServicePointDtos.ServicePointView updateServicePoint(@PathParam("servicePointId") UUID servicePointId,
                                                                @NotNull @Valid ServicePointDtos.UpdateServicePointRequest body) {
        return points.update(servicePointId, body);
    }

    @DELETE
    @Path("/{servicePointId}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Delete a service point", description = "A service point that installers or work orders refer to cannot be deleted (409).")
    @APIResponse(responseCode = "204", description = "The service point was deleted.")
    public void deleteServicePoint(@PathParam("servicePointId") UUID servicePointId) {
        points.delete(servicePointId);
    }
}
