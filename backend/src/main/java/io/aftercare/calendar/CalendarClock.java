package io.aftercare.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for the calendar's warnings and year bounds; tests replace it (QuarkusMock) to stand on a chosen day. */
@ApplicationScoped
public class CalendarClock {

    private final Clock clock;

    public CalendarClock() {
        this(Clock.systemUTC());
    }

    public CalendarClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
