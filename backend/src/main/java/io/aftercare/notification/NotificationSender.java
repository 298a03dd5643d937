package io.aftercare.notification;

import java.util.UUID;

/**
 * A provider that takes messages of one channel (an SMS gateway, an SMTP server). {@link #send} returns only once
 * the provider has accepted the message and throws otherwise; {@link NotificationDelivery} then tries again later.
 */
public interface NotificationSender {

    void send(Message message);

    /**
     * What a provider needs of an outbox row; {@code id} lets a provider or a log line name the row, {@code template}
     * (the message's kind) lets a gateway pick its approved template, and {@code reference} is what a gateway echoes in
     * its delivery receipt (the tenant and the row, so a receipt finds its row before any tenant is known).
     */
    record Message(UUID id, String recipient, String subject, String body, String template, String reference, Attachment attachment) {

        public Message(UUID id, String recipient, String subject, String body, String template) {
            this(id, recipient, subject, body, template, id.toString(), null);
        }

        public Message(UUID id, String recipient, String subject, String body) {
            this(id, recipient, subject, body, null);
        }
    }

    /** A document sent along with an e-mail. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
