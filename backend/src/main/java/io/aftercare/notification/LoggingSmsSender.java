package io.aftercare.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** SMS as log lines: Aftercare has no SMS provider yet, so a text is "sent" by writing it to the log. */
@ApplicationScoped
public class LoggingSmsSender implements NotificationSender {

    private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class);

    @Override
    public void send(Message message) {
        LOG.infof("SMS %s to %s: %s", message.id(), message.recipient(), message.body());
    }
}
