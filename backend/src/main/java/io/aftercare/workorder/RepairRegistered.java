package io.aftercare.workorder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A repair with a fault category on the customer's assets was registered: one occurrence of that fault for each
 * asset's product. Fired synchronously in the intake's transaction.
 */
public record RepairRegistered(UUID workOrderId, List<UUID> assetIds, String faultCategory, OffsetDateTime at) {
}
