package io.aftercare.calendar;

import io.aftercare.calendar.CalendarDtos.CalendarDay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

public final class CountryCalendarDtos {

    /** Entries of one kind in one year: every day of the year at most. */
    static final int MAX_DAYS_PER_YEAR = 366;

    private CountryCalendarDtos() {
    }

    @Schema(name = "CountrySchedule", description = "A country's public holidays and make-up working days (调休) of one year.",
            requiredProperties = {"country", "year", "version", "holidays", "makeUpWorkingDays", "publishedAt"})
    public record CountrySchedule(
            @Schema(examples = "CN", pattern = "^[A-Z]{2}$") @Size(max = 2) String country,
            @Schema(examples = "2027", minimum = "2000", maximum = "2200") int year,
            @Schema(minimum = "0", maximum = "2147483647") int version,
            @Size(max = MAX_DAYS_PER_YEAR) List<CalendarDtos.CalendarDay> holidays,
            @Size(max = MAX_DAYS_PER_YEAR) List<CalendarDtos.CalendarDay> makeUpWorkingDays,
            OffsetDateTime publishedAt,
            @Schema(description = "Username of the platform admin who published it last.") @Size(max = 255) String publishedBy) {

        static CountrySchedule of(CountryCalendar c) {
            return new CountrySchedule(c.country, c.year, c.version, c.holidays, c.makeUpWorkingDays, c.publishedAt, c.publishedBy);
        }
    }

    @Schema(name = "PublishCountrySchedule", description = """
            The whole schedule of the year. Every date lies in the year; a date is listed once and is either a holiday or a
            make-up working day; names have a letter or digit. `version` is the version you read when replacing a
            published year; leave it out when publishing a year for the first time.""",
            requiredProperties = {"holidays", "makeUpWorkingDays"})
    public record PublishSchedule(
            @Schema(minimum = "0", maximum = "2147483647") @Min(0) Integer version,
            @NotNull @Size(max = MAX_DAYS_PER_YEAR) List<@NotNull @Valid CalendarDay> holidays,
            @NotNull @Size(max = MAX_DAYS_PER_YEAR) List<@NotNull @Valid CalendarDay> makeUpWorkingDays) {
    }

    @Schema(name = "CountryScheduleYear", requiredProperties = {"year", "holidays", "makeUpWorkingDays", "publishedAt", "version"})
    public record YearSummary(@Schema(minimum = "2000", maximum = "2200") int year,
                              @Schema(description = "Number of holidays.", minimum = "0", maximum = "366") int holidays,
                              @Schema(description = "Number of make-up working days.", minimum = "0", maximum = "366") int makeUpWorkingDays,
                              OffsetDateTime publishedAt,
                              @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "CountryCalendarOverview", description = "A country with published schedules or tenants, its years and any warning.",
            requiredProperties = {"country", "years", "tenants"})
    public record CountryOverview(@Schema(examples = "CN", pattern = "^[A-Z]{2}$") @Size(max = 2) String country,
                                  @Schema(description = "Published years, oldest first.") @Size(max = 300) List<YearSummary> years,
                                  @Schema(description = "Tenants in this country.", minimum = "0", maximum = "2147483647") long tenants,
                                  @Schema(description = "Present from 1 November (UTC) while the coming year has no schedule.")
                                  CalendarDtos.ScheduleWarning warning) {
    }

    @Schema(name = "CountryCalendarList", requiredProperties = "items")
    public record CountryList(@Size(max = 300) List<CountryOverview> items) {
    }
}
