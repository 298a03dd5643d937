package io.aftercare.followup;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The customer answered a follow-up call; fired synchronously in the call's transaction. */
public record FollowUpAnswered(UUID followUpId, String number, UUID workOrderId, FollowUpDtos.Answers answers, OffsetDateTime at) {

    /** The lowest of the answers: a praise needs every answer at or above the tenant's mark. */
    public int lowestAnswer() {
        return Math.min(answers.knowsUsage(), Math.min(answers.meetsNeeds(), answers.installerAttitude()));
    }
}
