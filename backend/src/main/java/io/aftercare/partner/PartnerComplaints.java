package io.aftercare.partner;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Verified customer complaints about work orders: each deducts the agreement's percentage from a statement. */
public interface PartnerComplaints {

    /** Verified complaints per work order (a missing key means none), in one query. */
    Map<UUID, Long> verifiedByWorkOrder(Collection<UUID> workOrderIds);

    /** Verified complaints about these work orders, in total. */
    default long verifiedAbout(Collection<UUID> workOrderIds) {
        return verifiedByWorkOrder(workOrderIds).values().stream().mapToLong(Long::longValue).sum();
    }
}
