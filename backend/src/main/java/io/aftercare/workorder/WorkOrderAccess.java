package io.aftercare.workorder;

import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.UUID;

/** Who may see which order: the tenant's staff see all of them, installers their crew's, partners the jobs they work on. */
@ApplicationScoped
public class WorkOrderAccess {

    private final CurrentUser caller;
    private final Instance<PartnerJobs> partnerJobs;

    public WorkOrderAccess(CurrentUser caller, Instance<PartnerJobs> partnerJobs) {
        this.caller = caller;
        this.partnerJobs = partnerJobs;
    }

    /** The order, when the caller may see it; otherwise 404, as if it did not exist. */
    WorkOrder visible(UUID id) {
        return WorkOrder.<WorkOrder>findByIdOptional(id).filter(this::canSee)
                .orElseThrow(() -> ProblemException.notFound("The work order " + id));
    }

    /** Whether the caller may see this order: it is the tenant's, and an installer sees only the orders of their crew. */
    boolean canSee(WorkOrder order) {
        if (caller.onlyPartner()) {
            return partnerJobs.isResolvable() && partnerJobs.get().callerWorksOn(order.id);
        }
        return !caller.onlyInstaller() || order.crew().contains(UUID.fromString(caller.id()));
    }
}
