package io.aftercare.promise;

import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.NativeValues;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The managers' view of promises: what is at risk or breached now, and the escalations the watch recorded. */
@ApplicationScoped
public class PromiseService {

    static final String ENTITY = "promise-breach";
    private static final int WATCH_LIMIT = 200;

    private final EntityManager db;
    private final CurrentUser caller;
    private final AuditLog audit;

    public PromiseService(EntityManager db, CurrentUser caller, AuditLog audit) {
        this.db = db;
        this.caller = caller;
        this.audit = audit;
    }

    /** Requests, orders, follow-ups and objections whose promise is in one of {@code statuses} and not met, soonest due first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public PromiseDtos.WatchList watchList(Set<PromiseDtos.PromiseStatus> statuses) {
        String[] wanted = statuses.stream().map(Enum::name).toArray(String[]::new);
        String columns = """
                t.id, t.number, (select c.name from customer c where c.tenant_id = t.tenant_id and c.id = t.customer_id),
                t.promise_kind, t.promise_status, t.promise_started_at, t.promise_due_at, t.promise_at_risk_at,
                t.promise_paused_at, t.promise_pause_reason, t.promise_met_at, t.promise_breached_at, t.promise_calendar_unknown_from""";
        StringBuilder sql = new StringBuilder();
        for (PromiseDtos.SubjectType type : PromiseDtos.SubjectType.values()) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("(select '").append(type.name()).append("' as subject_type, ").append(columns).append(" from ")
                    .append(table(type)).append(" t where t.promise_status = any(cast(?1 as text[])) and t.promise_met_at is null")
                    .append(" order by t.promise_due_at limit ").append(WATCH_LIMIT).append(")");
        }
        sql.append(" order by 8, 2 limit ").append(WATCH_LIMIT);
        List<Object[]> rows = db.createNativeQuery(sql.toString()).setParameter(1, wanted).getResultList();
        List<PromiseDtos.WatchItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            Integer unknownFrom = r[13] == null ? null : ((Number) r[13]).intValue();
            items.add(new PromiseDtos.WatchItem(PromiseDtos.SubjectType.valueOf((String) r[0]), (UUID) r[1], (String) r[2], (String) r[3],
                    new PromiseDtos.PromiseView(PromiseDtos.PromiseKind.valueOf((String) r[4]), PromiseDtos.PromiseStatus.valueOf((String) r[5]),
                            NativeValues.time(r[6]), NativeValues.time(r[7]), NativeValues.time(r[8]), NativeValues.time(r[9]),
                            r[10] == null ? null : PromiseDtos.PauseReason.valueOf((String) r[10]), NativeValues.time(r[11]), NativeValues.time(r[12]),
                            unknownFrom, PromiseDtos.calendarNote(unknownFrom))));
        }
        return new PromiseDtos.WatchList(items);
    }

    /** How many promises the watch shows as at risk (as {@link #watchList} selects them) and, for the manager, open escalations. */
    public record WatchCounts(long atRisk, long openBreaches) {
    }

    /** {@link WatchCounts} in one statement: not capped like the watch list. */
    @Transactional
    public WatchCounts watchCounts() {
        StringBuilder atRisk = new StringBuilder();
        for (PromiseDtos.SubjectType type : PromiseDtos.SubjectType.values()) {
            if (!atRisk.isEmpty()) {
                atRisk.append(" + ");
            }
            atRisk.append("(select count(*) from ").append(table(type))
                    .append(" t where t.promise_status = 'AT_RISK' and t.promise_met_at is null)");
        }
        Object[] row = (Object[]) db.createNativeQuery("select " + atRisk
                + ", (select count(*) from promise_breach b where b.acknowledged_at is null)").getSingleResult();
        return new WatchCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Newest first. */
    @Transactional
    public Keyset.Slice<PromiseDtos.BreachView> breaches(Boolean acknowledged, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (acknowledged != null) {
            query.and(acknowledged ? "acknowledgedAt is not null" : "acknowledgedAt is null");
        }
        List<PromiseBreach> rows = query.rows((where, params) -> PromiseBreach.find(where, params));
        return Keyset.slice(rows, query.limit(), b -> b.id, PromiseService::view);
    }

    @Transactional
    public PromiseDtos.BreachView acknowledge(UUID id) {
        PromiseBreach breach = PromiseBreach.<PromiseBreach>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The promise breach " + id));
        if (breach.acknowledgedAt == null) {
            PromiseDtos.BreachView before = view(breach);
            breach.acknowledgedAt = OffsetDateTime.now(ZoneOffset.UTC);
            breach.acknowledgedBy = caller.username();
            audit.record("promise-breach.acknowledged", ENTITY, id, before, view(breach));
        }
        return view(breach);
    }

    static String table(PromiseDtos.SubjectType type) {
        return switch (type) {
            case SERVICE_REQUEST -> "service_request";
            case WORK_ORDER -> "work_order";
            case FOLLOW_UP -> "follow_up";
            case OBJECTION -> "objection";
            case COMPLAINT -> "complaint";
            case CONNECTION_APPLICATION -> "connection_application";
        };
    }


    private static PromiseDtos.BreachView view(PromiseBreach b) {
        return new PromiseDtos.BreachView(b.id, b.subjectType, b.subjectId, b.subjectNumber, b.promiseKind, b.dueAt, b.breachedAt,
                b.acknowledgedAt, b.acknowledgedBy);
    }
}
