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
import io.aftercare.customer.CustomerDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.aftercare.security.CurrentUser;
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

    private static final String NUMBER = "^[A-Za-z0-9-]{1,20}$";

    private final BookingService bookings;
    private final ServiceReportPdf reports;
    private final CustomerPortal portal;
    private final MyAccount account;
    private final CurrentUser caller;

    public CustomerPortalResource(BookingService bookings, ServiceReportPdf reports, CustomerPortal portal, MyAccount account,
                                  CurrentUser caller) {
        this.portal = portal;
        this.account = account;
        this.bookings = bookings;
        this.reports = reports;
        this.caller = caller;
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

    @GET
    @Path("/booking-options")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My booking options", description = "The signed-in customer's products and addresses, the services, and the "
            + "free slots to book a visit in.")
    @APIResponse(responseCode = "200", description = "What to book from.")
    public BookingDtos.MyBookingOptions getMyBookingOptions() {
        return account.bookingOptions(customerId());
    }

    @POST
    @Path("/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Book a visit", description = "A signed-in customer books an installation, a repair or a maintenance visit for one "
            + "of their products at one of their addresses, in a free slot (409 `slot-not-free` when taken meanwhile).")
    @APIResponse(responseCode = "201", description = "The booking with its tracking link.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDtos.Receipt.class)))
    public RestResponse<BookingDtos.Receipt> bookMyVisit(@NotNull @Valid BookingDtos.MyBookingRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, account.book(customerId(), body));
    }

    @POST
    @Path("/requests/{number}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Move my visit", description = "To another free slot, until the tenant's cut-off before the visit "
            + "(409 `booking-not-changeable` after it). Another customer's request answers 404.")
    @APIResponse(responseCode = "200", description = "The request as the customer sees it.")
    public BookingDtos.Status rescheduleMyRequest(@PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number,
                                                  @NotNull @Valid BookingDtos.RescheduleRequest body) {
        return bookings.rescheduleMine(customerId(), number, body);
    }

    @POST
    @Path("/requests/{number}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Cancel my visit", description = "Until the tenant's cut-off before the visit (409 `booking-not-changeable` after it).")
    @APIResponse(responseCode = "200", description = "The request as the customer sees it.")
    public BookingDtos.Status cancelMyRequest(@PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number,
                                              @Valid BookingDtos.CancelRequest body) {
        return bookings.cancelMine(customerId(), number, body);
    }

    @POST
    @Path("/requests/{number}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Rate and sign my visit", description = "After the work is done: ratings, comments and the drawn signature, or a "
            + "refusal with its reason (409 `booking-not-changeable` at any other time).")
    @APIResponse(responseCode = "200", description = "The request as the customer sees it.")
    public BookingDtos.Status signOffMyRequest(@PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number,
                                               @NotNull @Valid BookingDtos.SignOffRequest body) {
        return bookings.signOffMine(customerId(), number, body);
    }

    @POST
    @Path("/requests/{number}/objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Object to how my request was handled", description = "Opens an objection (异议) with the tenant's commitment promise.")
    @APIResponse(responseCode = "201", description = "The objection's number.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDtos.FeedbackReceipt.class)))
    public RestResponse<BookingDtos.FeedbackReceipt> objectToMyRequest(
            @PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number,
            @NotNull @Valid BookingDtos.ObjectionRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, account.objection(customerId(), number, body));
    }

    @POST
    @Path("/requests/{number}/complaint")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Complain about my visit", description = "A complaint about the installer's conduct on the request's visit "
            + "(409 `no-visit-yet` before there is one).")
    @APIResponse(responseCode = "201", description = "The complaint's number.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDtos.FeedbackReceipt.class)))
    public RestResponse<BookingDtos.FeedbackReceipt> complainAboutMyRequest(
            @PathParam("number") @Size(max = 20) @Pattern(regexp = NUMBER) String number,
            @NotNull @Valid BookingDtos.ComplaintRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, account.complaint(customerId(), number, body));
    }

    @GET
    @Path("/profile")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My details", description = "Name, phone, e-mail, language, contacts and addresses on record.")
    @APIResponse(responseCode = "200", description = "The customer's details.")
    public BookingDtos.MyProfile getMyProfile() {
        return account.profile(customerId());
    }

    @PUT
    @Path("/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Change my e-mail or language", description = "With the version read (409 when it changed meanwhile).")
    @APIResponse(responseCode = "200", description = "The customer's details.")
    public BookingDtos.MyProfile updateMyProfile(@NotNull @Valid BookingDtos.ProfileRequest body) {
        return account.updateProfile(customerId(), body);
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Add a contact", description = "Someone we may call about the customer's visits.")
    @APIResponse(responseCode = "201", description = "The contact.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.ContactView.class)))
    public RestResponse<CustomerDtos.ContactView> addMyContact(@NotNull @Valid CustomerDtos.ContactRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, account.addContact(customerId(), body));
    }

    @PUT
    @Path("/contacts/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Change a contact", description = "The whole contact with the version read.")
    @APIResponse(responseCode = "200", description = "The contact.")
    public CustomerDtos.ContactView updateMyContact(@PathParam("contactId") UUID contactId, @NotNull @Valid CustomerDtos.UpdateContactRequest body) {
        return account.updateContact(customerId(), contactId, body);
    }

    @DELETE
    @Path("/contacts/{contactId}")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Remove a contact", description = "Another customer's contact answers 404.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void removeMyContact(@PathParam("contactId") UUID contactId) {
        account.removeContact(customerId(), contactId);
    }

    @POST
    @Path("/addresses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Add an address", description = "A place we may visit; labels are unique among the customer's addresses.")
    @APIResponse(responseCode = "201", description = "The address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.SiteView.class)))
    public RestResponse<CustomerDtos.SiteView> addMyAddress(@NotNull @Valid CustomerDtos.SiteRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, account.addAddress(customerId(), body));
    }

    @PUT
    @Path("/addresses/{addressId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Change an address", description = "The whole address with the version read.")
    @APIResponse(responseCode = "200", description = "The address.")
    public CustomerDtos.SiteView updateMyAddress(@PathParam("addressId") UUID addressId, @NotNull @Valid CustomerDtos.UpdateSiteRequest body) {
        return account.updateAddress(customerId(), addressId, body);
    }

    @DELETE
    @Path("/addresses/{addressId}")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Remove an address", description = "409 while a visit or product still names it; another customer's address "
            + "answers 404.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void removeMyAddress(@PathParam("addressId") UUID addressId) {
        account.removeAddress(customerId(), addressId);
    }

    private UUID customerId() {
        return caller.customerId();
    }
}
