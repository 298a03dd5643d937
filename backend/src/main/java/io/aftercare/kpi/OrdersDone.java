package io.aftercare.kpi;

import io.aftercare.kpi.KpiSql.Bounds;
import io.aftercare.kpi.KpiSql.Pair;
import io.aftercare.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The indicators of the orders done (first-time fix, report-in, sign-off scores): settled days from the daily roll-ups
 * ({@link KpiRollups}), the days after them counted from the orders.
 */
@ApplicationScoped
public class OrdersDone {

    private final EntityManager db;
    private final SettingsService settings;
    private final KpiRollups rollups;

    public OrdersDone(EntityManager db, SettingsService settings, KpiRollups rollups) {
        this.db = db;
        this.settings = settings;
        this.rollups = rollups;
    }

    /** The orders done in each period, those with no rework linked, the sign-off scores, and the report-in figures. */
    record Done(Pair count, Pair fixedFirstTime, Pair reportInDue, Pair reportedInOnTime, Pair scoreSum, Pair scores) {

        static Done of(Object[] r) {
            return new Done(Pair.of(r[0], r[1]), Pair.of(r[2], r[3]), Pair.of(r[4], r[5]), Pair.of(r[6], r[7]), Pair.of(r[8], r[9]),
                    Pair.of(r[10], r[11]));
        }

        Done plus(Done other) {
            return new Done(count.plus(other.count), fixedFirstTime.plus(other.fixedFirstTime), reportInDue.plus(other.reportInDue),
                    reportedInOnTime.plus(other.reportedInOnTime), scoreSum.plus(other.scoreSum), scores.plus(other.scores));
        }
    }

    /**
     * The orders done: the settled days from the daily roll-ups (kept current by the orders' changes, counted again
     * here when stale), the rest (the days whose report-in may still be pending, or any day under a product filter,
     * which the roll-ups do not carry) counted from the orders.
     */
    Done read(Bounds b, KpiService.Filters f) {
        int minutes = settings.current().discipline().reportInMinutes();
        LocalDate settled = KpiRollups.settledBefore(b.zone(), minutes, Instant.now());
        LocalDate rolledTo = f.productId() != null || settled.isBefore(b.d0()) ? b.d0() : settled.isBefore(b.d2()) ? settled : b.d2();
        if (!rolledTo.isAfter(b.d0())) {
            return counted(b, f, minutes, null);
        }
        rollups.refresh(b.d0(), rolledTo, minutes);
        // every order of a settled day is past its report-in deadline: its orders done are the report-ins due
        Query q = KpiSql.query(db, """
                select sum(k.done) filter (where %1$s), sum(k.done) filter (where %2$s),
                       sum(k.fixed_first_time) filter (where %1$s), sum(k.fixed_first_time) filter (where %2$s),
                       sum(k.done) filter (where %1$s), sum(k.done) filter (where %2$s),
                       sum(k.reported_in_on_time) filter (where %1$s), sum(k.reported_in_on_time) filter (where %2$s),
                       sum(k.score_sum) filter (where %1$s), sum(k.score_sum) filter (where %2$s),
                       sum(k.scores) filter (where %1$s), sum(k.scores) filter (where %2$s)
                from kpi_day k
                where k.day >= :d0 and k.day < :rolledTo%3$s""".formatted(Bounds.dayNow("k.day"), Bounds.dayBefore("k.day"),
                // a roll-up row carries the installer, service point and type of its orders (never a product filter here)
                KpiSql.where(f, "k", "k.installer_id", null)),
                b, f);
        q.setParameter("rolledTo", rolledTo);
        Done rolled = Done.of((Object[]) q.getSingleResult());
        return rolled.plus(counted(b, f, minutes, KpiSql.start(rolledTo, b.zone())));
    }

    /** The orders done counted from the orders, from {@code countedFrom} on (null: the whole of both periods). */
    private Done counted(Bounds b, KpiService.Filters f, int minutes, OffsetDateTime countedFrom) {
        if (countedFrom != null && !countedFrom.isBefore(b.p2())) {
            return Done.of(new Object[12]);
        }
        String now = Bounds.now("w.work_done_at");
        String before = Bounds.before("w.work_done_at");
        String noRework = "not exists (select 1 from work_order x where x.tenant_id = w.tenant_id and x.rework_of_id = w.id)";
        String due = "w.work_done_at + make_interval(mins => :reportInMinutes) <= now()";
        String onTime = "exists (select 1 from work_order_event e where e.tenant_id = w.tenant_id and e.work_order_id = w.id "
                + "and e.action = 'reported-in' and e.occurred_at <= w.work_done_at + make_interval(mins => :reportInMinutes))";
        String signed = "(w.sign_off is not null and not coalesce((w.sign_off ->> 'refused')::boolean, false) and w.sign_off -> 'ratings' is not null)";
        String score = "((w.sign_off -> 'ratings' ->> 'attitude')::int + (w.sign_off -> 'ratings' ->> 'timeliness')::int "
                + "+ (w.sign_off -> 'ratings' ->> 'quality')::int)";
        String sql = """
                select count(*) filter (where %1$s), count(*) filter (where %2$s),
                       count(*) filter (where %1$s and %3$s), count(*) filter (where %2$s and %3$s),
                       count(*) filter (where %1$s and %4$s), count(*) filter (where %2$s and %4$s),
                       count(*) filter (where %1$s and %4$s and %5$s), count(*) filter (where %2$s and %4$s and %5$s),
                       sum(%7$s) filter (where %1$s and %6$s), sum(%7$s) filter (where %2$s and %6$s),
                       3 * count(*) filter (where %1$s and %6$s), 3 * count(*) filter (where %2$s and %6$s)
                from work_order w
                where %8$s and w.status <> 'CANCELLED'%9$s%10$s""".formatted(now, before, noRework, due, onTime, signed, score,
                Bounds.either("w.work_done_at"), countedFrom == null ? "" : " and w.work_done_at >= :countedFrom",
                KpiSql.where(f, "w", "w.lead_installer_id", "w.asset_ids"));
        Query q = KpiSql.query(db, sql, b, f);
        q.setParameter("reportInMinutes", minutes);
        if (countedFrom != null) {
            q.setParameter("countedFrom", countedFrom);
        }
        return Done.of((Object[]) q.getSingleResult());
    }
}
