package io.aftercare.notification;

import io.aftercare.tenancy.EveryTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Sends the outbox, tenant by tenant. Each message is claimed with {@code FOR UPDATE SKIP LOCKED}, sent while its
 * row stays locked, and marked in the same short transaction: another replica skips a row that is being sent and
 * finds it SENT afterwards, so a message goes out once however many replicas run. One transaction per message
 * (rather than per batch) keeps each lock to one send, keeps a failed message from touching the others, and means
 * a crash between a send and its commit can repeat that one message only. A provider that is down only delays
 * messages: they stay PENDING and are tried again with growing waits ({@link RetryPolicy}).
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);
    /** Enough of a provider's error for a manager to see what went wrong. */
    private static final int ERROR_LENGTH = 500;

    private enum Outcome { NONE_DUE, SENT, RETRY_LATER, FAILED }

    private final EveryTenant everyTenant;
    private final EntityManager db;
    private final NotificationSenders senders;
    private final RetryPolicy retries;
    private final int batchSize;

    public NotificationDelivery(EveryTenant everyTenant, EntityManager db, NotificationSenders senders, NotificationConfig config) {
        this.everyTenant = everyTenant;
        this.db = db;
        this.senders = senders;
        this.retries = RetryPolicy.of(config);
        this.batchSize = config.batchSize();
    }

    @Scheduled(identity = "notification-delivery", every = "${aftercare.notifications.deliver-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverOnSchedule() {
        deliverDue();
    }

    /** Sends what is due in every tenant, at most a batch per tenant; answers how many messages went out. */
    @ActivateRequestContext
    public int deliverDue() {
        return everyTenant.run("Delivering notifications", this::deliverBatch).stream().mapToInt(Integer::intValue).sum();
    }

    private int deliverBatch() {
        int sent = 0;
        for (int i = 0; i < batchSize; i++) {
            Outcome outcome = QuarkusTransaction.requiringNew().call(() -> deliverNext());
            if (outcome == Outcome.NONE_DUE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims the next due message of the current tenant that no other replica holds, sends it and records the outcome. */
    private Outcome deliverNext() {
        @SuppressWarnings("unchecked")
        List<Notification> due = db.createNativeQuery("""
                select * from notification
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at
                limit 1
                for update skip locked""", Notification.class).getResultList();
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        Notification notification = due.get(0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        notification.attempts++;
        try {
            senders.of(notification.channel).send(new NotificationSender.Message(notification.id, notification.recipient,
                    notification.subject, notification.body, notification.template));
        } catch (RuntimeException e) {
            return failed(notification, e, now);
        }
        notification.status = NotificationDtos.Status.SENT;
        notification.sentAt = now;
        notification.lastError = null;
        return Outcome.SENT;
    }

    private Outcome failed(Notification notification, RuntimeException error, OffsetDateTime now) {
        notification.lastError = describe(error);
        if (retries.givesUpAfter(notification.attempts)) {
            notification.status = NotificationDtos.Status.FAILED;
            LOG.warnf("Notification %s (%s) FAILED after %d attempts: %s", notification.id, notification.channel,
                    notification.attempts, notification.lastError);
            return Outcome.FAILED;
        }
        notification.nextAttemptAt = now.plus(retries.delayAfter(notification.attempts));
        LOG.infof("Notification %s (%s) not sent (attempt %d), next try at %s: %s", notification.id, notification.channel,
                notification.attempts, notification.nextAttemptAt, notification.lastError);
        return Outcome.RETRY_LATER;
    }

    /** The innermost cause says what happened (e.g. "ConnectException: Connection refused"). */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
