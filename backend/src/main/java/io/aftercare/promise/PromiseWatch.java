package io.aftercare.promise;

import io.aftercare.api.Ids;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.persistence.NativeValues;
import io.aftercare.tenancy.EveryTenant;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The promise job: marks promises AT_RISK once the tenant's share of their time has elapsed, and BREACHED once due;
 * each breach is recorded and escalated to the managers (an objection is marked escalated too). Safe with several
 * replicas: rows are claimed with {@code FOR UPDATE SKIP LOCKED} and change state in the same statement, so a
 * promise is marked, recorded and announced by exactly one of them.
 */
@ApplicationScoped
public class PromiseWatch {

    private static final Logger LOG = Logger.getLogger(PromiseWatch.class);
    private static final int BATCH = 200;

    private final EntityManager db;
    private final EveryTenant everyTenant;
    private final Notifications notifications;

    private final Timer passes;

    public PromiseWatch(EntityManager db, EveryTenant everyTenant, Notifications notifications, MeterRegistry metrics) {
        this.db = db;
        this.everyTenant = everyTenant;
        this.notifications = notifications;
        this.passes = Timer.builder("aftercare.promises.pass")
                .description("One scheduled pass of the promise watch over every tenant").register(metrics);
    }

    /** What one pass changed. */
    public record Pass(int atRisk, int breached) {
        Pass plus(Pass other) {
            return new Pass(atRisk + other.atRisk, breached + other.breached);
        }
    }

    @Scheduled(every = "${aftercare.promises.check-every:60s}", delayed = "${aftercare.promises.check-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Pass pass = passes.record(() -> check(OffsetDateTime.now(ZoneOffset.UTC)));
        if (pass.atRisk() + pass.breached() > 0) {
            LOG.infof("Promises: %d now at risk, %d breached", pass.atRisk(), pass.breached());
        }
    }

    /** One pass over every tenant, as of {@code now}; each tenant in its own transaction. */
    @ActivateRequestContext
    public Pass check(OffsetDateTime now) {
        return everyTenant.run("The promise check", () -> QuarkusTransaction.requiringNew().call(() -> checkTenant(now))).stream()
                .reduce(new Pass(0, 0), Pass::plus);
    }

    private Pass checkTenant(OffsetDateTime now) {
        int atRisk = 0;
        int breached = 0;
        for (PromiseDtos.SubjectType type : PromiseDtos.SubjectType.values()) {
            String table = PromiseService.table(type);
            atRisk += db.createNativeQuery("""
                            update %1$s set promise_status = 'AT_RISK'
                            where (tenant_id, id) in (select tenant_id, id from %1$s
                                                      where promise_status = 'ON_TRACK' and promise_at_risk_at <= ?1
                                                      order by promise_at_risk_at limit %2$d for update skip locked)"""
                            .formatted(table, BATCH))
                    .setParameter(1, now).executeUpdate();
            for (Object row : breach(type, table, now)) {
                Object[] r = (Object[]) row;
                recordBreach(type, (UUID) r[0], (String) r[1], PromiseDtos.PromiseKind.valueOf((String) r[2]),
                        NativeValues.time(r[3]), (String) r[4], now);
                breached++;
            }
        }
        return new Pass(atRisk, breached);
    }

    @SuppressWarnings("unchecked")
    private List<Object> breach(PromiseDtos.SubjectType type, String table, OffsetDateTime now) {
        String escalate = type == PromiseDtos.SubjectType.OBJECTION ? ", escalated_at = ?1" : "";
        return db.createNativeQuery("""
                        update %1$s t set promise_status = 'BREACHED', promise_breached_at = ?1 %3$s
                        where (tenant_id, id) in (select tenant_id, id from %1$s
                                                  where promise_status in ('ON_TRACK', 'AT_RISK') and promise_due_at <= ?1
                                                  order by promise_due_at limit %2$d for update skip locked)
                        returning t.id, t.number, t.promise_kind, t.promise_due_at,
                                  (select c.name from customer c where c.tenant_id = t.tenant_id and c.id = t.customer_id)"""
                        .formatted(table, BATCH, escalate))
                .setParameter(1, now).getResultList();
    }

    private void recordBreach(PromiseDtos.SubjectType type, UUID id, String number, PromiseDtos.PromiseKind kind, OffsetDateTime dueAt,
                              String customerName, OffsetDateTime now) {
        int inserted = db.createNativeQuery("""
                        insert into promise_breach (tenant_id, id, subject_type, subject_id, subject_number, promise_kind, due_at, breached_at)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (tenant_id, subject_type, subject_id, promise_kind) do nothing""")
                .setParameter(1, Ids.newId()).setParameter(2, type.name()).setParameter(3, id).setParameter(4, number)
                .setParameter(5, kind.name()).setParameter(6, dueAt).setParameter(7, now).executeUpdate();
        if (inserted == 0) {
            return;
        }
        String eventKey = "promise-breached:" + type + ":" + id + ":" + kind;
        if (type == PromiseDtos.SubjectType.OBJECTION) {
            notifications.toManagers(eventKey, Template.OBJECTION_ESCALATED, number, customerName == null ? "" : customerName,
                    notifications.when(dueAt));
        } else {
            notifications.toManagers(eventKey, Template.PROMISE_BREACHED, number, kind.name(), notifications.when(dueAt));
        }
    }
}
