package io.aftercare.kpi;

import io.aftercare.kpi.KpiSql.Bounds;
import io.aftercare.kpi.KpiSql.Pair;
import io.aftercare.kpi.OrdersDone.Done;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.aftercare.kpi.KpiSql.number;
import static io.aftercare.kpi.KpiSql.start;
import static io.aftercare.kpi.KpiSql.where;

/**
 * Computes the indicators {@link Kpi} defines, each over the period and the one before it in the same statement. One
 * grouped statement per source table, whatever the tenant's size; row-level security keeps them to the tenant.
 */
@ApplicationScoped
public class KpiService {

    /** The longest period a report covers: a year, and the year before it for the trend. */
    public static final int MAX_DAYS = 366;

    private final EntityManager db;
    private final TenantService tenants;
    private final OrdersDone ordersDone;

    public KpiService(EntityManager db, TenantService tenants, OrdersDone ordersDone) {
        this.db = db;
        this.tenants = tenants;
        this.ordersDone = ordersDone;
    }

    /** The order filters of a report; each may be null. */
    public record Filters(UUID installerId, UUID servicePointId, UUID productId, WorkOrderDtos.WorkOrderType type) {
    }

    @ReadOnly
    public KpiDtos.KpiReport report(LocalDate from, LocalDate to, Filters filters) {
        ZoneId zone = tenants.currentZone();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(days);
        Bounds bounds = new Bounds(zone, start(previousFrom, zone), start(from, zone), start(to.plusDays(1), zone),
                previousFrom, from, to.plusDays(1));
        List<KpiDtos.KpiFigure> figures = new ArrayList<>();
        requests(bounds, filters, figures);
        Done done = ordersDone.read(bounds, filters);
        figures.add(rate(Kpi.FIRST_TIME_FIX_RATE, done.fixedFirstTime(), done.count()));
        promises(bounds, filters, figures);
        arrivals(bounds, filters, figures);
        figures.add(filed(bounds, filters));
        figures.add(satisfaction(bounds, filters, done));
        figures.add(rework(bounds, filters, done));
        figures.add(complaints(bounds, filters, done));
        figures.add(rate(Kpi.REPORT_IN_COMPLIANCE, done.reportedInOnTime(), done.reportInDue()));
        money(bounds, filters, figures);
        figures.sort((a, b) -> a.kpi().compareTo(b.kpi()));
        return new KpiDtos.KpiReport(from, to, previousFrom, from.minusDays(1), zone.getId(),
                new KpiDtos.KpiFilters(filters.installerId(), filters.servicePointId(), filters.productId(), filters.type()), figures);
    }

    private static Double share(double part, double whole) {
        return whole == 0 ? null : round(100 * part / whole);
    }

    private static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Double nullable(Object value) {
        return value == null ? null : round(number(value));
    }

    private static KpiDtos.KpiFigure rate(Kpi kpi, Pair part, Pair whole) {
        return new KpiDtos.KpiFigure(kpi, kpi.unit(), share(part.now(), whole.now()), share(part.before(), whole.before()),
                (long) whole.now(), (long) part.now(), List.of());
    }

    private Query query(String sql, Bounds b, Filters f) {
        return KpiSql.query(db, sql, b, f);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Bounds b, Filters f) {
        return query(sql, b, f).getResultList();
    }

    private Object[] row(String sql, Bounds b, Filters f) {
        return (Object[]) query(sql, b, f).getSingleResult();
    }

    /** Requests by channel and category, and the phone resolution rate: one grouped statement. */
    private void requests(Bounds b, Filters f, List<KpiDtos.KpiFigure> figures) {
        List<Object[]> rows = rows("""
                select r.channel, r.category,
                       count(*) filter (where %1$s), count(*) filter (where %2$s),
                       count(*) filter (where %1$s and r.status = 'RESOLVED_BY_PHONE'),
                       count(*) filter (where %2$s and r.status = 'RESOLVED_BY_PHONE')
                from service_request r
                left join work_order w on w.tenant_id = r.tenant_id and w.id = r.work_order_id
                where %3$s%4$s
                group by r.channel, r.category""".formatted(Bounds.now("r.registered_at"), Bounds.before("r.registered_at"),
                Bounds.either("r.registered_at"), where(f, "w", "w.lead_installer_id", "array[r.asset_id]")), b, f);
        double now = 0;
        double before = 0;
        Map<String, double[]> channels = new LinkedHashMap<>();
        Map<String, double[]> categories = new LinkedHashMap<>();
        double phoneNow = 0;
        double phoneBefore = 0;
        double resolvedNow = 0;
        double resolvedBefore = 0;
        for (Object[] r : rows) {
            double n = number(r[2]);
            double p = number(r[3]);
            now += n;
            before += p;
            add(channels, (String) r[0], n, p);
            add(categories, (String) r[1], n, p);
            if ("PHONE".equals(r[0])) {
                phoneNow += n;
                phoneBefore += p;
                resolvedNow += number(r[4]);
                resolvedBefore += number(r[5]);
            }
        }
        List<KpiDtos.KpiPart> parts = new ArrayList<>(parts("channel", channels));
        parts.addAll(parts("category", categories));
        figures.add(new KpiDtos.KpiFigure(Kpi.REQUESTS, Kpi.REQUESTS.unit(), now, before, null, null, parts));
        figures.add(rate(Kpi.PHONE_RESOLUTION_RATE, new Pair(resolvedNow, resolvedBefore), new Pair(phoneNow, phoneBefore)));
    }

    private static void add(Map<String, double[]> parts, String key, double now, double before) {
        double[] sums = parts.computeIfAbsent(key, k -> new double[2]);
        sums[0] += now;
        sums[1] += before;
    }

    private static List<KpiDtos.KpiPart> parts(String dimension, Map<String, double[]> sums) {
        List<KpiDtos.KpiPart> parts = new ArrayList<>();
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(new KpiDtos.KpiPart(dimension, e.getKey(), round(e.getValue()[0]), round(e.getValue()[1]))));
        return parts;
    }

    /**
     * Promises decided in each period, by kind: the on-site promise of the requests not (yet) converted and of the
     * orders (a converted request hands its promise to its order), of follow-ups, objections and complaints, and the
     * supply-plan and design-review promises of connection applications.
     */
    private void promises(Bounds b, Filters f, List<KpiDtos.KpiFigure> figures) {
        String decided = "case s.promise_status when 'MET' then s.promise_met_at when 'BREACHED' then s.promise_breached_at end";
        StringBuilder union = new StringBuilder();
        String[][] sources = {
                {"service_request", "s.work_order_id is null", "null::uuid", "array[s.asset_id]"},
                {"work_order", "true", "s.id", null},
                {"follow_up", "true", "s.work_order_id", null},
                {"objection", "true", "s.work_order_id", null},
                {"complaint", "true", "s.work_order_id", null},
                {"connection_application", "true", "null::uuid", "cast('{}' as uuid[])"}};
        for (String[] source : sources) {
            if (!union.isEmpty()) {
                union.append(" union all ");
            }
            String installer = source[0].equals("complaint") ? "coalesce(s.installer_id, w.lead_installer_id)" : "w.lead_installer_id";
            union.append("""
                    select s.promise_kind as kind, s.promise_status as status, %1$s as decided_at
                    from %2$s s left join work_order w on w.tenant_id = s.tenant_id and w.id = %3$s
                    where ((s.promise_status = 'MET' and %5$s) or (s.promise_status = 'BREACHED' and %7$s)) and %4$s%6$s"""
                    .formatted(decided, source[0], source[2], source[1], Bounds.either("s.promise_met_at"),
                    where(f, "w", installer, source[3] == null ? "w.asset_ids" : source[3]), Bounds.either("s.promise_breached_at")));
        }
        List<Object[]> rows = rows("""
                select kind, count(*) filter (where %1$s and status = 'MET'), count(*) filter (where %1$s),
                       count(*) filter (where %2$s and status = 'MET'), count(*) filter (where %2$s)
                from (%3$s) p group by kind""".formatted(Bounds.now("decided_at"), Bounds.before("decided_at"), union), b, f);
        double metNow = 0;
        double allNow = 0;
        double metBefore = 0;
        double allBefore = 0;
        List<KpiDtos.KpiPart> parts = new ArrayList<>();
        rows.sort((x, y) -> ((String) x[0]).compareTo((String) y[0]));
        for (Object[] r : rows) {
            metNow += number(r[1]);
            allNow += number(r[2]);
            metBefore += number(r[3]);
            allBefore += number(r[4]);
            parts.add(new KpiDtos.KpiPart("promiseKind", (String) r[0], share(number(r[1]), number(r[2])), share(number(r[3]), number(r[4]))));
        }
        figures.add(new KpiDtos.KpiFigure(Kpi.PROMISE_COMPLIANCE, Kpi.PROMISE_COMPLIANCE.unit(), share(metNow, allNow),
                share(metBefore, allBefore), (long) allNow, (long) metNow, parts));
    }

    /** Registration: of the request the order came from, else of the order itself. */
    private static final String REGISTERED = "coalesce((select min(r.registered_at) from service_request r "
            + "where r.tenant_id = w.tenant_id and r.work_order_id = w.id), w.created_at)";

    private static String medianHours(String period, String at) {
        return "percentile_cont(0.5) within group (order by extract(epoch from (" + at + " - " + REGISTERED + ")) / 3600) filter (where "
                + period + ")";
    }

    /** Check-ins: how many were late, and the median time from registration to on site. */
    private void arrivals(Bounds b, Filters f, List<KpiDtos.KpiFigure> figures) {
        String now = Bounds.now("w.checked_in_at");
        String before = Bounds.before("w.checked_in_at");
        Object[] r = row("""
                select count(*) filter (where %1$s), count(*) filter (where %2$s),
                       count(*) filter (where %1$s and w.late), count(*) filter (where %2$s and w.late),
                       %3$s, %4$s
                from work_order w
                where %5$s%6$s""".formatted(now, before, medianHours(now, "w.checked_in_at"), medianHours(before, "w.checked_in_at"),
                Bounds.either("w.checked_in_at"), where(f, "w", "w.lead_installer_id", "w.asset_ids")), b, f);
        figures.add(rate(Kpi.LATE_ARRIVAL_RATE, Pair.of(r[2], r[3]), Pair.of(r[0], r[1])));
        figures.add(new KpiDtos.KpiFigure(Kpi.HOURS_TO_ON_SITE, Kpi.HOURS_TO_ON_SITE.unit(), nullable(r[4]), nullable(r[5]),
                (long) number(r[0]), null, List.of()));
    }

    /** Orders filed: the median time from registration to filing. */
    private KpiDtos.KpiFigure filed(Bounds b, Filters f) {
        String now = Bounds.now("e.occurred_at");
        String before = Bounds.before("e.occurred_at");
        Object[] r = row("""
                select count(*) filter (where %1$s), %3$s, %4$s
                from work_order_event e join work_order w on w.tenant_id = e.tenant_id and w.id = e.work_order_id
                where e.action = 'filed' and %5$s%6$s""".formatted(now, before, medianHours(now, "e.occurred_at"),
                medianHours(before, "e.occurred_at"), Bounds.either("e.occurred_at"),
                where(f, "w", "w.lead_installer_id", "w.asset_ids")), b, f);
        return new KpiDtos.KpiFigure(Kpi.HOURS_TO_FILED, Kpi.HOURS_TO_FILED.unit(), nullable(r[1]), nullable(r[2]),
                (long) number(r[0]), null, List.of());
    }

    /** The customers' scores: sign-off ratings of the orders done, and follow-up answers given, in each period. */
    private KpiDtos.KpiFigure satisfaction(Bounds b, Filters f, Done done) {
        String now = Bounds.now("u.completed_at");
        String before = Bounds.before("u.completed_at");
        String answered = "u.knows_usage is not null and u.meets_needs is not null and u.installer_attitude is not null";
        Object[] r = row("""
                select sum(u.knows_usage + u.meets_needs + u.installer_attitude) filter (where %1$s),
                       sum(u.knows_usage + u.meets_needs + u.installer_attitude) filter (where %2$s),
                       3 * count(*) filter (where %1$s), 3 * count(*) filter (where %2$s)
                from follow_up u left join work_order w on w.tenant_id = u.tenant_id and w.id = u.work_order_id
                where u.status = 'COMPLETED' and %3$s and %4$s%5$s""".formatted(now, before, answered, Bounds.either("u.completed_at"),
                where(f, "w", "w.lead_installer_id", "w.asset_ids")), b, f);
        Pair followUpSum = Pair.of(r[0], r[1]);
        Pair followUps = Pair.of(r[2], r[3]);
        List<KpiDtos.KpiPart> parts = List.of(
                new KpiDtos.KpiPart("source", "SIGN_OFF", mean(done.scoreSum().now(), done.scores().now()), mean(done.scoreSum().before(), done.scores().before())),
                new KpiDtos.KpiPart("source", "FOLLOW_UP", mean(followUpSum.now(), followUps.now()), mean(followUpSum.before(), followUps.before())));
        return new KpiDtos.KpiFigure(Kpi.SATISFACTION, Kpi.SATISFACTION.unit(),
                mean(done.scoreSum().now() + followUpSum.now(), done.scores().now() + followUps.now()),
                mean(done.scoreSum().before() + followUpSum.before(), done.scores().before() + followUps.before()),
                (long) (done.scores().now() + followUps.now()), null, parts);
    }

    private static Double mean(double sum, double count) {
        return count == 0 ? null : round(sum / count);
    }

    /** Rework orders registered in each period per order done, by attributed cause. */
    private KpiDtos.KpiFigure rework(Bounds b, Filters f, Done done) {
        List<Object[]> rows = rows("""
                select coalesce(w.rework_cause, 'UNATTRIBUTED'), count(*) filter (where %1$s), count(*) filter (where %2$s)
                from work_order w
                where w.rework_of_id is not null and %3$s%4$s
                group by 1""".formatted(Bounds.now("w.created_at"), Bounds.before("w.created_at"), Bounds.either("w.created_at"),
                where(f, "w", "w.lead_installer_id", "w.asset_ids")), b, f);
        Map<String, double[]> causes = new LinkedHashMap<>();
        double now = 0;
        double before = 0;
        for (Object[] r : rows) {
            add(causes, (String) r[0], number(r[1]), number(r[2]));
            now += number(r[1]);
            before += number(r[2]);
        }
        return new KpiDtos.KpiFigure(Kpi.REWORK_RATE, Kpi.REWORK_RATE.unit(), share(now, done.count().now()), share(before, done.count().before()),
                (long) done.count().now(), (long) now, parts("cause", causes));
    }

    /** Complaints decided as verified in each period, per 100 orders done. */
    private KpiDtos.KpiFigure complaints(Bounds b, Filters f, Done done) {
        Object[] r = row("""
                select count(*) filter (where %1$s), count(*) filter (where %2$s)
                from complaint c left join work_order w on w.tenant_id = c.tenant_id and w.id = c.work_order_id
                where c.verified and %3$s%4$s""".formatted(Bounds.now("c.decided_at"), Bounds.before("c.decided_at"),
                Bounds.either("c.decided_at"), where(f, "w", "coalesce(c.installer_id, w.lead_installer_id)", "w.asset_ids")), b, f);
        Pair verified = Pair.of(r[0], r[1]);
        return new KpiDtos.KpiFigure(Kpi.VERIFIED_COMPLAINTS_PER_100_ORDERS, Kpi.VERIFIED_COMPLAINTS_PER_100_ORDERS.unit(),
                share(verified.now(), done.count().now()), share(verified.before(), done.count().before()), (long) done.count().now(), (long) verified.now(),
                List.of());
    }

    /** Allowances, approved claims, fines and rewards; the product and order type filters do not apply to money. */
    private void money(Bounds b, Filters f, List<KpiDtos.KpiFigure> figures) {
        Filters people = new Filters(f.installerId(), f.servicePointId(), null, null);
        Object[] allowances = row("""
                select sum(a.total) filter (where %1$s), sum(a.total) filter (where %2$s)
                from trip_allowance a join trip t on t.tenant_id = a.tenant_id and t.id = a.trip_id
                where t.status = 'COMPLETED' and %3$s%4$s""".formatted(Bounds.dayNow("t.last_day"), Bounds.dayBefore("t.last_day"),
                Bounds.dayEither("t.last_day"), where(people, "t", "a.person_id", null)), b, people);
        figures.add(money(Kpi.ALLOWANCES, allowances[0], allowances[1], List.of()));
        Object[] claims = row("""
                select sum(coalesce(c.reimbursed, c.total)) filter (where %1$s), sum(coalesce(c.reimbursed, c.total)) filter (where %2$s)
                from expense_claim c join trip t on t.tenant_id = c.tenant_id and t.id = c.trip_id
                where c.status in ('APPROVED', 'PAID') and %3$s%4$s""".formatted(Bounds.dayNow("c.approved_on"),
                Bounds.dayBefore("c.approved_on"), Bounds.dayEither("c.approved_on"), where(people, "t", "c.person_id", null)), b, people);
        figures.add(money(Kpi.EXPENSE_CLAIMS, claims[0], claims[1], List.of()));
        Filters installer = new Filters(f.installerId(), null, null, null);
        List<Object[]> entries = rows("""
                select d.kind, sum(d.amount) filter (where %1$s), sum(d.amount) filter (where %2$s)
                from discipline_entry d
                where d.status = 'CONFIRMED' and d.kind in ('FINE', 'COST_CHARGE', 'REWARD') and %3$s%4$s
                group by d.kind""".formatted(Bounds.dayNow("d.occurred_on"), Bounds.dayBefore("d.occurred_on"),
                Bounds.dayEither("d.occurred_on"), where(installer, "d", "d.installer_id", null)), b, installer);
        Map<String, double[]> fines = new LinkedHashMap<>();
        double[] rewards = new double[2];
        for (Object[] r : entries) {
            if ("REWARD".equals(r[0])) {
                rewards[0] += number(r[1]);
                rewards[1] += number(r[2]);
            } else {
                add(fines, (String) r[0], number(r[1]), number(r[2]));
            }
        }
        double finesNow = fines.values().stream().mapToDouble(v -> v[0]).sum();
        double finesBefore = fines.values().stream().mapToDouble(v -> v[1]).sum();
        figures.add(money(Kpi.FINES, finesNow, finesBefore, parts("kind", fines)));
        figures.add(money(Kpi.REWARDS, rewards[0], rewards[1], List.of()));
    }

    private static KpiDtos.KpiFigure money(Kpi kpi, Object now, Object before, List<KpiDtos.KpiPart> parts) {
        return new KpiDtos.KpiFigure(kpi, kpi.unit(), round(number(now)), round(number(before)), null, null, parts);
    }
}
