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
        put(parameters, namesAndValues);
        return and(clause);
    }

    /** A condition met when any one of the alternatives is, e.g. a name or one of several phones. */
    public Conditions and(Alternatives alternatives) {
        parameters.putAll(alternatives.parameters);
        return and(alternatives.clauses.toString());
    }

    /** The first of alternatives (joined with {@code or}), with its named parameters; add more with {@link Alternatives#or}. */
    public static Alternatives anyOf(String clause, Object... namesAndValues) {
        return new Alternatives().or(clause, namesAndValues);
    }

    /** The Panache query: the conditions, then {@code orderBy} (e.g. {@code "order by id"}). */
    public String query(String orderBy) {
        return clauses.length() == 0 ? orderBy : clauses + " " + orderBy;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static void put(Map<String, Object> parameters, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name, value pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    /** Conditions of which any one is enough: one condition of a {@link Conditions}, never empty. */
    public static final class Alternatives {

        private final StringJoiner clauses = new StringJoiner(" or ");
        private final Map<String, Object> parameters = new HashMap<>();

        private Alternatives() {
        }

        /** Another alternative with its named parameters, given as name, value, name, value, ... */
        public Alternatives or(String clause, Object... namesAndValues) {
            put(parameters, namesAndValues);
            clauses.add("(" + clause + ")");
            return this;
        }
    }
}
