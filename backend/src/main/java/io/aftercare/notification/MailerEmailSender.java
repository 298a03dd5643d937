package io.aftercare.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * E-mail through the SMTP server of {@code quarkus.mailer.*}. The blocking mailer returns once the server has
 * accepted the message, and throws when it refuses or cannot be reached within {@code quarkus.mailer.timeout}.
 */
@ApplicationScoped
public class MailerEmailSender implements NotificationSender {

    /** Names the outbox row in every message, so a duplicate can be recognised downstream. */
    static final String ID_HEADER = "X-Aftercare-Notification-Id";

    private final Mailer mailer;

    public MailerEmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(Message message) {
        Mail mail = Mail.withText(message.recipient(), message.subject(), message.body()).addHeader(ID_HEADER, message.id().toString());
        if (message.attachment() != null) {
            mail.addAttachment(message.attachment().fileName(), message.attachment().content(), message.attachment().contentType());
        }
        mailer.send(mail);
    }
}
