package io.aftercare.dispatch;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.aftercare.installer.Qualification;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The dispatcher's console: the day's board, and the optimiser's runs with their proposals. */
public final class DispatchDtos {

    private DispatchDtos() {
    }

    @Schema(name = "DispatchCard", description = "An order on the board: who, where, what it needs, when, and how its promise stands.",
            requiredProperties = {"id", "number", "version", "type", "status", "priority", "customerName", "requiredQualifications",
                    "appointment", "helperIds", "late"})
    public record Card(
            UUID id,
            @Schema(examples = "WO-000042") @Size(max = 20) String number,
            @Schema(minimum = "0", maximum = "2147483647") int version,
            WorkOrderDtos.WorkOrderType type,
            WorkOrderStatus status,
            WorkOrderDtos.Priority priority,
            @Schema(examples = "王芳") @Size(max = 200) String customerName,
            @Schema(description = "The site's address (the area the job is in).", examples = "杭州市西湖区文三路 90 号") @Size(max = 500) String siteAddress,
            @Schema(description = "The site's latitude, when the site has coordinates.", minimum = "-90", maximum = "90") Double latitude,
            @Schema(description = "The site's longitude, when the site has coordinates.", minimum = "-180", maximum = "180") Double longitude,
            @Size(max = 4) List<Qualification> requiredQualifications,
            WorkOrderDtos.Appointment appointment,
            UUID leadInstallerId,
            @Size(max = 20) List<UUID> helperIds,
            UUID servicePointId,
            @Schema(description = "The on-site promise: its colour on the card follows its status.") PromiseDtos.PromiseView promise,
            @Schema(description = "Checked in after the window opened plus the tenant's grace.") boolean late) {
    }

    @Schema(name = "InstallerPosition", description = "Where an installer last checked in (coordinates from the check-in).",
            requiredProperties = {"latitude", "longitude", "at", "orderNumber"})
    public record Position(
            @Schema(minimum = "-90", maximum = "90") double latitude,
            @Schema(minimum = "-180", maximum = "180") double longitude,
            OffsetDateTime at,
            @Schema(description = "The order checked in for.", examples = "WO-000042") @Size(max = 20) String orderNumber) {
    }

    @Schema(name = "DispatchRow", description = "One installer's row on the board.",
            requiredProperties = {"id", "displayName", "servicePointIds", "workingHoursStart", "workingHoursEnd", "available", "reasons",
                    "qualifications", "jobs"})
    public record Row(
            UUID id,
            @Schema(examples = "赵师傅") @Size(max = 255) String displayName,
            @Size(max = 50) List<UUID> servicePointIds,
            @Schema(type = SchemaType.STRING, format = "time", pattern = "^\\d{2}:\\d{2}$", maxLength = 5, examples = "08:00")
            @JsonFormat(pattern = "HH:mm") LocalTime workingHoursStart,
            @Schema(type = SchemaType.STRING, format = "time", pattern = "^\\d{2}:\\d{2}$", maxLength = 5, examples = "18:00")
            @JsonFormat(pattern = "HH:mm") LocalTime workingHoursEnd,
            @Schema(description = "False when on approved leave that day or inactive; the reasons say which.") boolean available,
            @Size(max = 5) List<WorkOrderDtos.CandidateReason> reasons,
            @Schema(description = "Certificates valid on the day.") @Size(max = 4) List<Qualification> qualifications,
            @Schema(description = "The latest check-in up to the end of the day, when there is one.") Position lastPosition,
            @Schema(description = "Orders they lead or help on that day, by start.") @Size(max = 200) List<Card> jobs) {
    }

    @Schema(name = "DispatchBoard", description = "A day of dispatch: one row per installer and the queue of orders without one.",
            requiredProperties = {"day", "timeZone", "rows", "unassigned"})
    public record Board(
            LocalDate day,
            @Schema(examples = "Asia/Shanghai") @Size(max = 64) String timeZone,
            UUID servicePointId,
            @Size(max = 1000) List<Row> rows,
            @Schema(description = "Orders of the day with no installer and not given to a partner, by promise due.")
            @Size(max = 5000) List<Card> unassigned) {
    }

    @Schema(name = "PlanRequest", description = "Optimise a day: for one service point, or for the whole tenant.", requiredProperties = "day")
    public record PlanRequest(
            @NotNull LocalDate day,
            UUID servicePointId,
            @Schema(description = "Let the optimiser move appointment windows within the day (the customers must be told); "
                    + "otherwise every window stays as agreed.") Boolean allowWindowMoves) {
    }

    @Schema(name = "PlanStatus", description = "QUEUED, SOLVING (with the best plan so far), READY (the proposal), FAILED.")
    public enum PlanStatus { QUEUED, SOLVING, READY, FAILED }

    @Schema(name = "PlanFigures", description = "What a plan of the day amounts to.",
            requiredProperties = {"placed", "unassigned", "travelKm", "lateMinutes"})
    public record Figures(
            @Schema(description = "Orders with an installer.", minimum = "0", maximum = "100000") int placed,
            @Schema(description = "Orders left without one.", minimum = "0", maximum = "100000") int unassigned,
            @Schema(description = "Road km between jobs (straight line times the road factor).", minimum = "0") double travelKm,
            @Schema(description = "Minutes past promises due, summed. An order left without an installer whose promise "
                    + "falls due before the day's working hours end counts as late until they end.", minimum = "0", maximum = "100000000")
            long lateMinutes) {

        static Figures of(PlanFigures f) {
            return new Figures(f.placed(), f.unassigned(), Math.round(f.travelKm() * 10) / 10.0, f.lateMinutes());
        }
    }

    @Schema(name = "PlanChange", description = "One order the proposal moves, with why: the road to it, its promise, its window.",
            requiredProperties = {"workOrderId", "number", "version", "customerName", "toInstallerId", "toInstallerName", "from", "to",
                    "travelKmBefore", "travelKmAfter", "lateMinutesBefore", "lateMinutesAfter", "windowMoved", "applied"})
    public record Change(
            UUID workOrderId,
            @Size(max = 20) String number,
            @Schema(description = "The order's version when the day was read: applying refuses with 409 if it changed since.",
                    minimum = "0", maximum = "2147483647") int version,
            @Size(max = 200) String customerName,
            @Schema(description = "Absent when the order had no installer.") UUID fromInstallerId,
            @Size(max = 255) String fromInstallerName,
            UUID toInstallerId,
            @Size(max = 255) String toInstallerName,
            WorkOrderDtos.Appointment from,
            WorkOrderDtos.Appointment to,
            @Schema(description = "Road km from the previous job (or the installer's start) as planned now; 0 when unplaced.", minimum = "0")
            double travelKmBefore,
            @Schema(minimum = "0") double travelKmAfter,
            @Schema(minimum = "0", maximum = "100000") int lateMinutesBefore,
            @Schema(minimum = "0", maximum = "100000") int lateMinutesAfter,
            @Schema(description = "The job before it in the installer's new day.") @Size(max = 20) String afterNumber,
            boolean windowMoved,
            @Schema(description = "Taken by an apply.") boolean applied) {

        Change asApplied() {
            return new Change(workOrderId, number, version, customerName, fromInstallerId, fromInstallerName, toInstallerId, toInstallerName,
                    from, to, travelKmBefore, travelKmAfter, lateMinutesBefore, lateMinutesAfter, afterNumber, windowMoved, true);
        }
    }

    @Schema(name = "Unplaced", description = "An order of the day no installer can take within the rules.",
            requiredProperties = {"workOrderId", "number"})
    public record Unplaced(UUID workOrderId, @Size(max = 20) String number) {
    }

    @Schema(name = "Plan", description = "A run of \"optimise the day\" and, once READY, its proposal.",
            requiredProperties = {"id", "day", "allowWindowMoves", "status", "limitSeconds", "elapsedMs", "changes", "unplaced", "requestedAt"})
    public record Plan(
            UUID id,
            LocalDate day,
            UUID servicePointId,
            boolean allowWindowMoves,
            PlanStatus status,
            @Schema(description = "The tenant's bound on the run.", minimum = "1", maximum = "60") int limitSeconds,
            @Schema(description = "Time spent so far.", minimum = "0", maximum = "3600000") int elapsedMs,
            @Schema(description = "The best plan's score so far (hard/medium/soft), for the curious.", examples = "0hard/-2medium/-81234soft")
            @Size(max = 100) String bestScore,
            @Schema(description = "The day as planned when the run started.") Figures before,
            @Schema(description = "The day as proposed.") Figures after,
            @Size(max = 5000) List<Change> changes,
            @Size(max = 5000) List<Unplaced> unplaced,
            OffsetDateTime requestedAt,
            OffsetDateTime finishedAt,
            @Size(max = 1000) String failure) {
    }

    @Schema(name = "ApplyPlanRequest", description = "The orders of the proposal to take: all of them or some.", requiredProperties = "workOrderIds")
    public record ApplyRequest(@NotNull @Size(min = 1, max = 5000) List<@NotNull UUID> workOrderIds) {
    }
}
