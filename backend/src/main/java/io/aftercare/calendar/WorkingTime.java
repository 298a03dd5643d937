package io.aftercare.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working-day arithmetic in a tenant's time zone. A day is a working day when it is a make-up working day
 * (调休), or a regular working weekday that is not a public holiday. Working hours are the hours of working
 * days, so "24 working hours" from Friday 10:00 ends on Monday 10:00 when the weekend is off.
 */
public final class WorkingTime {

    /** Ten years: no real promise looks further, and an all-holiday calendar must not loop forever. */
    private static final int HORIZON_DAYS = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;
    /** Years whose holidays are known; null when unknown years are not worth a note (the country never publishes). */
    private final Set<Integer> knownYears;

    public WorkingTime(ZoneId zone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        this(zone, workingDays, holidays, makeUpWorkingDays, null);
    }

    public WorkingTime(ZoneId zone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays,
                       Set<Integer> knownYears) {
        this.zone = zone;
        this.workingDays = Set.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        this.knownYears = knownYears == null ? null : Set.copyOf(knownYears);
    }

    /** The tenant's time zone, in which days start and end. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The first year between {@code from} and {@code to} (in the tenant's time zone) whose holidays are not known, so a
     * promise counted into it can say that its holidays were taken as working days; null when all are known.
     */
    public Integer firstUnknownYear(Instant from, Instant to) {
        if (knownYears == null) {
            return null;
        }
        int last = to.atZone(zone).getYear();
        for (int year = from.atZone(zone).getYear(); year <= last; year++) {
            if (!knownYears.contains(year)) {
                return year;
            }
        }
        return null;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && workingDays.contains(day.getDayOfWeek());
    }

    /**
     * The instant {@code days} working days after {@code start}, at the same local time. A start on a day off
     * counts from the beginning of the next working day.
     */
    public Instant plusWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        ZonedDateTime at = start.atZone(zone);
        if (!isWorkingDay(at.toLocalDate())) {
            at = nextWorkingDay(at.toLocalDate()).atStartOfDay(zone);
        }
        for (int i = 0; i < days; i++) {
            at = at.with(nextWorkingDay(at.toLocalDate()));
        }
        return at.toInstant();
    }

    /** The instant after {@code amount} of working time from {@code start}; days off do not count. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        Duration remaining = amount;
        ZonedDateTime at = start.atZone(zone);
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate day = at.toLocalDate();
            ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(zone);
            if (isWorkingDay(day)) {
                Duration available = Duration.between(at, endOfDay);
                if (remaining.compareTo(available) <= 0) {
                    return at.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            at = endOfDay;
        }
        throw new IllegalStateException("The calendar has no working time within " + HORIZON_DAYS + " days");
    }

    /** The working time between two instants: the parts of working days between them; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime at = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (at.isBefore(end)) {
            LocalDate day = at.toLocalDate();
            ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(zone);
            ZonedDateTime until = endOfDay.isBefore(end) ? endOfDay : end;
            if (isWorkingDay(day)) {
                total = total.plus(Duration.between(at, until));
            }
            at = until;
        }
        return total;
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("The calendar has no working day within " + HORIZON_DAYS + " days");
    }
}
