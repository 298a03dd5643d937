package io.aftercare.workorder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A completion was refused because the service report or the safety checks were incomplete. Fired in the separate
 * transaction that records the refused attempt, so its consequences stay although the completion itself fails.
 */
public record CompletionRefused(UUID orderId, String number, UUID leadInstallerId, List<String> missing, OffsetDateTime at) {
}
