package io.aftercare.problem;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a database failure means for the caller, read from the SQLSTATE of the first SQL error among its causes:
 * a key another row already holds, a reference to a missing row, a value the schema refuses, a write that lost a
 * race with a concurrent one (safe to repeat), or a database that cannot be reached just now.
 *
 * @param fields the request fields (camelCase) of the columns involved, without the tenant, where the database
 *               names them
 */
public record DatabaseFailure(Kind kind, String sqlState, List<String> fields) {

    public enum Kind {
        /** A unique key is taken (23505): the request repeats something that exists. */
        DUPLICATE,
        /** A foreign key failed (23503): the row referred to is gone, or is still referred to. */
        REFERENCE,
        /** A value the schema refuses: not null, check, too long, out of range, bad format (class 22, 23502, 23514). */
        INVALID_VALUE,
        /** Lost a race with a concurrent transaction (serialisation failure, deadlock): repeating may succeed. */
        CONCURRENT_UPDATE,
        /** The database is unreachable, restarting, refusing connections or out of resources. */
        UNAVAILABLE
    }

    private static final Pattern KEY_COLUMNS = Pattern.compile("^Key \\((.*)\\)=\\(", Pattern.DOTALL);
    private static final Pattern LAST_IDENTIFIER = Pattern.compile("([a-z_][a-z0-9_]*)\\W*$");

    /** The classified failure, or empty when no cause is a database error this API knows how to answer. */
    public static Optional<DatabaseFailure> of(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException) {
                return Optional.of(new DatabaseFailure(Kind.UNAVAILABLE, null, List.of()));
            }
            if (c instanceof SQLException sql) {
                Optional<DatabaseFailure> known = classify(sql);
                if (known.isPresent()) {
                    return known;
                }
            }
            if (c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return Optional.of(new DatabaseFailure(Kind.UNAVAILABLE, null, List.of()));
            }
        }
        return Optional.empty();
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    private static Optional<DatabaseFailure> classify(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal's "Acquisition timeout while waiting for new connection" carries no SQLSTATE.
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("acquisition timeout") || message.contains("connection")
                    ? Optional.of(new DatabaseFailure(Kind.UNAVAILABLE, null, List.of()))
                    : Optional.empty();
        }
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        Kind kind = switch (state) {
            case "23505" -> Kind.DUPLICATE;
            case "23503" -> Kind.REFERENCE;
            case "23502", "23514" -> Kind.INVALID_VALUE;
            case "40001", "40P01" -> Kind.CONCURRENT_UPDATE;
            case "57P01", "57P02", "57P03", "57014" -> Kind.UNAVAILABLE;
            default -> state.startsWith("08") || state.startsWith("53") || state.startsWith("58")
                    ? Kind.UNAVAILABLE
                    : state.startsWith("22") ? Kind.INVALID_VALUE : null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseFailure(kind, state, fieldsOf(kind, server)));
    }

    private static List<String> fieldsOf(Kind kind, ServerErrorMessage server) {
        if (server == null) {
            return List.of();
        }
        if (server.getColumn() != null) {
            return List.of(camelCase(server.getColumn()));
        }
        if ((kind == Kind.DUPLICATE || kind == Kind.REFERENCE) && server.getDetail() != null) {
            Matcher key = KEY_COLUMNS.matcher(server.getDetail());
            if (key.find()) {
                List<String> fields = new ArrayList<>();
                for (String part : key.group(1).split(",")) {
                    Matcher name = LAST_IDENTIFIER.matcher(part.replaceAll("::[a-z ]+", "").trim());
                    if (name.find() && !name.group(1).equals("tenant_id")) {
                        fields.add(camelCase(name.group(1)));
                    }
                }
                return List.copyOf(fields);
            }
        }
        return List.of();
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = !out.isEmpty();
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
