package io.aftercare.persistence;

import io.aftercare.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;

/** Deleting a row that others still refer to answers 409 "in use" instead of failing in the database. */
public final class ReferencedRows {

    private ReferencedRows() {
    }

    /** Deletes the row now (flushing), or refuses with {@code inUseDetail} when a foreign key still points at it. */
    public static void delete(PanacheEntityBase row, String inUseDetail) {
        try {
            row.delete();
            // flush() on PanacheEntityBase is a static stub enhanced per entity class: flush the session itself.
            Panache.flush();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.FOREIGN_KEY_VIOLATION)) {
                throw new ProblemException(409, "in-use", "In use", inUseDetail, null);
            }
            throw e;
        }
    }
}
