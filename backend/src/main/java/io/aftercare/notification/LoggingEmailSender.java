package io.aftercare.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** E-mail as log lines, for machines without an SMTP server ({@code aftercare.notifications.email=log}). */
@ApplicationScoped
public class LoggingEmailSender implements NotificationSender {

    private static final Logger LOG = Logger.getLogger(LoggingEmailSender.class);

    @Override
    public void send(Message message) {
        LOG.infof("E-mail %s to %s: %s — %s", message.id(), message.recipient(), message.subject(), message.body());
    }
}
