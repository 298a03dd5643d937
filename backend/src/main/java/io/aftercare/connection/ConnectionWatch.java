package io.aftercare.connection;

import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.promise.Promises;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.tenancy.EveryTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plans' validity: tells the customer the tenant's days before a plan lapses, and cancels an application whose plan
 * lapsed before construction started (逾期注销). Safe with several replicas: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, and each step checks the state it changes.
 */
@ApplicationScoped
public class ConnectionWatch {

    private static final Logger LOG = Logger.getLogger(ConnectionWatch.class);
    private static final int BATCH = 500;
    private static final String WAITING = "status in ('PLAN_NOTIFIED', 'DESIGN_REVIEW', 'DESIGN_CHANGES_REQUIRED', 'DESIGN_APPROVED') "
            + "and construction_started_on is null";

    private final EntityManager db;
    private final EveryTenant everyTenant;
    private final ConnectionDeadlines deadlines;
    private final ConnectionRecords records;
    private final Notifications notifications;

    public ConnectionWatch(EntityManager db, EveryTenant everyTenant, ConnectionDeadlines deadlines, ConnectionRecords records,
                           Notifications notifications) {
        this.db = db;
        this.everyTenant = everyTenant;
        this.deadlines = deadlines;
        this.records = records;
        this.notifications = notifications;
    }

    /** What one pass did. */
    public record Pass(int warned, int expired) {
        Pass plus(Pass other) {
            return new Pass(warned + other.warned, expired + other.expired);
        }
    }

    @Scheduled(every = "${aftercare.connection.check-every}", delayed = "${aftercare.connection.check-delay:40s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Pass pass = check(OffsetDateTime.now(ZoneOffset.UTC));
        if (pass.warned() + pass.expired() > 0) {
            LOG.infof("Connection plans: %d customers warned, %d plans expired", pass.warned(), pass.expired());
        }
    }

    /** One pass over every tenant as of {@code now}, each tenant in its own transaction. */
    @ActivateRequestContext
    public Pass check(OffsetDateTime now) {
        return everyTenant.run("The connection plan check", () -> QuarkusTransaction.requiringNew().call(() -> checkTenant(now))).stream()
                .reduce(new Pass(0, 0), Pass::plus);
    }

    private Pass checkTenant(OffsetDateTime now) {
        SettingsDtos.ConnectionSettings rules = deadlines.rules();
        LocalDate today = now.atZoneSameInstant(deadlines.zone()).toLocalDate();
        int expired = 0;
        for (UUID id : claim("plan_valid_until < ?1", today)) {
            ConnectionApplication application = records.find(id);
            application.cancelReason = ConnectionDtos.CancelReason.PLAN_EXPIRED;
            application.cancelNote = "The plan expired on " + application.planValidUntil + " before construction started.";
            application.cancelledAt = now;
            Promises.cancel(application.promise);
            records.move(application, ConnectionDtos.Status.CANCELLED, "plan-expired", Map.of("validUntil", application.planValidUntil.toString()));
            notifications.toCustomer(application.customerId, "connection-expired:" + id, Template.CONNECTION_PLAN_EXPIRED, application.number,
                    application.planValidUntil.toString());
            expired++;
        }
        int warned = 0;
        for (UUID id : claim("plan_expiry_warned_at is null and plan_valid_until <= ?1", today.plusDays(rules.planExpiryWarningDays()))) {
            ConnectionApplication application = records.find(id);
            application.planExpiryWarnedAt = now;
            LocalDate askUntil = application.planValidUntil.minusDays(rules.extensionNoticeDays());
            records.record(application, "plan-expiry-warned", Map.of("validUntil", application.planValidUntil.toString(),
                    "extensionAskUntil", askUntil.toString()));
            notifications.toCustomer(application.customerId, "connection-expiring:" + id + ":" + application.planValidUntil,
                    Template.CONNECTION_PLAN_EXPIRING, application.number, application.planValidUntil.toString(), askUntil.toString());
            warned++;
        }
        return new Pass(warned, expired);
    }

    /** Applications still waiting for construction that meet {@code condition}, locked for this pass (others skip them). */
    @SuppressWarnings("unchecked")
    private List<UUID> claim(String condition, LocalDate day) {
        return db.createNativeQuery("select id from connection_application where " + WAITING + " and " + condition
                        + " order by plan_valid_until limit " + BATCH + " for update skip locked")
                .setParameter(1, day).getResultList();
    }
}
