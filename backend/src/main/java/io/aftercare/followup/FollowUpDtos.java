package io.aftercare.followup;

import io.aftercare.promise.PromiseDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class FollowUpDtos {

    private FollowUpDtos() {
    }

    @Schema(name = "FollowUpKind", description = """
            AFTER_SERVICE: the call after a filed order (its completion closes the order).
            USAGE_CALL: a call to a recently installed customer about their use of the product.
            SPOT_CHECK_VISIT: a random check of a recent order, sampled by the system.""")
    public enum Kind { AFTER_SERVICE, USAGE_CALL, SPOT_CHECK_VISIT }

    @Schema(name = "FollowUpStatus", description = "OPEN until the customer is reached (COMPLETED) or the last attempt fails (UNREACHABLE).")
    public enum Status { OPEN, COMPLETED, UNREACHABLE }

    @Schema(name = "FollowUpAnswers", description = "The customer's answers, 1 (poor) to 5 (good).")
    public record Answers(
            @Schema(description = "Knows how to use the product.", minimum = "1", maximum = "5") @NotNull @Min(1) @Max(5) Integer knowsUsage,
            @Schema(description = "The product meets their needs.", minimum = "1", maximum = "5") @NotNull @Min(1) @Max(5) Integer meetsNeeds,
            @Schema(description = "The installer's attitude.", minimum = "1", maximum = "5") @NotNull @Min(1) @Max(5) Integer installerAttitude) {
    }

    @Schema(name = "FollowUpAttempt", requiredProperties = {"at", "by", "reached"})
    public record Attempt(OffsetDateTime at, @Size(max = 255) String by, boolean reached, @Size(max = 1000) String note) {
    }

    @Schema(name = "FollowUp", description = "A follow-up (回访) with the customer to call.",
            requiredProperties = {"id", "number", "kind", "status", "customerId", "customerName", "dueAt", "nextAttemptAt", "attempts",
                    "attemptLog", "createdAt", "version"})
    public record FollowUpView(
            UUID id,
            @Schema(examples = "FU-000042") @Size(max = 20) String number,
            Kind kind,
            Status status,
            UUID workOrderId,
            @Size(max = 20) String workOrderNumber,
            UUID customerId,
            @Size(max = 200) String customerName,
            @Size(max = 30) String customerPhone,
            OffsetDateTime dueAt,
            @Schema(description = "When to call (next): the due time, or the retry after an unanswered call.") OffsetDateTime nextAttemptAt,
            @Schema(minimum = "0", maximum = "100") int attempts,
            @Size(max = 100) List<Attempt> attemptLog,
            Answers answers,
            @Size(max = 2000) String suggestions,
            OffsetDateTime completedAt,
            @Size(max = 255) String completedBy,
            @Schema(description = "The objection a poor answer opened.") UUID objectionId,
            @Schema(description = "The follow-up promise (after-service calls only).") PromiseDtos.PromiseView promise,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "FollowUpPage", requiredProperties = "items")
    public record FollowUpPage(@Size(max = 200) List<FollowUpView> items,
                               @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                               @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "RecordFollowUpAttempt", description = "One call: reached with the answers, or not reached (a retry is scheduled).")
    public record RecordAttemptRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull Boolean reached,
            @Schema(description = "Required when reached.") @Valid Answers answers,
            @Schema(description = "The customer's suggestions about the product or the service.") @Size(max = 2000) String suggestions,
            @Size(max = 1000) String note) {
    }
}
