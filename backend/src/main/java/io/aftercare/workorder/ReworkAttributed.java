package io.aftercare.workorder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The manager said who caused a rework. Fired synchronously in the attribution's transaction.
 *
 * @param originalLeadInstallerId the lead installer of the reworked (original) order: the one an installer-caused
 *                                rework counts against
 * @param reworkCost              the rework order's fee: what the rework cost, borne by the installer when the rules say so
 */
public record ReworkAttributed(UUID reworkOrderId, String reworkNumber, UUID originalOrderId, String originalNumber,
                               UUID originalLeadInstallerId, WorkOrderDtos.ReworkCause cause, BigDecimal reworkCost, OffsetDateTime at) {
}
