package io.aftercare.workorder;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A work order changed state. Fired synchronously inside the transaction of the change, so observers (follow-ups,
 * objections) write in the same transaction: the change and its consequences commit or roll back together.
 */
public record WorkOrderMoved(UUID orderId, String number, WorkOrderDtos.WorkOrderType type, UUID customerId, WorkOrderStatus from,
                             WorkOrderStatus to, String action, OffsetDateTime workDoneAt, WorkOrderDtos.SignOff signOff) {
}
