package io.aftercare.workorder;

import io.aftercare.installer.DispatchProblem;
import io.aftercare.installer.InstallerDtos;
import io.aftercare.installer.InstallerService;
import io.aftercare.problem.ProblemException;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who could take an order, checked the way the assign action checks, so the dispatcher sees refusals before submitting. */
@ApplicationScoped
public class AssignCandidates {

    private final CrewEligibility eligibility;
    private final InstallerService installers;
    private final TenantService tenantService;

    public AssignCandidates(CrewEligibility eligibility, InstallerService installers, TenantService tenantService) {
        this.eligibility = eligibility;
        this.installers = installers;
        this.tenantService = tenantService;
    }

    /**
     * Every installer of the tenant for the order: eligible when the assign action would take them as its lead or a
     * helper, else with each reason. Eligible ones first, then by name.
     */
    @Transactional
    public WorkOrderDtos.AssignCandidates of(UUID workOrderId) {
        WorkOrder order = WorkOrder.<WorkOrder>findByIdOptional(workOrderId)
                .orElseThrow(() -> ProblemException.notFound("The work order " + workOrderId));
        LocalDate day = eligibility.day(order);
        List<InstallerDtos.RosterEntry> roster = installers.roster();
        List<UUID> ids = roster.stream().map(InstallerDtos.RosterEntry::id).toList();
        Map<UUID, List<DispatchProblem>> problems = eligibility.problems(order, ids);
        Map<UUID, Integer> jobs = jobsOn(day, order.id);
        List<WorkOrderDtos.AssignCandidate> items = roster.stream().map(i -> {
            List<DispatchProblem> reasons = problems.get(i.id());
            // Neither installers nor service points have coordinates yet: no distance to show.
            return new WorkOrderDtos.AssignCandidate(i.id(), i.displayName(), reasons.isEmpty(),
                    reasons.stream().map(WorkOrderDtos.CandidateReason::of).toList(), jobs.getOrDefault(i.id(), 0), null);
        }).sorted(Comparator.comparing((WorkOrderDtos.AssignCandidate c) -> !c.eligible())
                .thenComparing(WorkOrderDtos.AssignCandidate::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(WorkOrderDtos.AssignCandidate::installerId)).toList();
        return new WorkOrderDtos.AssignCandidates(day, items);
    }

    /** Open orders per installer (lead or helper) with an appointment starting on {@code day}, other than {@code except}. */
    private Map<UUID, Integer> jobsOn(LocalDate day, UUID except) {
        ZoneId zone = tenantService.currentZone();
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Map<UUID, Integer> jobs = new HashMap<>();
        WorkOrder.<WorkOrder>list("id <> ?1 and status in ?2 and appointmentStart >= ?3 and appointmentStart < ?4",
                        except, CrewEligibility.holding(), from, to)
                .forEach(o -> o.crew().forEach(installer -> jobs.merge(installer, 1, Integer::sum)));
        return jobs;
    }
}
