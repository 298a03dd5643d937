package io.aftercare.attendance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class AttendanceDtos {

    private AttendanceDtos() {
    }

    @Schema(name = "ClockRequest", description = "Where the person clocks; the time is the server's.")
    public record ClockRequest(@DecimalMin("-90") @DecimalMax("90") Double latitude,
                               @DecimalMin("-180") @DecimalMax("180") Double longitude,
                               @Schema(examples = "总部") @Size(max = 200) String place) {
    }

    @Schema(name = "Clock", requiredProperties = {"id", "personId", "day", "clockInAt"})
    public record ClockView(UUID id, UUID personId, LocalDate day, OffsetDateTime clockInAt, OffsetDateTime clockOutAt,
                            Double inLatitude, Double inLongitude, @Size(max = 200) String inPlace,
                            Double outLatitude, Double outLongitude, @Size(max = 200) String outPlace) {

        static ClockView of(AttendanceClock c) {
            return new ClockView(c.id, c.personId, c.day, c.clockInAt, c.clockOutAt, c.inLatitude, c.inLongitude, c.inPlace,
                    c.outLatitude, c.outLongitude, c.outPlace);
        }
    }

    @Schema(name = "AttendanceRow", description = """
            One person's month: days clocked in (present), days in the field (checked in or reported in on a work order),
            approved leave on working days, and absent = working days so far − the days with any of these (never negative).""",
            requiredProperties = {"personId", "name", "presentDays", "fieldDays", "leaveDays", "absentDays", "workingDays"})
    public record SheetRow(UUID personId, @Size(max = 200) String name,
                           @Schema(minimum = "0", maximum = "31") int presentDays,
                           @Schema(minimum = "0", maximum = "31") int fieldDays,
                           @Schema(minimum = "0", maximum = "31") int leaveDays,
                           @Schema(minimum = "0", maximum = "31") int absentDays,
                           @Schema(description = "Working days of the month per the tenant's calendar, up to today in the current month.",
                                   minimum = "0", maximum = "31") int workingDays) {
    }

    @Schema(name = "AttendanceSheet", requiredProperties = {"month", "items"})
    public record SheetPage(@Schema(examples = "2026-11", maxLength = 7) String month,
                            @Size(max = 200) List<SheetRow> items,
                            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "AttendanceDayKind", description = "OFF: not a working day and nothing recorded.")
    public enum DayKind { PRESENT, FIELD, LEAVE, ABSENT, OFF, UPCOMING }

    @Schema(name = "AttendanceDay", requiredProperties = {"date", "workingDay", "kind", "present", "field", "leave", "clocks"})
    public record DayView(LocalDate date, boolean workingDay, DayKind kind, boolean present, boolean field, boolean leave,
                          @Size(max = 50) List<ClockView> clocks) {
    }

    @Schema(name = "AttendanceDetail", requiredProperties = {"personId", "name", "month", "row", "days"})
    public record DetailView(UUID personId, @Size(max = 200) String name, @Schema(examples = "2026-11", maxLength = 7) String month,
                             SheetRow row, @Size(max = 31) List<DayView> days) {
    }
}
