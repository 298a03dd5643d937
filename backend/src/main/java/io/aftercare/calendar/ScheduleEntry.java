package io.aftercare.calendar;

import java.time.LocalDate;

/**
 * One day of an uploaded schedule with the names of the request parts it came from, so a problem names the field a
 * person can fix: {@code holidays[3].date} in JSON, {@code line 12: DTSTART} in iCalendar.
 */
record ScheduleEntry(LocalDate date, String name, boolean workingDay, String dateField, String nameField) {
}
