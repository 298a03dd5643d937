package io.aftercare.booking;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import io.aftercare.api.Pdf;
import io.aftercare.workorder.ServiceReportPdf;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** Customers book and track without a login: the tenant's slug names the booking page, the tracking code a booking. */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Booking")
public class PublicBookingResource {

    private static final String SLUG = "^[a-z0-9][a-z0-9-]{1,62}$";
    /** Any code-like string: a well-formed unknown code answers 404 like another tenant's. */
    private static final String CODE = "^[A-Za-z0-9]{1,64}$";

    private final BookingService bookings;

    public PublicBookingResource(BookingService bookings) {
        this.bookings = bookings;
    }

    @GET
    @Path("/{tenantSlug}/booking-options")
    @Operation(summary = "Booking options", description = "The services offered, products, and free slots from tomorrow over the tenant's horizon.")
    @APIResponse(responseCode = "200", description = "What can be booked.")
    public BookingDtos.Options getBookingOptions(@PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug) {
        return bookings.options(tenantSlug);
    }

    @POST
    @Path("/{tenantSlug}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a visit",
            description = "Registers a WEB service request for the customer with this phone (created when new) and answers its tracking "
                    + "code. Limited per client address and per phone (429).")
    @APIResponse(responseCode = "201", description = "The booking's tracking code: keep it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDtos.Receipt.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the same booking, with a new tracking code.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingDtos.Receipt.class)))
    @Parameter(description = Idempotency.DESCRIPTION + " A retry answers the same booking with a new tracking code "
            + "(the first one stops working).", in = ParameterIn.HEADER, name = Idempotency.HEADER)
    public RestResponse<BookingDtos.Receipt> createBooking(@PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug,
                                                           @BeanParam @Valid IdempotencyKey key,
                                                           @NotNull @Valid BookingDtos.CreateBookingRequest body,
                                                           @Context HttpServerRequest http) {
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        var outcome = bookings.book(tenantSlug, address, key.idempotencyKey(), body);
        return outcome.toResponse(URI.create("/api/v1/public/bookings/" + outcome.body().trackingCode()));
    }

    @GET
    @Path("/bookings/{trackingCode}")
    @Operation(summary = "Track a booking", description = "Status, appointment and what the customer may do now. Unknown codes answer 404.")
    @APIResponse(responseCode = "200", description = "The booking.")
    public BookingDtos.Status getBooking(@PathParam("trackingCode") @Size(max = 64) @Pattern(regexp = CODE) String trackingCode) {
        return bookings.status(trackingCode);
    }

    @GET
    @Path("/{tenantSlug}/bookings/{trackingCode}")
    @Operation(summary = "Track a booking on a tenant's page",
            description = "As above, under the tenant's booking page; another tenant's code answers exactly like an unknown one (404).")
    @APIResponse(responseCode = "200", description = "The booking.")
    public BookingDtos.Status getTenantBooking(@PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug,
                                               @PathParam("trackingCode") @Size(max = 64) @Pattern(regexp = CODE) String trackingCode) {
        return bookings.status(tenantSlug, trackingCode);
    }

    @GET
    @Path("/bookings/{trackingCode}/service-report")
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(operationId = "downloadBookingServiceReport", summary = "The signed service report (PDF)",
            description = "The service report (用户服务报告书) of the order behind the tracking link, once the customer signed off or "
                    + "refused to: findings, solution, parts, photos, ratings and the drawn signature. `lang` (zh-CN or en) overrides "
                    + "the tenant's language. 409 `service-report-not-signed` before sign-off; an unknown code answers 404.")
    @APIResponse(responseCode = "200", description = "The PDF file.", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response downloadBookingServiceReport(@PathParam("trackingCode") @Size(max = 64) @Pattern(regexp = CODE) String trackingCode,
                                                 @QueryParam("lang") @Size(max = 10) @Pattern(regexp = Pdf.LANGUAGES) String lang) {
        ServiceReportPdf.Rendered report = bookings.serviceReport(trackingCode, lang);
        return Pdf.attachment(report.pdf(), report.fileName());
    }

    @POST
    @Path("/bookings/{trackingCode}/confirm")
    @Operation(summary = "Confirm the appointment", description = "Once an appointment is set and until the installer is on the way.")
    @APIResponse(responseCode = "200", description = "The booking.")
    public BookingDtos.Status confirmBooking(@PathParam("trackingCode") @Size(max = 64) @Pattern(regexp = CODE) String trackingCode) {
        return bookings.confirm(trackingCode);
    }

    @POST
    @Path("/bookings/{trackingCode}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the visit", description = "To another free slot, until the tenant's cut-off before the visit (409 after).")
    @APIResponse(responseCode = "200", description = "The booking.")
    public BookingDtos.Status rescheduleBooking(@PathParam("trackingCode") @Size(max = 64) @Pattern(regexp = CODE) String trackingCode,
                                               @NotNull @Valid BookingDtos.RescheduleRequest body) {
        return bookings.reschedule(trackingCode, body);
    }

    @POST
    @Path("/bookings/{trackingCode}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the booking", description = "Until the tenant's cut-off before the visit (409 after).")
    @APIResponse(responseCode = "200", description = "The booking.")
    public BookingDtos.Status cancelBooking(@PathParam("trackingCode") @Size(max = 64) @Pattern(regexp = CODE) String trackingCode,
                                           @NotNull @Valid BookingDtos.CancelRequest body) {
        return bookings.cancel(trackingCode, body);
    }

    @POST
    @Path("/bookings/{trackingCode}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign off and rate", description = "When the work is done: sign and rate it, or refuse with a reason (which opens an objection).")
    @APIResponse(responseCode = "200", description = "The booking.")
    public BookingDtos.Status signOffBooking(@PathParam("trackingCode") @Size(max = 64) @Pattern(regexp = CODE) String trackingCode,
                                            @NotNull @Valid BookingDtos.SignOffRequest body) {
        return bookings.signOff(trackingCode, body);
    }
}
