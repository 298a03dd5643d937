package io.aftercare.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working-day arithmetic over mainland China's 2026 calendar, including the make-up working days (调休). */
class WorkingTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingTime CHINA_2026 = china2026();

    private static WorkingTime china2026() {
        try (InputStream in = WorkingTimeTest.class.getResourceAsStream("/calendar/public-holidays-CN.json")) {
            JsonNode cn = new ObjectMapper().readTree(in);
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> makeUps = new HashSet<>();
            cn.get("holidays").forEach(d -> holidays.add(LocalDate.parse(d.get("date").asText())));
            cn.get("makeUpWorkingDays").forEach(d -> makeUps.add(LocalDate.parse(d.get("date").asText())));
            return new WorkingTime(SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, makeUps);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void ordinaryWeekSkipsTheWeekend() {
        // Thursday 2026-03-12 10:00 + 3 working days = Tuesday 2026-03-17 10:00
        assertEquals(at("2026-03-17T10:00"), CHINA_2026.plusWorkingDays(at("2026-03-12T10:00"), 3));
    }

    @Test
    void nationalDayWeekIsSkippedAndItsSaturdayMakeUpDayCounts() {
        // Tuesday 2026-09-29 + 3 working days: 09-30 (Wed), then 10-01..07 off, 10-08 (Thu), 10-09 (Fri).
        assertEquals(at("2026-10-09T09:00"), CHINA_2026.plusWorkingDays(at("2026-09-29T09:00"), 3));
        // Friday 2026-10-09 + 1 working day = Saturday 2026-10-10, a make-up working day.
        assertEquals(at("2026-10-10T09:00"), CHINA_2026.plusWorkingDays(at("2026-10-09T09:00"), 1));
    }

    @Test
    void sundayMakeUpDayBeforeNationalDayIsAWorkingDay() {
        assertTrue(CHINA_2026.isWorkingDay(LocalDate.parse("2026-09-20")));
        // Saturday 2026-09-19 (off) + 1 working day: counting starts Sunday 09-20 (make-up), so Monday 09-21.
        assertEquals(at("2026-09-21T00:00"), CHINA_2026.plusWorkingDays(at("2026-09-19T15:00"), 1));
    }

    @Test
    void springFestivalNineDaysOffWithMakeUpSaturdaysOnBothSides() {
        assertTrue(CHINA_2026.isWorkingDay(LocalDate.parse("2026-02-14")));
        for (LocalDate d = LocalDate.parse("2026-02-15"); !d.isAfter(LocalDate.parse("2026-02-23")); d = d.plusDays(1)) {
            assertFalse(CHINA_2026.isWorkingDay(d), d.toString());
        }
        assertTrue(CHINA_2026.isWorkingDay(LocalDate.parse("2026-02-28")));
        // Friday 2026-02-13 + 1 working day = Saturday 02-14 (make-up); + 2 = Tuesday 02-24.
        assertEquals(at("2026-02-14T16:00"), CHINA_2026.plusWorkingDays(at("2026-02-13T16:00"), 1));
        assertEquals(at("2026-02-24T16:00"), CHINA_2026.plusWorkingDays(at("2026-02-13T16:00"), 2));
    }

    @Test
    void labourDayHolidayAndItsMakeUpSaturday() {
        // Thursday 2026-04-30 + 2 working days: 05-01..05 off, 05-06 (Wed), 05-07 (Thu).
        assertEquals(at("2026-05-07T11:00"), CHINA_2026.plusWorkingDays(at("2026-04-30T11:00"), 2));
        assertTrue(CHINA_2026.isWorkingDay(LocalDate.parse("2026-05-09")));
    }

    @Test
    void newYearMakeUpSundayCounts() {
        // Wednesday 2026-12-31 of 2025 is not in this calendar; take 2025-12-31 → 2026-01-04 (Sunday, make-up).
        assertEquals(at("2026-01-04T10:00"), CHINA_2026.plusWorkingDays(at("2025-12-31T10:00"), 1));
    }

    @Test
    void startOnADayOffCountsFromTheNextWorkingMorning() {
        // Saturday 2026-03-14 18:00 + 0 working days = Monday 2026-03-16 00:00.
        assertEquals(at("2026-03-16T00:00"), CHINA_2026.plusWorkingDays(at("2026-03-14T18:00"), 0));
    }

    @Test
    void workingHoursSkipDaysOff() {
        // 24 working hours from Friday 2026-03-13 10:00 end Monday 2026-03-16 10:00.
        assertEquals(at("2026-03-16T10:00"), CHINA_2026.plusWorkingTime(at("2026-03-13T10:00"), Duration.ofHours(24)));
        // 24 working hours from Wednesday 2026-09-30 20:00: 4 h left that day, National Day off, 20 h on 10-08.
        assertEquals(at("2026-10-08T20:00"), CHINA_2026.plusWorkingTime(at("2026-09-30T20:00"), Duration.ofHours(24)));
        // Within one working day.
        assertEquals(at("2026-03-12T13:30"), CHINA_2026.plusWorkingTime(at("2026-03-12T10:00"), Duration.ofMinutes(210)));
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLooping() {
        WorkingTime never = new WorkingTime(SHANGHAI, Set.of(), Set.of(), Set.of());
        assertThrows(IllegalStateException.class, () -> never.plusWorkingDays(at("2026-03-12T10:00"), 1));
        assertThrows(IllegalStateException.class, () -> never.plusWorkingTime(at("2026-03-12T10:00"), Duration.ofHours(1)));
    }

    @Test
    void daylightSavingZonesKeepTheLocalTime() {
        WorkingTime berlin = new WorkingTime(ZoneId.of("Europe/Berlin"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Set.of(), Set.of());
        Instant friday = LocalDateTime.parse("2026-03-27T09:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
        Instant monday = LocalDateTime.parse("2026-03-30T09:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
        assertEquals(monday, berlin.plusWorkingDays(friday, 1));
    }
}
