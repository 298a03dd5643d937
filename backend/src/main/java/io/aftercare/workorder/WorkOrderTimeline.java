package io.aftercare.workorder;

import io.aftercare.api.Ids;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** An order's timeline: each step as an event with who did it, the states before and after, and its details. */
@ApplicationScoped
public class WorkOrderTimeline {

    private final CurrentUser caller;

    public WorkOrderTimeline(CurrentUser caller) {
        this.caller = caller;
    }

    /** Adds a step to the order's timeline (in the caller's transaction); its id. */
    UUID record(UUID orderId, String action, WorkOrderStatus from, WorkOrderStatus to, Map<String, Object> details) {
        WorkOrderEvent event = new WorkOrderEvent();
        event.id = Ids.newId();
        event.workOrderId = orderId;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.actorId = caller.id();
        event.actorName = caller.username();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.details = details.isEmpty() ? null : details;
        event.persist();
        return event.id;
    }
}
