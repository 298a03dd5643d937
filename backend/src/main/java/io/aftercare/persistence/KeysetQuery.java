package io.aftercare.persistence;

import io.aftercare.api.Keyset;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a keyset list: the caller's filters (only those given), the cursor's condition, the order and
 * {@code limit + 1} rows, the extra one telling {@link Keyset#slice} whether another page exists.
 */
public final class KeysetQuery {

    private final Conditions where = new Conditions();
    private final String orderBy;
    private final int limit;

    private KeysetQuery(String orderBy, Integer limit) {
        this.orderBy = "order by " + orderBy;
        this.limit = Keyset.limit(limit);
    }

    /** Oldest first: the rows whose id comes after the cursor's. */
    public static KeysetQuery ascending(Integer limit, String cursor) {
        KeysetQuery query = new KeysetQuery("id", limit);
        UUID after = Keyset.after(cursor);
        return after == null ? query : query.and("id > :after", "after", after);
    }

    /** Newest first: the rows whose id comes before the cursor's. */
    public static KeysetQuery descending(Integer limit, String cursor) {
        KeysetQuery query = new KeysetQuery("id desc", limit);
        UUID before = Keyset.after(cursor);
        return before == null ? query : query.and("id < :before", "before", before);
    }

    /** Another order (e.g. {@code "nextAttemptAt, id"}); the caller adds its own cursor's condition with {@link #and}. */
    public static KeysetQuery orderedBy(String orderBy, Integer limit) {
        return new KeysetQuery(orderBy, limit);
    }

    /** A filter with its named parameters, given as name, value, name, value, ... */
    public KeysetQuery and(String clause, Object... namesAndValues) {
        where.and(clause, namesAndValues);
        return this;
    }

    /** The page size asked for; a query fetches one row more. */
    public int limit() {
        return limit;
    }

    /** The Panache query: the conditions, then the order. */
    public String query() {
        return where.query(orderBy);
    }

    public Map<String, Object> parameters() {
        return where.parameters();
    }

    /**
     * The page's rows and the one after it, e.g. {@code rows((q, p) -> Customer.find(q, p))}. A lambda, not
     * {@code Customer::find}: Panache's static methods fail when passed as method references (quarkus#8235).
     */
    public <E> List<E> rows(Finder<E> finder) {
        return finder.find(query(), parameters()).page(0, limit + 1).list();
    }

    /** An entity's Panache {@code find(query, parameters)}. */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> find(String query, Map<String, Object> parameters);
    }
}
