package io.aftercare.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** How the outbox is delivered: which e-mail transport, how often, and how failed tries are retried. */
@ConfigMapping(prefix = "aftercare.notifications")
public interface NotificationConfig {

    /** {@code mailer} sends through the SMTP server of {@code quarkus.mailer.*}; {@code log} only writes e-mail to the log. */
    @WithDefault("log")
    EmailTransport email();

    /** {@code http} sends SMS through the gateway of {@code aftercare.notifications.sms-gateway.*}; {@code log} only logs them. */
    @WithDefault("log")
    SmsTransport sms();

    /** The HTTP SMS gateway's settings. */
    SmsGatewayConfig smsGateway();

    /** How often each replica delivers due messages; {@code off} stops the job on this replica. */
    @WithDefault("5s")
    String deliverEvery();

    /** The wait after the first failed try; it doubles with each further failure. */
    @WithDefault("10s")
    Duration backoffInitial();

    /** The longest wait between two tries. */
    @WithDefault("15m")
    Duration backoffMax();

    /** Tries before a message is FAILED and waits for a manager to retry it. */
    @WithDefault("20")
    @Min(1)
    int maxAttempts();

    /** Messages per tenant per run, so that one tenant's backlog does not hold up the others. */
    @WithDefault("50")
    @Min(1)
    int batchSize();

    enum EmailTransport { MAILER, LOG }

    enum SmsTransport { HTTP, LOG }
}
