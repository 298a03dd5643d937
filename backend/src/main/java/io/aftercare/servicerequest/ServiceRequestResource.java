package io.aftercare.servicerequest;

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

@Path("/api/v1/service-requests")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Service requests")
public class ServiceRequestResource {

    private final ServiceRequestService requests;
    private final Idempotency idempotency;

    public ServiceRequestResource(ServiceRequestService requests, Idempotency idempotency) {
        this.requests = requests;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List service requests", description = "Oldest first, with the customer's name.")
    @APIResponse(responseCode = "200", description = "A page of service requests.")
    public ServiceRequestDtos.ServiceRequestPage listServiceRequests(
            @Parameter(schema = @Schema(implementation = ServiceRequestDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ServiceRequestDtos.Channel.class)) @QueryParam("channel") String channel,
            @QueryParam("customerId") UUID customerId,
            @Parameter(description = "Only requests whose on-site promise (or their work order's) is in this state.",
                    schema = @Schema(implementation = PromiseDtos.PromiseStatus.class)) @QueryParam("promiseStatus") String promiseStatus,
            @BeanParam @Valid PageRequest page) {
        var slice = requests.list(QueryValues.enumValue(ServiceRequestDtos.Status.class, "status", status),
                QueryValues.enumValue(ServiceRequestDtos.Channel.class, "channel", channel), customerId,
                QueryValues.enumValue(PromiseDtos.PromiseStatus.class, "promiseStatus", promiseStatus), page.limit(), page.cursor());
        return new ServiceRequestDtos.ServiceRequestPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INTEGRATION})
    @Operation(summary = "Register a service request",
            description = "A call, letter, visit, web or API request for an existing customer or a new one given inline. "
                    + "Integrations register with channel API.")
    @APIResponse(responseCode = "201", description = "The registered request.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceRequestDtos.ServiceRequestView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceRequestDtos.ServiceRequestView.class)))
    public RestResponse<ServiceRequestDtos.ServiceRequestView> createServiceRequest(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid ServiceRequestDtos.CreateServiceRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createServiceRequest", body, ServiceRequestDtos.ServiceRequestView.class,
                () -> requests.create(body));
        return outcome.toResponse(URI.create("/api/v1/service-requests/" + outcome.body().id()));
    }

    @GET
    @Path("/{serviceRequestId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INTEGRATION})
    @Operation(summary = "Read a service request", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The service request.")
    public ServiceRequestDtos.ServiceRequestView getServiceRequest(@PathParam("serviceRequestId") UUID serviceRequestId) {
        return requests.get(serviceRequestId);
    }

    @POST
    @Path("/{serviceRequestId}/resolve-by-phone")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Resolve by phone", description = "The question was answered on the call; records what was said.")
    @APIResponse(responseCode = "200", description = "The resolved request.")
    public ServiceRequestDtos.ServiceRequestView resolveByPhone(@PathParam("serviceRequestId") UUID serviceRequestId,
                                                                @NotNull @Valid ServiceRequestDtos.ResolveByPhoneRequest body) {
        return requests.resolveByPhone(serviceRequestId, body);
    }

    @POST
    @Path("/{serviceRequestId}/convert")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Convert into a work order", description = "Creates the work order for the request's customer and asset.")
    @APIResponse(responseCode = "200", description = "The converted request, naming its work order.")
    public ServiceRequestDtos.ServiceRequestView convertToWorkOrder(@PathParam("serviceRequestId") UUID serviceRequestId,
                                                                    @NotNull @Valid ServiceRequestDtos.ConvertRequest body) {
        return requests.convert(serviceRequestId, body);
    }

    @POST
    @Path("/{serviceRequestId}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Dismiss", description = "Closes the request without service, with a reason.")
    @APIResponse(responseCode = "200", description = "The dismissed request.")
    public ServiceRequestDtos.ServiceRequestView dismissServiceRequest(@PathParam("serviceRequestId") UUID serviceRequestId,
                                                                       @NotNull @Valid ServiceRequestDtos.DismissRequest body) {
        return requests.dismiss(serviceRequestId, body);
    }
}
