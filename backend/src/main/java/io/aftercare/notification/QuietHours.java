package io.aftercare.notification;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Local times between which a message is not sent, e.g. 21:00–08:00 (past midnight) or 12:00–14:00. {@code from} is
 * quiet, {@code until} is not: at 08:00 sending starts again.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public QuietHours {
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    /** Quiet hours, or null when a message may go any time. */
    public static QuietHours of(LocalTime from, LocalTime until) {
        return from == null || until == null ? null : new QuietHours(from, until);
    }

    public boolean covers(LocalTime time) {
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** The first moment at or after {@code at} when sending is allowed, in UTC. */
    public OffsetDateTime nextAllowed(OffsetDateTime at, ZoneId zone) {
        return covers(at.atZoneSameInstant(zone).toLocalTime()) ? endAfter(at, zone) : at;
    }

    /** The next end of quiet hours after {@code at}. */
    OffsetDateTime endAfter(OffsetDateTime at, ZoneId zone) {
        ZonedDateTime local = at.atZoneSameInstant(zone);
        ZonedDateTime end = local.toLocalDate().atTime(until).atZone(zone);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
