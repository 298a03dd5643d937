package io.aftercare.objection;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.promise.PromiseDtos;
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

@Path("/api/v1/objections")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Objections")
public class ObjectionResource {

    private final ObjectionService objections;
    private final Idempotency idempotency;

    public ObjectionResource(ObjectionService objections, Idempotency idempotency) {
        this.objections = objections;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List objections", description = "Oldest first, with the customer's name and phone and the commitment deadline.")
    @APIResponse(responseCode = "200", description = "A page of objections.")
    public ObjectionDtos.ObjectionPage listObjections(
            @Parameter(schema = @Schema(implementation = ObjectionDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ObjectionDtos.Source.class)) @QueryParam("source") String source,
            @Parameter(schema = @Schema(implementation = PromiseDtos.PromiseStatus.class)) @QueryParam("promiseStatus") String promiseStatus,
            @Parameter(description = "true: only those escalated to the manager.") @QueryParam("escalated") Boolean escalated,
            @QueryParam("customerId") UUID customerId,
            @BeanParam @Valid PageRequest page) {
        var slice = objections.list(QueryValues.enumValue(ObjectionDtos.Status.class, "status", status),
                QueryValues.enumValue(ObjectionDtos.Source.class, "source", source),
                QueryValues.enumValue(PromiseDtos.PromiseStatus.class, "promiseStatus", promiseStatus), escalated, customerId, page.limit(), page.cursor());
        return new ObjectionDtos.ObjectionPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record an objection", description = "One the customer raised by phone, letter or visit; the commitment promise starts now.")
    @APIResponse(responseCode = "201", description = "The objection.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectionDtos.ObjectionView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectionDtos.ObjectionView.class)))
    public RestResponse<ObjectionDtos.ObjectionView> createObjection(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid ObjectionDtos.CreateObjectionRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createObjection", body, ObjectionDtos.ObjectionView.class,
                () -> objections.create(body));
        return outcome.toResponse(URI.create("/api/v1/objections/" + outcome.body().id()));
    }

    @GET
    @Path("/{objectionId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Read an objection", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The objection.")
    public ObjectionDtos.ObjectionView getObjection(@PathParam("objectionId") UUID objectionId) {
        return objections.get(objectionId);
    }

    @POST
    @Path("/{objectionId}/commitment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Give the service commitment", description = "Keeps the promise; given after its deadline it stays breached.")
    @APIResponse(responseCode = "200", description = "The committed objection.")
    public ObjectionDtos.ObjectionView commitToObjection(@PathParam("objectionId") UUID objectionId,
                                                         @NotNull @Valid ObjectionDtos.CommitmentRequest body) {
        return objections.commit(objectionId, body);
    }

    @POST
    @Path("/{objectionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record the resolution", description = "What was done and how the customer was told.")
    @APIResponse(responseCode = "200", description = "The resolved objection.")
    public ObjectionDtos.ObjectionView resolveObjection(@PathParam("objectionId") UUID objectionId,
                                                       @NotNull @Valid ObjectionDtos.ResolutionRequest body) {
        return objections.resolve(objectionId, body);
    }
}
