package io.aftercare.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** SMS as log lines, for development and machines without a gateway (aftercare.notifications.sms=log). */
@ApplicationScoped
public class LoggingSmsSender implements NotificationSender {

    private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class);

    @Override
    public void send(Message message) {
        LOG.infof("SMS %s to %s: %s", message.id(), message.recipient(), message.body());
    }
}
