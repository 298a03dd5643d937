package io.aftercare.kpi;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the indicators' statements share: a period's bounds, figures in pairs, and the filters' predicates and parameters. */
final class KpiSql {

    private KpiSql() {
    }

    /** A period's bounds in the tenant's time zone: the previous period starts at p0, the period at p1, and it ends at p2. */
    record Bounds(ZoneId zone, OffsetDateTime p0, OffsetDateTime p1, OffsetDateTime p2, LocalDate d0, LocalDate d1, LocalDate d2) {

        /** The predicates on an instant column: within the period, within the previous one, within either. */
        static String now(String column) {
            return "(" + column + " >= :p1 and " + column + " < :p2)";
        }

        static String before(String column) {
            return "(" + column + " >= :p0 and " + column + " < :p1)";
        }

        static String either(String column) {
            return "(" + column + " >= :p0 and " + column + " < :p2)";
        }

        /** The same on a column of local days. */
        static String dayNow(String column) {
            return "(" + column + " >= :d1 and " + column + " < :d2)";
        }

        static String dayBefore(String column) {
            return "(" + column + " >= :d0 and " + column + " < :d1)";
        }

        static String dayEither(String column) {
            return "(" + column + " >= :d0 and " + column + " < :d2)";
        }
    }

    /** The start of a local day. */
    static OffsetDateTime start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** A pair of figures: in the period and in the one before. */
    record Pair(double now, double before) {
        static Pair of(Object now, Object before) {
            return new Pair(number(now), number(before));
        }

        Pair plus(Pair other) {
            return new Pair(now + other.now, before + other.before);
        }
    }

    static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    /**
     * The SQL narrowing rows to the filters, for a row whose order is {@code order} (an alias, possibly of an outer
     * join: a row with no order drops out once an order filter is set), whose installer is {@code installer} and
     * whose assets are {@code assets} (an array expression).
     */
    static String where(KpiService.Filters f, String order, String installer, String assets) {
        List<String> terms = new ArrayList<>();
        if (f.installerId() != null) {
            terms.add(installer + " = :installer");
        }
        if (f.servicePointId() != null) {
            terms.add(order + ".service_point_id = :servicePoint");
        }
        if (f.type() != null) {
            terms.add(order + ".type = :type");
        }
        if (f.productId() != null) {
            terms.add("exists (select 1 from asset a where a.id = any(" + assets + ") and a.product_id = :product)");
        }
        return terms.stream().map(t -> " and " + t).collect(Collectors.joining());
    }

    /** A native statement with the bounds and filters it names bound. */
    static Query query(EntityManager db, String sql, Bounds b, KpiService.Filters f) {
        Query q = db.createNativeQuery(sql);
        bind(q, sql, "p0", b.p0);
        bind(q, sql, "p1", b.p1);
        bind(q, sql, "p2", b.p2);
        bind(q, sql, "d0", b.d0);
        bind(q, sql, "d1", b.d1);
        bind(q, sql, "d2", b.d2);
        bind(q, sql, "installer", f.installerId());
        bind(q, sql, "servicePoint", f.servicePointId());
        bind(q, sql, "product", f.productId());
        bind(q, sql, "type", f.type() == null ? null : f.type().name());
        return q;
    }

    private static void bind(Query q, String sql, String name, Object value) {
        if (sql.contains(":" + name)) {
            q.setParameter(name, value);
        }
    }
}
