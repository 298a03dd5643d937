package io.aftercare.workorder;

import java.util.UUID;

/**
 * Orders given to outsourcing partners, as far as work orders need to know: whether the calling partner staff member's
 * partner has the order. The partner feature implements it (it depends on work orders, not the other way round).
 */
public interface PartnerJobs {

    boolean callerWorksOn(UUID workOrderId);
}
