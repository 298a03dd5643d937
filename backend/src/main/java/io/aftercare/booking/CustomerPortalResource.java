package io.aftercare.booking;

import io.aftercare.api.Pdf;
import io.aftercare.problem.ProblemException;
import io.aftercare.workorder.ServiceReportPdf;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    private final ServiceReportPdf reports;
    private final CustomerPortal portal;
    private final JsonWebToken token;

    public CustomerPortalResource(BookingService bookings, ServiceReportPdf reports, CustomerPortal portal, JsonWebToken token) {
        this.portal = portal;
        this.bookings = bookings;
        this.reports = reports;
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

    @GET
    @Path("/products")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My products", description = "The signed-in customer's own products (newest installation first, up to 100): the "
            + "warranty card (contract number, warranty end, what it covers) and each product's visits with their service reports.")
    @APIResponse(responseCode = "200", description = "The customer's products.")
    public BookingDtos.MyProducts listMyProducts() {
        return portal.products(customerId());
    }

    @GET
    @Path("/work-orders")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My visits", description = "The signed-in customer's own work orders, newest first (up to 200), with state, "
            + "the installer's name and whether the signed service report can be downloaded.")
    @APIResponse(responseCode = "200", description = "The customer's visits.")
    public BookingDtos.MyVisits listMyVisits() {
        return portal.visitList(customerId());
    }

    @GET
    @Path("/work-orders/{workOrderId}/service-report")
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(operationId = "downloadMyServiceReport", summary = "My signed service report (PDF)",
            description = "The service report of one of the signed-in customer's own orders, once signed off (or refused). Another "
                    + "customer's order answers 404, as if it did not exist. `lang` (zh-CN or en) overrides the tenant's language.")
    @APIResponse(responseCode = "200", description = "The PDF file.", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response downloadMyServiceReport(@PathParam("workOrderId") UUID workOrderId,
                                            @QueryParam("lang") @Size(max = 10) @Pattern(regexp = Pdf.LANGUAGES) String lang) {
        ServiceReportPdf.Rendered report = reports.forCustomer(customerId(), workOrderId, reports.localeOr(lang));
        return Pdf.attachment(report.pdf(), report.fileName());
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
