package io.aftercare.notification;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalTime;
import java.time.OffsetDateTime;

/** One message to one recipient in the outbox; written with its event, delivered later by {@link NotificationDelivery}. */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(nullable = false)
    public String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationDtos.Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationDtos.Audience audience;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationDtos.Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** 0 for messages people wait for, 1 for campaign messages, which go after them. */
    @Column(nullable = false)
    public short priority;

    /** Local times (tenant's zone) between which the message is not sent; both null when it may go any time. */
    @Column(name = "quiet_from")
    public LocalTime quietFrom;

    @Column(name = "quiet_until")
    public LocalTime quietUntil;

    @Enumerated(EnumType.STRING)
    public NotificationDtos.Receipt receipt;

    @Column(name = "receipt_at")
    public OffsetDateTime receiptAt;

    /** A document the e-mail carries, made when it is sent ({@link AttachmentSource}): "kind:id:language". */
    public String attachment;
}
