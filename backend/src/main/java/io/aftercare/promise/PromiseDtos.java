package io.aftercare.promise;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class PromiseDtos {

    private PromiseDtos() {
    }

    @Schema(name = "PromiseKind", description = """
            ON_SITE: a request that needs a visit is handled on site within N working days of its registration.
            FOLLOW_UP: the follow-up call after a completed order.
            OBJECTION_COMMITMENT: a customer's objection gets a service commitment.
            FOLLOW_UP_VISIT_COMMITMENT: a follow-up visit's findings get a service commitment.
            COMPLAINT_ANSWER: a complaint gets its answer to the customer, within the objection commitment hours.
            SUPPLY_PLAN: a connection application's supply plan is notified in writing within its class's deadline.
            DESIGN_REVIEW: a connection application's design gets its written review opinion within the review deadline.""")
    public enum PromiseKind { ON_SITE, FOLLOW_UP, OBJECTION_COMMITMENT, FOLLOW_UP_VISIT_COMMITMENT, COMPLAINT_ANSWER, SUPPLY_PLAN, DESIGN_REVIEW }

    @Schema(name = "PromiseStatus", description = """
            ON_TRACK until the tenant's at-risk share of its time has elapsed (AT_RISK), BREACHED once due and not met.
            PAUSED while waiting for the customer or for parts (the clock stops). MET when kept; CANCELLED when the
            object ended without needing it.""")
    public enum PromiseStatus { ON_TRACK, AT_RISK, PAUSED, BREACHED, MET, CANCELLED }

    @Schema(name = "PromisePauseReason")
    public enum PauseReason { WAITING_FOR_CUSTOMER, WAITING_FOR_PARTS }

    @Schema(name = "PromiseSubjectType", description = "What a promise is kept on.")
    public enum SubjectType { SERVICE_REQUEST, WORK_ORDER, FOLLOW_UP, OBJECTION, COMPLAINT, CONNECTION_APPLICATION }

    @Schema(name = "Promise", description = "A service promise and its state; instants follow the tenant's working calendar.",
            requiredProperties = {"kind", "status", "startedAt", "dueAt", "atRiskAt"})
    public record PromiseView(
            PromiseKind kind,
            PromiseStatus status,
            @Schema(description = "When the clock started.") OffsetDateTime startedAt,
            @Schema(description = "When the promise falls due (moved later by pauses).") OffsetDateTime dueAt,
            @Schema(description = "When it becomes at risk (the tenant's share of its time elapsed).") OffsetDateTime atRiskAt,
            @Schema(description = "Set while paused.") OffsetDateTime pausedAt,
            PauseReason pauseReason,
            OffsetDateTime metAt,
            OffsetDateTime breachedAt,
            @Schema(description = "Set when the promise was counted into a year whose holidays the tenant's country has not published "
                    + "(and the tenant has no days of its own in it): that year's holidays counted as working days.",
                    examples = "2027", minimum = "2000", maximum = "2200") Integer calendarUnknownFrom,
            @Schema(description = "The same, in words.", examples = "The calendar for 2027 is not yet published; its holidays were counted as working days.")
            @Size(max = 200) String calendarNote) {
    }

    static String calendarNote(Integer unknownFrom) {
        return unknownFrom == null ? null
                : "The calendar for " + unknownFrom + " is not yet published; its holidays were counted as working days.";
    }

    @Schema(name = "PromiseWatchItem", description = "An object whose promise is at risk or breached and not yet met.",
            requiredProperties = {"subjectType", "subjectId", "subjectNumber", "promise"})
    public record WatchItem(SubjectType subjectType, UUID subjectId, @Size(max = 20) String subjectNumber,
                            @Size(max = 200) String customerName, PromiseView promise) {
    }

    @Schema(name = "PromiseWatchList", requiredProperties = "items")
    public record WatchList(@Size(max = 200) List<WatchItem> items) {
    }

    @Schema(name = "PromiseBreach", description = "A breached promise, escalated to the managers.",
            requiredProperties = {"id", "subjectType", "subjectId", "subjectNumber", "promiseKind", "dueAt", "breachedAt"})
    public record BreachView(UUID id, SubjectType subjectType, UUID subjectId, @Size(max = 20) String subjectNumber,
                             PromiseKind promiseKind, OffsetDateTime dueAt, OffsetDateTime breachedAt,
                             OffsetDateTime acknowledgedAt, @Size(max = 255) String acknowledgedBy) {
    }

    @Schema(name = "PromiseBreachPage", requiredProperties = "items")
    public record BreachPage(@Size(max = 200) List<BreachView> items,
                             @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                             @Size(max = 200) String nextCursor) {
    }
}
