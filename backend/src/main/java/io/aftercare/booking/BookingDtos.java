package io.aftercare.booking;

import io.aftercare.api.Texts;
import io.aftercare.complaint.ComplaintDtos;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.servicerequest.ServiceRequestDtos;
import io.aftercare.workorder.WorkOrderDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class BookingDtos {

    private BookingDtos() {
    }

    @Schema(name = "BookingService", description = "What a customer can book online: an installation, a repair of a fault, or a "
            + "maintenance check-up.")
    public enum Service { INSTALLATION, FAULT, MAINTENANCE }

    @Schema(name = "BookingStage", description = """
            RECEIVED: not scheduled yet. SCHEDULED: an appointment is set. ON_THE_WAY: the installer is travelling.
            IN_PROGRESS: on site. AWAITING_SIGN_OFF: work done, waiting for the customer's signature. DONE. CANCELLED.""")
    public enum Stage { RECEIVED, SCHEDULED, ON_THE_WAY, IN_PROGRESS, AWAITING_SIGN_OFF, DONE, CANCELLED }

    @Schema(name = "BookableProduct", requiredProperties = {"id", "name"})
    public record Product(UUID id, @Size(max = 200) String name) {
    }

    @Schema(name = "FreeSlot", description = "A slot with installers free.", requiredProperties = {"start", "end", "free"})
    public record FreeSlot(OffsetDateTime start, OffsetDateTime end,
                           @Schema(description = "Installers still free in it.", minimum = "1", maximum = "10000") int free) {
    }

    @Schema(name = "BookingOptions", requiredProperties = {"tenantName", "timeZone", "locale", "services", "products", "slots",
            "changeCutoffHours"})
    public record Options(
            @Size(max = 200) String tenantName,
            @Schema(examples = "Asia/Shanghai") @Size(max = 64) String timeZone,
            @Schema(examples = "zh-CN") @Size(max = 35) String locale,
            @Size(max = 3) List<Service> services,
            @Size(max = 200) List<Product> products,
            @Size(max = 2000) List<FreeSlot> slots,
            @Schema(description = "Hours before the appointment until which it can be moved or cancelled online.", minimum = "0", maximum = "168")
            int changeCutoffHours) {
    }

    @Schema(name = "CreateBookingRequest", description = "A booking by a customer, without a login.")
    public record CreateBookingRequest(
            @Schema(examples = "王芳") @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @Schema(examples = "138-1234-5678") @NotBlank @Size(max = 30)
            @Pattern(regexp = CustomerDtos.PHONE, message = "must be a phone number (digits, spaces, dashes, an optional leading +)") String phone,
            @Schema(description = "Where to come.", examples = "浙江省杭州市西湖区文三路 100 号") @NotBlank @Size(max = 500) String address,
            @NotNull Service service,
            @Schema(description = "The product, from the booking options.") UUID productId,
            @Size(max = 100) String serialNumber,
            @Schema(description = "What is needed or what is wrong.") @NotBlank @Size(max = 2000) String problem,
            @NotNull @Valid ServiceRequestDtos.Slot preferredSlot) {
    }

    @Schema(name = "BookingReceipt", requiredProperties = {"trackingCode", "number", "trackingUrl"})
    public record Receipt(
            @Schema(description = "Keep it: it is the only key to the booking (160 random bits).") @Size(max = 64) String trackingCode,
            @Schema(examples = "SR-000042") @Size(max = 20) String number,
            @Size(max = 500) String trackingUrl) {
    }

    @Schema(name = "BookingWorkSummary", description = "What the installer reports, for the customer to check before signing.")
    public record WorkSummary(@Size(max = 2000) String faultCause, @Size(max = 2000) String solution,
                              @Size(max = 100) List<@Size(max = 200) String> partsReplaced) {
    }

    @Schema(name = "BookingStatus", description = "A booking as the customer sees it on the tracking page.",
            requiredProperties = {"number", "tenantName", "tenantSlug", "stage", "service", "problem", "canConfirm", "canReschedule", "canCancel",
                    "canSignOff"})
    public record Status(
            @Size(max = 20) String number,
            @Size(max = 200) String tenantName,
            @Schema(description = "The tenant's booking page, for its options (e.g. free slots to reschedule to).") @Size(max = 63) String tenantSlug,
            Stage stage,
            Service service,
            @Size(max = 4000) String problem,
            ServiceRequestDtos.Slot preferredSlot,
            ServiceRequestDtos.Slot appointment,
            @Size(max = 201) String installerName,
            @Schema(description = "While the installer is on the way: when they should arrive (from the road distance at the tenant's "
                    + "average speed, set when they left).") OffsetDateTime eta,
            @Schema(description = "When the installer checked in on site.") OffsetDateTime arrivedAt,
            OffsetDateTime confirmedAt,
            @Schema(description = "When we promised to be on site by.") OffsetDateTime promisedBy,
            WorkSummary work,
            WorkOrderDtos.Ratings ratings,
            @Schema(description = "Until when the appointment can be moved or cancelled online.") OffsetDateTime changeDeadline,
            boolean canConfirm,
            boolean canReschedule,
            boolean canCancel,
            boolean canSignOff,
            @Schema(description = "The work order behind the request, once there is one.") UUID workOrderId,
            @Schema(description = "Whether the signed service report can be downloaded (after the customer signed off or refused to).")
            boolean hasServiceReport) {
    }

    @Schema(name = "MyProduct", description = "One of the customer's products: its warranty card and the visits that served it.",
            requiredProperties = {"id", "productName", "serialNumber", "underWarranty", "services"})
    public record MyProduct(
            UUID id,
            @Schema(examples = "空调 K-35") @Size(max = 200) String productName,
            @Size(max = 64) String serialNumber,
            @Schema(description = "The sales contract's number on the warranty card.") @Size(max = 64) String contractNumber,
            java.time.LocalDate installDate,
            java.time.LocalDate warrantyEnd,
            @Schema(description = "Whether today is on or before the warranty end.") boolean underWarranty,
            @Schema(description = "What the warranty covers.") @Size(max = 1000) String warrantyCovers,
            @Size(max = 200) List<io.aftercare.workorder.WorkOrderDtos.CustomerService> services) {
    }

    @Schema(name = "MyProducts", requiredProperties = "items")
    public record MyProducts(@Size(max = 100) List<MyProduct> items) {
    }

    @Schema(name = "MyVisits", requiredProperties = "items")
    public record MyVisits(@Size(max = 200) List<io.aftercare.workorder.WorkOrderDtos.CustomerService> items) {
    }

    @Schema(name = "CustomerRequestList", requiredProperties = "items")
    public record StatusList(@Size(max = 200) List<Status> items) {
    }

    @Schema(name = "RescheduleBookingRequest")
    public record RescheduleRequest(@NotNull @Valid ServiceRequestDtos.Slot slot) {
    }

    @Schema(name = "CancelBookingRequest")
    public record CancelRequest(@Size(max = 1000) String reason) {
    }

    @Schema(name = "BookingSignOffRequest", description = "The customer signs and rates the work, or refuses with a reason.")
    public record SignOffRequest(
            @Schema(description = "The signature as a base64 PNG.", maxLength = 700000) @Size(max = 700000) String signaturePng,
            @Valid WorkOrderDtos.Ratings ratings,
            @Size(max = 2000) String suggestions,
            Boolean refused,
            @Size(max = 1000) String refusalReason) {
    }

    // --- a signed-in customer's own account ---------------------------------------------------------------

    @Schema(name = "MyAddress", requiredProperties = {"id", "label", "address"})
    public record MyAddress(UUID id, @Size(max = 100) String label, @Size(max = 500) String address) {
    }

    @Schema(name = "MyBookingProduct", requiredProperties = {"id", "productName", "serialNumber", "underWarranty"})
    public record MyBookingProduct(UUID id, @Size(max = 200) String productName, @Size(max = 100) String serialNumber, boolean underWarranty) {
    }

    @Schema(name = "MyBookingOptions", description = "What a signed-in customer books from: their products and addresses, and the free slots.",
            requiredProperties = {"customerName", "timeZone", "services", "products", "addresses", "slots", "changeCutoffHours"})
    public record MyBookingOptions(
            @Size(max = 200) String customerName,
            @Size(max = 64) String timeZone,
            @Size(max = 3) List<Service> services,
            @Size(max = 100) List<MyBookingProduct> products,
            @Size(max = 200) List<MyAddress> addresses,
            @Size(max = 2000) List<FreeSlot> slots,
            @Schema(minimum = "0", maximum = "168") int changeCutoffHours) {
    }

    @Schema(name = "MyBookingRequest", description = "A visit booked by a signed-in customer: no name or phone to type, their product "
            + "and address chosen.")
    public record MyBookingRequest(
            @NotNull Service service,
            @Schema(description = "Which of their products; required for a repair or maintenance when they have any.") UUID productId,
            @Schema(description = "Which of their addresses; absent: the first.") UUID addressId,
            @NotNull @Valid ServiceRequestDtos.Slot slot,
            @Schema(description = "What is wrong, or anything the installer should know.") @NotBlank @Size(max = 2000) String problem) {
    }

    @Schema(name = "MyObjectionRequest", description = "The customer disagrees with how a request was handled.")
    public record ObjectionRequest(@NotBlank @Size(max = 4000) String description) {
    }

    @Schema(name = "MyComplaintRequest", description = "A complaint about the installer's conduct on one of the customer's visits.")
    public record ComplaintRequest(@NotNull ComplaintDtos.Category category, @NotBlank @Size(max = 4000) String description) {
    }

    @Schema(name = "MyFeedbackReceipt", description = "The number to quote when calling about it.", requiredProperties = "number")
    public record FeedbackReceipt(@Schema(examples = "OB-000012") @Size(max = 20) String number) {
    }

    @Schema(name = "MyProfile", requiredProperties = {"name", "phone", "contacts", "addresses", "version"})
    public record MyProfile(
            @Size(max = 200) String name,
            @Schema(description = "The phone on record; it is the login, so only staff change it.") @Size(max = 30) String phone,
            @Size(max = 254) String email,
            CustomerDtos.Language language,
            @Size(max = 200) List<CustomerDtos.ContactView> contacts,
            @Size(max = 200) List<CustomerDtos.SiteView> addresses,
            OffsetDateTime campaignOptOutAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "MyProfileRequest", description = "What a customer changes themselves: e-mail and language.")
    public record ProfileRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(format = "email") @Email @Size(max = 254) String email,
            CustomerDtos.Language language) {
    }
}
