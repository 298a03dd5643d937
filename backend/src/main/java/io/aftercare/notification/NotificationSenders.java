package io.aftercare.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.EnumMap;
import java.util.Map;

/**
 * The provider of each channel, chosen once at start: SMS goes to the HTTP gateway or the log as
 * {@code aftercare.notifications.sms} says, e-mail through the mailer or the log as {@code aftercare.notifications.email}
 * says. A provider is looked up only when chosen, so a machine without its settings never builds it.
 */
@ApplicationScoped
public class NotificationSenders {

    private final Map<NotificationDtos.Channel, NotificationSender> byChannel = new EnumMap<>(NotificationDtos.Channel.class);

    public NotificationSenders(NotificationConfig config, LoggingSmsSender loggedSms, Instance<HttpSmsSender> gatewaySms,
                               LoggingEmailSender loggedEmail, Instance<MailerEmailSender> mailedEmail) {
        byChannel.put(NotificationDtos.Channel.SMS, config.sms() == NotificationConfig.SmsTransport.HTTP ? gatewaySms.get() : loggedSms);
        byChannel.put(NotificationDtos.Channel.EMAIL,
                config.email() == NotificationConfig.EmailTransport.MAILER ? mailedEmail.get() : loggedEmail);
    }

    NotificationSender of(NotificationDtos.Channel channel) {
        return byChannel.get(channel);
    }
}
