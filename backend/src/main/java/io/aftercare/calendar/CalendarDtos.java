package io.aftercare.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

public final class CalendarDtos {

    private CalendarDtos() {
    }

    @Schema(name = "WorkingCalendar", description = "The tenant's working days: service promises count only these.")
    public record WorkingCalendar(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "Regular working weekdays.") @NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> workingDays,
            @Schema(description = "Public holidays: days off even when they fall on a working weekday.")
            @NotNull @Size(max = 400) List<@NotNull @Valid CalendarDay> holidays,
            @Schema(description = "Make-up working days (调休): working days even when they fall on a weekend.")
            @NotNull @Size(max = 400) List<@NotNull @Valid CalendarDay> makeUpWorkingDays) {
    }

    @Schema(name = "CalendarDay")
    public record CalendarDay(
            @Schema(examples = "2026-10-01") @NotNull LocalDate date,
            @Schema(examples = "National Day") @NotBlank @Size(max = 100) String name) {
    }
}
