package io.aftercare.workorder;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A work order changed state. Fired synchronously inside the transaction of the change, so observers (follow-ups,
 * objections) write in the same transaction: the change and its consequences commit or roll back together.
 */
public record WorkOrderMoved(UUID orderId, String number, WorkOrderDtos.WorkOrderType type, UUID customerId, WorkOrderStatus from,
                             WorkOrderStatus to, String action, OffsetDateTime workDoneAt, WorkOrderDtos.SignOff signOff,
                             UUID leadInstallerId, boolean late, Integer lateMinutes, OffsetDateTime at) {

    /** The installer checked in on site (not a resumption after a pause). */
    public boolean checkedIn() {
        return to == WorkOrderStatus.ON_SITE && from != WorkOrderStatus.PAUSED;
    }
}
