package io.aftercare.notification;

import io.aftercare.api.Keyset;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** What managers do with the outbox: see what went out or is stuck, and send a given-up message again. */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final CurrentUser caller;

    public NotificationService(CurrentUser caller) {
        this.caller = caller;
    }

    @Transactional
    public Keyset.Slice<NotificationDtos.NotificationView> list(NotificationDtos.Status status, NotificationDtos.Channel channel,
                                                                 NotificationDtos.Audience audience, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (channel != null) {
            query.and("channel = :channel", "channel", channel);
        }
        if (audience != null) {
            query.and("audience = :audience", "audience", audience);
        }
        List<Notification> rows = query.rows((where, params) -> Notification.find(where, params));
        return Keyset.slice(rows, query.limit(), n -> n.id, NotificationDtos.NotificationView::of);
    }

    /** A FAILED message goes back to PENDING, due now, with the full number of attempts again. */
    @Transactional
    public NotificationDtos.NotificationView retry(UUID id) {
        Notification notification = Notification.<Notification>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The notification " + id));
        if (notification.status != NotificationDtos.Status.FAILED) {
            throw new ProblemException(409, "notification-not-failed", "Only failed notifications are retried",
                    "Notification " + id + " is " + notification.status + "; only FAILED notifications can be retried.",
                    List.of(new FieldError("status", "is " + notification.status)));
        }
        notification.status = NotificationDtos.Status.PENDING;
        notification.attempts = 0;
        notification.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC);
        LOG.infof("Notification %s queued again by %s", id, caller.username());
        return NotificationDtos.NotificationView.of(notification);
    }
}
