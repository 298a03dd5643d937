package io.aftercare.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "NotificationChannel")
    public enum Channel { SMS, EMAIL }

    @Schema(name = "NotificationAudience", description = "Who the message is for.")
    public enum Audience { CUSTOMER, INSTALLER, MANAGER, QUALITY_CONTACT }

    @Schema(name = "NotificationStatus", description = "PENDING until delivered (SENT); FAILED after the last retry; WITHDRAWN when "
            + "it is no longer to be sent (its campaign was cancelled or the customer opted out).")
    public enum Status { PENDING, SENT, FAILED, WITHDRAWN }

    @Schema(name = "DeliveryReceipt", description = "What the SMS gateway reported after sending: DELIVERED to the phone or UNDELIVERED.")
    public enum Receipt { DELIVERED, UNDELIVERED }

    @Schema(name = "Notification", requiredProperties = {"id", "eventKey", "template", "channel", "audience", "recipient", "subject",
            "body", "status", "attempts", "nextAttemptAt", "createdAt"})
    public record NotificationView(
            UUID id,
            @Schema(description = "The event it announces; one message per event, channel and recipient.") @Size(max = 300) String eventKey,
            @Size(max = 60) String template,
            Channel channel,
            Audience audience,
            @Schema(description = "A phone number or an e-mail address.") @Size(max = 320) String recipient,
            @Size(max = 300) String subject,
            @Size(max = 4000) String body,
            Status status,
            @Schema(minimum = "0", maximum = "1000") int attempts,
            OffsetDateTime nextAttemptAt,
            @Size(max = 1000) String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt,
            @Schema(description = "The gateway's delivery receipt, once it came.") Receipt receipt,
            OffsetDateTime receiptAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.eventKey, n.template, n.channel, n.audience, n.recipient, n.subject, n.body, n.status,
                    n.attempts, n.nextAttemptAt, n.lastError, n.createdAt, n.sentAt, n.receipt, n.receiptAt);
        }
    }

    @Schema(name = "NotificationPage", requiredProperties = "items")
    public record NotificationPage(@Size(max = 200) List<NotificationView> items,
                                   @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                   @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "DeliveryReceiptRequest", description = "One message's fate as the gateway reports it.")
    public record ReceiptRequest(
            @Schema(description = "The messageId we sent the gateway.", examples = "0193a0c2-0000-7000-8000-000000000001:0193a0c2-0000-7000-8000-00000000beef")
            @NotBlank @Size(max = 100) String messageId,
            @NotNull Receipt status,
            @Schema(description = "When the phone took it (or the gateway gave up); absent: now.") OffsetDateTime at) {
    }

    @Schema(name = "DeliveryReceiptBatch")
    public record ReceiptBatch(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ReceiptRequest> receipts) {
    }

    @Schema(name = "DeliveryReceiptsRecorded", requiredProperties = {"recorded", "skipped"})
    public record ReceiptsRecorded(
            @Schema(description = "Receipts recorded on their message.", minimum = "0", maximum = "1000") int recorded,
            @Schema(description = "Receipts for an unknown message, or for one that had its receipt already.", minimum = "0", maximum = "1000")
            int skipped) {
    }
}
