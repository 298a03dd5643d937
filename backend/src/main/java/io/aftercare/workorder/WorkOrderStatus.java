package io.aftercare.workorder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The work order's lifecycle. Transitions are data: {@link #next()} is the only place that says which state may
 * follow which. Reassignment (back to ASSIGNED) and cancellation are allowed until the installer is on site.
 */
@Schema(name = "WorkOrderStatus")
public enum WorkOrderStatus {
    NEW, ASSIGNED, CUSTOMER_CONTACTED, EN_ROUTE, ON_SITE, PAUSED, WORK_DONE, SIGNED_OFF, REPORTED_IN, FILED, CLOSED, CANCELLED;

    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> NEXT = Map.ofEntries(
            Map.entry(NEW, EnumSet.of(ASSIGNED, CANCELLED)),
            Map.entry(ASSIGNED, EnumSet.of(ASSIGNED, CUSTOMER_CONTACTED, CANCELLED)),
            Map.entry(CUSTOMER_CONTACTED, EnumSet.of(ASSIGNED, EN_ROUTE, CANCELLED)),
            Map.entry(EN_ROUTE, EnumSet.of(ASSIGNED, ON_SITE, CANCELLED)),
            Map.entry(ON_SITE, EnumSet.of(PAUSED, WORK_DONE)),
            Map.entry(PAUSED, EnumSet.of(ON_SITE)),
            Map.entry(WORK_DONE, EnumSet.of(SIGNED_OFF)),
            Map.entry(SIGNED_OFF, EnumSet.of(REPORTED_IN)),
            Map.entry(REPORTED_IN, EnumSet.of(FILED)),
            Map.entry(FILED, EnumSet.of(CLOSED)),
            Map.entry(CLOSED, EnumSet.noneOf(WorkOrderStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(WorkOrderStatus.class)));

    public Set<WorkOrderStatus> next() {
        return NEXT.get(this);
    }

    public boolean canBecome(WorkOrderStatus target) {
        return next().contains(target);
    }

    /** Assigned and not finished on site: the installer holds the job. */
    public boolean holdsInstaller() {
        return EnumSet.of(ASSIGNED, CUSTOMER_CONTACTED, EN_ROUTE, ON_SITE, PAUSED).contains(this);
    }
}
