package io.aftercare.campaign;

import io.aftercare.booking.BookingDtos;
import io.aftercare.notification.NotificationDtos;
import io.aftercare.servicerequest.ServiceRequestDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class CampaignDtos {

    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    static final String TIME_MESSAGE = "a time of day, HH:mm";
    static final String TOKEN = "^[0-9a-f]{32}$";

    private CampaignDtos() {
    }

    @Schema(name = "CampaignKind", description = """
            MAINTENANCE: free check-ups announced to a segment the manager picks. RECENT_INSTALLATIONS: the built-in campaign to \
            customers installed within the tenant's "recently installed" months (the usage-call setting), unless the segment \
            says otherwise.""")
    public enum Kind { MAINTENANCE, RECENT_INSTALLATIONS }

    @Schema(name = "CampaignStatus", description = "DRAFT can be edited and launched; LAUNCHED is sending or sent; CANCELLED stopped "
            + "sending what had not gone out.")
    public enum Status { DRAFT, LAUNCHED, CANCELLED }

    @Schema(name = "CampaignRecipientStatus", description = "MESSAGED: a message was written for the customer; OPTED_OUT: the customer "
            + "opted out of campaigns and was sent nothing; UNREACHABLE: no phone or e-mail for the campaign's channel.")
    public enum RecipientStatus { MESSAGED, OPTED_OUT, UNREACHABLE }

    @Schema(name = "CampaignStage", description = "How far a customer got: SENT, DELIVERED (the gateway's receipt), OPENED the link, "
            + "BOOKED a visit, DONE (the visit's work is done); FAILED: the message could not be sent.")
    public enum Stage { PENDING, SENT, DELIVERED, OPENED, BOOKED, DONE, FAILED, OPTED_OUT, UNREACHABLE }

    @Schema(name = "CampaignSegment", description = "Customers with at least one product on record that match every criterion given; "
            + "criteria left out do not narrow the segment.")
    public record Segment(
            @Schema(description = "Installed within the last N months.", minimum = "1", maximum = "120") @Min(1) @Max(120) Integer installedWithinMonths,
            @Schema(description = "Owns this catalogue product.") UUID productId,
            @Schema(description = "A product's warranty ends within the next N days.", minimum = "1", maximum = "730") @Min(1) @Max(730)
            Integer warrantyEndingWithinDays,
            @Schema(description = "Was served by this service point.") UUID servicePointId,
            @Schema(description = "No work done for the customer in the last N months.", minimum = "1", maximum = "120") @Min(1) @Max(120)
            Integer notServicedForMonths) {

        static final Segment EVERYONE = new Segment(null, null, null, null, null);
    }

    @Schema(name = "CampaignRequest", description = """
            A campaign's definition. Messages may use {name} (the customer's name), {link} (their personal booking link), \
            {from} and {until} (the visit dates) and {company} (the tenant's name); {link} is required.""")
    public record CampaignRequest(
            @Schema(examples = "冬季免费保养月") @NotBlank @Size(max = 120) String name,
            @NotNull Kind kind,
            @NotNull NotificationDtos.Channel channel,
            @Valid Segment segment,
            @Schema(description = "The message in Chinese; left out: the built-in text.", examples = "{name}您好，{company}{from}至{until}提供免费保养，点此预约：{link}")
            @Size(min = 1, max = 500) String messageZh,
            @Schema(description = "The message in English; left out: the built-in text.") @Size(min = 1, max = 500) String messageEn,
            @Schema(description = "First day customers may book a visit.") @NotNull LocalDate visitsFrom,
            @Schema(description = "Last day customers may book a visit.") @NotNull LocalDate visitsUntil,
            @Schema(description = "Campaign bookings a slot takes at most.", minimum = "1", maximum = "1000") @NotNull @Min(1) @Max(1000) Integer slotCapacity,
            @Schema(description = "No message goes out from this local time…", examples = "21:00", maxLength = 5)
            @Pattern(regexp = TIME, message = TIME_MESSAGE) String quietFrom,
            @Schema(description = "…until this one (may be past midnight).", examples = "08:00", maxLength = 5)
            @Pattern(regexp = TIME, message = TIME_MESSAGE) String quietUntil,
            @Schema(description = "Send from this moment on; left out: as soon as it is launched.") OffsetDateTime sendAt,
            @Schema(description = "Required when changing a draft: the version it was read at.", minimum = "0", maximum = "2147483647")
            Integer version) {
    }

    @Schema(name = "CampaignAudience", description = "Who a segment reaches today.", requiredProperties = {"customers", "optedOut", "unreachable"})
    public record Audience(
            @Schema(description = "Customers in the segment who will be sent a message.", minimum = "0", maximum = "100000000") long customers,
            @Schema(description = "In the segment but opted out of campaigns.", minimum = "0", maximum = "100000000") long optedOut,
            @Schema(description = "In the segment without a phone or e-mail for the channel.", minimum = "0", maximum = "100000000") long unreachable) {
    }

    @Schema(name = "CampaignAudienceRequest")
    public record AudienceRequest(@NotNull NotificationDtos.Channel channel, @Valid Segment segment) {
    }

    @Schema(name = "CampaignFunnel", description = "Counts at each step of the customers' path; each step counts the customers who "
            + "reached it or a later one.", requiredProperties = {"recipients", "optedOut", "unreachable", "messaged", "pending", "sent",
            "failed", "delivered", "opened", "booked", "done"})
    public record Funnel(
            @Schema(minimum = "0", maximum = "100000000") long recipients,
            @Schema(minimum = "0", maximum = "100000000") long optedOut,
            @Schema(minimum = "0", maximum = "100000000") long unreachable,
            @Schema(minimum = "0", maximum = "100000000") long messaged,
            @Schema(description = "Messages waiting to go out (queued, or held by quiet hours or the send time).", minimum = "0",
                    maximum = "100000000") long pending,
            @Schema(minimum = "0", maximum = "100000000") long sent,
            @Schema(minimum = "0", maximum = "100000000") long failed,
            @Schema(minimum = "0", maximum = "100000000") long delivered,
            @Schema(minimum = "0", maximum = "100000000") long opened,
            @Schema(minimum = "0", maximum = "100000000") long booked,
            @Schema(minimum = "0", maximum = "100000000") long done) {

        static final Funnel EMPTY = new Funnel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Schema(name = "Campaign", requiredProperties = {"id", "number", "name", "kind", "channel", "segment", "messageZh", "messageEn",
            "visitsFrom", "visitsUntil", "slotCapacity", "status", "funnel", "createdAt", "createdBy", "version"})
    public record CampaignView(
            UUID id,
            @Schema(examples = "MC-000001") @Size(max = 20) String number,
            @Size(max = 120) String name,
            Kind kind,
            NotificationDtos.Channel channel,
            Segment segment,
            @Schema(description = "The segment's product, by name.") @Size(max = 200) String productName,
            @Schema(description = "The segment's service point, by name.") @Size(max = 200) String servicePointName,
            @Size(max = 500) String messageZh,
            @Size(max = 500) String messageEn,
            LocalDate visitsFrom,
            LocalDate visitsUntil,
            @Schema(minimum = "1", maximum = "1000") int slotCapacity,
            @Schema(maxLength = 5) String quietFrom,
            @Schema(maxLength = 5) String quietUntil,
            OffsetDateTime sendAt,
            Status status,
            @Schema(description = "A draft's audience today; absent once launched (the funnel says who was reached).") Audience audience,
            Funnel funnel,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy,
            OffsetDateTime launchedAt,
            @Size(max = 255) String launchedBy,
            OffsetDateTime cancelledAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "CampaignPage", requiredProperties = "items")
    public record CampaignPage(@Size(max = 200) List<CampaignView> items,
                               @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                               @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CampaignVersion")
    public record VersionRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull Integer version) {
    }

    @Schema(name = "CampaignRecipient", description = "One customer's path through the campaign.",
            requiredProperties = {"id", "customerId", "customerName", "status", "stage", "language"})
    public record RecipientView(
            UUID id,
            UUID customerId,
            @Size(max = 200) String customerName,
            RecipientStatus status,
            @Schema(description = "The furthest step reached.") Stage stage,
            @Schema(examples = "zh-CN", maxLength = 5) String language,
            OffsetDateTime sentAt,
            OffsetDateTime deliveredAt,
            OffsetDateTime openedAt,
            OffsetDateTime bookedAt,
            OffsetDateTime bookedSlotStart,
            @Schema(description = "The booking's request number.", examples = "SR-000031") @Size(max = 20) String requestNumber,
            OffsetDateTime doneAt,
            OffsetDateTime optedOutAt) {
    }

    @Schema(name = "CampaignRecipientPage", requiredProperties = "items")
    public record RecipientPage(@Size(max = 200) List<RecipientView> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CampaignOptOutRequest", description = "A customer who asked not to be sent campaigns (by phone, letter or visit).")
    public record OptOutRequest(@NotNull UUID customerId) {
    }

    @Schema(name = "CampaignOptOut", requiredProperties = {"customerId", "optedOutAt", "withdrawn"})
    public record OptOut(UUID customerId, OffsetDateTime optedOutAt,
                         @Schema(description = "Campaign messages that had not gone out and were withdrawn.", minimum = "0", maximum = "100000")
                         int withdrawn) {
    }

    // --- the personal link -------------------------------------------------------------------------------

    @Schema(name = "CampaignLinkProduct", requiredProperties = {"assetId", "productName"})
    public record LinkProduct(UUID assetId, @Size(max = 200) String productName, LocalDate installDate, LocalDate warrantyEnd) {
    }

    @Schema(name = "CampaignLinkSite", requiredProperties = {"id", "label", "address"})
    public record LinkSite(UUID id, @Size(max = 100) String label, @Size(max = 500) String address) {
    }

    @Schema(name = "CampaignLinkBooking", description = "The visit booked through this link.", requiredProperties = {"requestNumber", "slot"})
    public record LinkBooking(@Size(max = 20) String requestNumber, ServiceRequestDtos.Slot slot) {
    }

    @Schema(name = "CampaignLink", description = "What a customer's personal booking link shows.", requiredProperties = {"tenantName",
            "tenantSlug", "timeZone", "campaignName", "customerName", "language", "visitsFrom", "visitsUntil", "open", "optedOut",
            "products", "sites", "slots"})
    public record LinkView(
            @Size(max = 200) String tenantName,
            @Size(max = 40) String tenantSlug,
            @Size(max = 64) String timeZone,
            @Size(max = 120) String campaignName,
            @Size(max = 200) String customerName,
            @Schema(description = "The customer's language.", examples = "zh-CN", maxLength = 5) String language,
            LocalDate visitsFrom,
            LocalDate visitsUntil,
            @Schema(description = "Visits can still be booked (launched, not cancelled, not past the last day).") boolean open,
            boolean optedOut,
            LinkBooking booking,
            @Size(max = 100) List<LinkProduct> products,
            @Size(max = 20) List<LinkSite> sites,
            @Schema(description = "Slots with room for a campaign visit; `free` is the room left.") @Size(max = 2000) List<BookingDtos.FreeSlot> slots) {
    }

    @Schema(name = "CampaignLinkBookingRequest")
    public record LinkBookingRequest(
            @NotNull @Valid ServiceRequestDtos.Slot slot,
            @Schema(description = "The product to look at; left out: all of them.") UUID assetId,
            @Schema(description = "Where to visit; left out: the customer's first address.") UUID siteId,
            @Schema(description = "Anything the installer should know.") @Size(max = 1000) String note) {
    }

    @Schema(name = "CampaignLinkBooked", requiredProperties = {"requestNumber", "trackingCode", "trackingUrl", "slot"})
    public record LinkBooked(@Size(max = 20) String requestNumber,
                             @Size(max = 64) String trackingCode,
                             @Size(max = 500) String trackingUrl,
                             ServiceRequestDtos.Slot slot) {
    }
}
