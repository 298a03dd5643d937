package io.aftercare.trip;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/trips")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Trips")
public class TripResource {

    private final TripService trips;
    private final Idempotency idempotency;

    public TripResource(TripService trips, Idempotency idempotency) {
        this.trips = trips;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(operationId = "listTrips", summary = "List trips", description = "Oldest first, with each person's allowance. Installers see their own trips only.")
    @APIResponse(responseCode = "200", description = "A page of trips.")
    public TripDtos.TripPage listTrips(
            @Parameter(schema = @Schema(implementation = TripDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(description = "Trips of this installer (managers and dispatchers).") @QueryParam("personId") UUID personId,
            @BeanParam @Valid PageRequest page) {
        var slice = trips.list(QueryValues.enumValue(TripDtos.Status.class, "status", status), personId, page.limit(), page.cursor());
        return new TripDtos.TripPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(operationId = "createTrip", summary = "Plan a trip",
            description = "The allowance rates in force now are kept with the trip and each person's meals computed.")
    @APIResponse(responseCode = "201", description = "The trip.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TripDtos.TripView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TripDtos.TripView.class)))
    public RestResponse<TripDtos.TripView> createTrip(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid TripDtos.CreateTripRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createTrip", body, TripDtos.TripView.class, () -> trips.create(body));
        return outcome.toResponse(URI.create("/api/v1/trips/" + outcome.body().id()));
    }

    @GET
    @Path("/{tripId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(operationId = "getTrip", summary = "Read a trip", description = "Other tenants' trips, and for installers others' trips, answer 404.")
    @APIResponse(responseCode = "200", description = "The trip.")
    public TripDtos.TripView getTrip(@PathParam("tripId") UUID tripId) {
        return trips.get(tripId);
    }

    @POST
    @Path("/{tripId}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(operationId = "completeTrip", summary = "Complete a trip", description = "Its allowances count as pay in the pay month of its last day.")
    @APIResponse(responseCode = "200", description = "The completed trip.")
    public TripDtos.TripView completeTrip(@PathParam("tripId") UUID tripId, @NotNull @Valid TripDtos.TransitionRequest body) {
        return trips.complete(tripId, body);
    }

    @POST
    @Path("/{tripId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(operationId = "cancelTrip", summary = "Cancel a planned trip", description = "It earns no allowance.")
    @APIResponse(responseCode = "200", description = "The cancelled trip.")
    public TripDtos.TripView cancelTrip(@PathParam("tripId") UUID tripId, @NotNull @Valid TripDtos.CancelRequest body) {
        return trips.cancel(tripId, body);
    }
}
