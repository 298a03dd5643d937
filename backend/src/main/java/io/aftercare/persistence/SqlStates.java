package io.aftercare.persistence;

import java.sql.SQLException;

/** PostgreSQL error codes the services turn into problems (a unique key taken, a row still referenced). */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlStates() {
    }

    /** Whether the failure, or one of its causes, is a database error with this SQLSTATE. */
    public static boolean is(Throwable failure, String sqlState) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sqlState.equals(sql.getSQLState());
            }
        }
        return false;
    }
}
