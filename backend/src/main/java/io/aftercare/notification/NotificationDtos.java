package io.aftercare.notification;

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

    @Schema(name = "NotificationStatus", description = "PENDING until delivered (SENT); FAILED after the last retry.")
    public enum Status { PENDING, SENT, FAILED }

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
            OffsetDateTime sentAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.eventKey, n.template, n.channel, n.audience, n.recipient, n.subject, n.body, n.status,
                    n.attempts, n.nextAttemptAt, n.lastError, n.createdAt, n.sentAt);
        }
    }

    @Schema(name = "NotificationPage", requiredProperties = "items")
    public record NotificationPage(@Size(max = 200) List<NotificationView> items,
                                   @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                   @Size(max = 200) String nextCursor) {
    }
}
