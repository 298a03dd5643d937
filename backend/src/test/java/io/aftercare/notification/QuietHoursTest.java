package io.aftercare.notification;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quiet hours as local times, over midnight or within a day, ending at the first allowed minute. */
class QuietHoursTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    final QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));

    @Test
    void theStartIsQuietAndTheEndIsNot() {
        assertTrue(night.covers(LocalTime.of(21, 0)));
        assertTrue(night.covers(LocalTime.of(23, 59)));
        assertTrue(night.covers(LocalTime.MIDNIGHT));
        assertTrue(night.covers(LocalTime.of(7, 59)));
        assertFalse(night.covers(LocalTime.of(8, 0)));
        assertFalse(night.covers(LocalTime.of(20, 59)));
        assertTrue(lunch.covers(LocalTime.of(12, 0)));
        assertFalse(lunch.covers(LocalTime.of(14, 0)));
        assertFalse(lunch.covers(LocalTime.of(11, 59)));
    }

    @Test
    void aMessageDueInQuietHoursWaitsForTheirEndInTheTenantsZone() {
        // 22:30 in Shanghai is 14:30 UTC; the night ends at 08:00 Shanghai the next day, 00:00 UTC
        OffsetDateTime late = OffsetDateTime.parse("2026-12-07T14:30:00Z");
        assertEquals(OffsetDateTime.parse("2026-12-08T00:00:00Z"), night.nextAllowed(late, SHANGHAI));
        // 06:00 Shanghai (22:00 UTC the day before) waits until 08:00 the same local morning
        assertEquals(OffsetDateTime.parse("2026-12-08T00:00:00Z"), night.nextAllowed(OffsetDateTime.parse("2026-12-07T22:00:00Z"), SHANGHAI));
        OffsetDateTime day = OffsetDateTime.parse("2026-12-07T02:00:00Z"); // 10:00 Shanghai
        assertEquals(day, night.nextAllowed(day, SHANGHAI), "outside quiet hours a message goes at once");
        assertEquals(OffsetDateTime.parse("2026-12-07T06:00:00Z"), lunch.nextAllowed(OffsetDateTime.parse("2026-12-07T04:30:00Z"), SHANGHAI));
        assertThrows(IllegalArgumentException.class, () -> new QuietHours(LocalTime.NOON, LocalTime.NOON));
    }
}
