package io.aftercare.notification;

import io.aftercare.tenancy.EveryTenant;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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

    private enum Outcome { NONE_DUE, SENT, RETRY_LATER, FAILED, QUIET }

    private final EveryTenant everyTenant;
    private final TenantContext tenants;
    private final Instance<AttachmentSource> attachments;
    private final EntityManager db;
    private final NotificationSenders senders;
    private final RetryPolicy retries;
    private final int batchSize;

    public NotificationDelivery(EveryTenant everyTenant, TenantContext tenants, EntityManager db, NotificationSenders senders,
                                NotificationConfig config, Instance<AttachmentSource> attachments) {
        this.everyTenant = everyTenant;
        this.tenants = tenants;
        this.attachments = attachments;
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

    /** Sends what is due in one tenant, at most a batch (a tenant's own resend, and tests that watch one tenant). */
    @ActivateRequestContext
    public int deliverDue(UUID tenant) {
        return tenants.runAs(tenant, this::deliverBatch);
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
            if (outcome == Outcome.QUIET) {
                i--; // deferring a quiet-hours group sends nothing: the batch is for messages that go out
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
                order by priority, next_attempt_at
                limit 1
                for update skip locked""", Notification.class).getResultList();
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        Notification notification = due.get(0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        QuietHours quiet = QuietHours.of(notification.quietFrom, notification.quietUntil);
        if (quiet != null) {
            ZoneId zone = tenantZone();
            if (quiet.covers(now.atZoneSameInstant(zone).toLocalTime())) {
                deferQuietGroup(quiet, quiet.endAfter(now, zone));
                return Outcome.QUIET;
            }
        }
        notification.attempts++;
        try {
            senders.of(notification.channel).send(new NotificationSender.Message(notification.id, notification.recipient,
                    notification.subject, notification.body, notification.template, notification.tenantId + ":" + notification.id,
                    attachment(notification)));
        } catch (RuntimeException e) {
            return failed(notification, e, now);
        }
        notification.status = NotificationDtos.Status.SENT;
        notification.sentAt = now;
        notification.lastError = null;
        return Outcome.SENT;
    }

    /** The document an e-mail carries, made now; a kind no source makes, or a document whose subject is gone, is left out. */
    private NotificationSender.Attachment attachment(Notification notification) {
        if (notification.attachment == null || notification.channel != NotificationDtos.Channel.EMAIL) {
            return null;
        }
        String[] ref = notification.attachment.split(":", 3);
        if (ref.length < 3) {
            return null;
        }
        return attachments.stream().filter(s -> s.kind().equals(ref[0])).findFirst()
                .flatMap(s -> s.make(ref[1], ref[2])).orElse(null);
    }

    /** Every pending message of the same quiet hours waits until they end, in one statement rather than one row per tick. */
    private void deferQuietGroup(QuietHours quiet, OffsetDateTime until) {
        db.createNativeQuery("""
                        update notification set next_attempt_at = ?3
                        where status = 'PENDING' and quiet_from = ?1 and quiet_until = ?2 and next_attempt_at < ?3""")
                .setParameter(1, quiet.from()).setParameter(2, quiet.until()).setParameter(3, until).executeUpdate();
    }

    private ZoneId tenantZone() {
        return ZoneId.of((String) db.createNativeQuery("select time_zone from tenant where id = cast(current_setting('app.tenant_id') as uuid)")
                .getSingleResult());
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
