package io.aftercare.partner;

import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The manager's sign-off and damage on an order given to a partner. */
@Path("/api/v1/partner-orders")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Partners")
public class PartnerOrderResource {

    private final PartnerOrders orders;

    public PartnerOrderResource(PartnerOrders orders) {
        this.orders = orders;
    }

    @GET
    @Path("/{partnerOrderId}")
    @Operation(operationId = "getPartnerOrder", summary = "Read an order given to a partner")
    @APIResponse(responseCode = "200", description = "The partner order.")
    public PartnerDtos.PartnerOrderAdminView getPartnerOrder(@PathParam("partnerOrderId") UUID partnerOrderId) {
        return orders.get(partnerOrderId);
    }

    @POST
    @Path("/{partnerOrderId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptPartnerOrder", summary = "The manager's sign-off",
            description = "Only once the customer signed the acceptance (work order SIGNED_OFF or later, not refused); 409 otherwise.")
    @APIResponse(responseCode = "200", description = "The accepted order.")
    public PartnerDtos.PartnerOrderAdminView acceptPartnerOrder(@PathParam("partnerOrderId") UUID partnerOrderId,
                                                                @NotNull @Valid PartnerDtos.AcceptRequest body) {
        return orders.accept(partnerOrderId, body);
    }

    @POST
    @Path("/{partnerOrderId}/damage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPartnerDamage", summary = "Record damage the partner caused",
            description = "Replaces the earlier amount; deducted on the statement. 409 once a confirmed statement settled the order.")
    @APIResponse(responseCode = "200", description = "The order with its damage.")
    public PartnerDtos.PartnerOrderAdminView recordPartnerDamage(@PathParam("partnerOrderId") UUID partnerOrderId,
                                                                 @NotNull @Valid PartnerDtos.DamageRequest body) {
        return orders.damage(partnerOrderId, body);
    }
}
