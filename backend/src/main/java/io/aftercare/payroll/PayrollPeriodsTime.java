package io.aftercare.payroll;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Dates and timestamps as native queries return them; timestamps in UTC. */
final class PayrollPeriodsTime {

    private PayrollPeriodsTime() {
    }

    /** A date column as native queries return it (LocalDate or java.sql.Date, by driver and dialect). */
    static java.time.LocalDate date(Object value) {
        return value instanceof java.time.LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
