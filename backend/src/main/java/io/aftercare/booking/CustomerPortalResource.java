package io.aftercare.booking;

import io.aftercare.problem.ProblemException;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A customer with a login (role customer, claim customer_id) sees their own requests and nothing else. */
@Path("/api/v1/my")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Customer portal")
public class CustomerPortalResource {

    static final String CUSTOMER_CLAIM = "customer_id";

    private final BookingService bookings;
    private final JsonWebToken token;

    public CustomerPortalResource(BookingService bookings, JsonWebToken token) {
        this.bookings = bookings;
        this.token = token;
    }

    @GET
    @Path("/requests")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My requests", description = "The signed-in customer's own requests, newest first (up to 50), as on the tracking page.")
    @APIResponse(responseCode = "200", description = "The customer's requests.")
    public BookingDtos.StatusList listMyRequests() {
        return bookings.ofCustomer(customerId());
    }

    private UUID customerId() {
        Object claim = token.getClaim(CUSTOMER_CLAIM);
        try {
            return UUID.fromString(String.valueOf(claim).replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("Your login is not linked to a customer (no customer_id claim).");
        }
    }
}
