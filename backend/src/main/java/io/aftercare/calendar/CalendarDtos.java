package io.aftercare.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

public final class CalendarDtos {

    /** Days one list may hold: a few decades of holidays; a year alone has at most 366 days. */
    static final int MAX_DAYS = 4000;

    private CalendarDtos() {
    }

    @Schema(name = "WorkingCalendar", description = """
            The tenant's working days: service promises count only these. Holidays and make-up working days are the
            tenant's country schedule (source COUNTRY, published by the platform) merged with the tenant's own entries
            (source TENANT), which win on the same date. On PUT, send the days as you want them: a day equal to the
            country's (same date, kind and name) stays inherited, any other is stored as the tenant's own. To work on a
            published holiday, list that date as a make-up working day; to close on a published make-up day, list it as
            a holiday.""",
            requiredProperties = {"version", "workingDays", "holidays", "makeUpWorkingDays"})
    public record WorkingCalendar(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "Regular working weekdays.") @NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> workingDays,
            @Schema(description = "Public holidays: days off even when they fall on a working weekday.")
            @NotNull @Size(max = MAX_DAYS) List<@NotNull @Valid CalendarDay> holidays,
            @Schema(description = "Make-up working days (调休): working days even when they fall on a weekend.")
            @NotNull @Size(max = MAX_DAYS) List<@NotNull @Valid CalendarDay> makeUpWorkingDays,
            @Schema(readOnly = true, description = "The tenant's country (ISO 3166-1 alpha-2) whose schedules it inherits; absent: none.",
                    examples = "CN", pattern = "^[A-Z]{2}$") @Size(max = 2) String country,
            @Schema(readOnly = true, description = "Years the country has published, oldest first.")
            @Size(max = 300) List<@Min(2000) @Max(2200) Integer> publishedYears,
            @Schema(readOnly = true, description = "Present from 1 November (tenant's time zone) while the coming year has no schedule.")
            ScheduleWarning warning) {
    }

    @Schema(name = "CalendarDaySource", description = "COUNTRY: inherited from the country's published schedule. TENANT: the tenant's own entry.")
    public enum DaySource { COUNTRY, TENANT }

    @Schema(name = "CalendarDay", requiredProperties = {"date", "name"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CalendarDay(
            @Schema(examples = "2026-10-01") @NotNull LocalDate date,
            @Schema(examples = "National Day") @NotBlank @Size(max = 100) String name,
            @Schema(readOnly = true, description = "Where the day comes from; ignored on input.") DaySource source) {

        public CalendarDay(LocalDate date, String name) {
            this(date, name, null);
        }

        CalendarDay from(DaySource from) {
            return new CalendarDay(date, name, from);
        }
    }

    @Schema(name = "ScheduleWarningCode", description = "NEXT_YEAR_NOT_PUBLISHED: it is November or December and next year's schedule is missing.")
    public enum WarningCode { NEXT_YEAR_NOT_PUBLISHED }

    @Schema(name = "ScheduleWarning", requiredProperties = {"code", "year", "message"})
    public record ScheduleWarning(WarningCode code,
                                  @Schema(examples = "2027", minimum = "2000", maximum = "2200") int year,
                                  @Schema(examples = "The calendar for 2027 is not yet published.") @Size(max = 200) String message) {

        static ScheduleWarning nextYearMissing(int year) {
            return new ScheduleWarning(WarningCode.NEXT_YEAR_NOT_PUBLISHED, year,
                    "The calendar for " + year + " is not yet published; holidays of " + year + " count as working days until it is.");
        }
    }
}
