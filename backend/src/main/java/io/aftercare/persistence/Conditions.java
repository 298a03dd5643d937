package io.aftercare.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The filter of a list query, built from the filters a caller gave: each condition with its named parameters, joined
 * with {@code and}; no condition at all is no where clause. Hands Panache a query like {@code "status in :s order by id"}.
 */
public final class Conditions {

    private final StringJoiner clauses = new StringJoiner(" and ");
    private final Map<String, Object> parameters = new HashMap<>();

    /** A condition without parameters. */
    public Conditions and(String clause) {
        clauses.add("(" + clause + ")");
        return this;
    }

    /** A condition with its named parameters, given as name, value, name, value, ... */
    public Conditions and(String clause, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name, value pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return and(clause);
    }

    /** The Panache query: the conditions, then {@code orderBy} (e.g. {@code "order by id"}). */
    public String query(String orderBy) {
        return clauses.length() == 0 ? orderBy : clauses + " " + orderBy;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
