package io.aftercare.workorder;

import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.geo.Travel;
import io.aftercare.installer.DispatchProblem;
import io.aftercare.installer.InstallerDtos;
import io.aftercare.installer.InstallerAvailability;
import io.aftercare.installer.InstallerService;
import io.aftercare.problem.ProblemException;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who could take an order, checked the way the assign action checks, so the dispatcher sees refusals before submitting;
 * and ranked as a dispatcher would choose: eligible, of the order's service point, least loaded that day, nearest.
 */
@ApplicationScoped
public class AssignCandidates {

    private final CrewEligibility eligibility;
    private final InstallerService installers;
    private final InstallerAvailability availability;
    private final TenantService tenantService;
    private final CustomerDirectory customers;
    private final SettingsService settings;
    private final WorkOrderQueries queries;

    public AssignCandidates(CrewEligibility eligibility, InstallerService installers, InstallerAvailability availability, TenantService tenantService, CustomerDirectory customers,
                            SettingsService settings, WorkOrderQueries queries) {
        this.eligibility = eligibility;
        this.installers = installers;
        this.availability = availability;
        this.tenantService = tenantService;
        this.customers = customers;
        this.settings = settings;
        this.queries = queries;
    }

    /** Where an installer comes from to this job: their previous job's site that day, or their latest check-in. */
    private record From(Double latitude, Double longitude, String orderNumber) {
    }

    /**
     * Every installer of the tenant for the order: eligible when the assign action would take them as its lead or a
     * helper, else with each reason; ranked (see {@link WorkOrderDtos.AssignCandidates#items()}).
     */
    @Transactional
    public WorkOrderDtos.AssignCandidates of(UUID workOrderId) {
        WorkOrder order = WorkOrder.<WorkOrder>findByIdOptional(workOrderId)
                .orElseThrow(() -> ProblemException.notFound("The work order " + workOrderId));
        LocalDate day = eligibility.day(order);
        List<InstallerDtos.RosterEntry> roster = installers.roster();
        List<UUID> ids = roster.stream().map(InstallerDtos.RosterEntry::id).toList();
        Map<UUID, List<DispatchProblem>> problems = eligibility.problems(order, ids);
        Map<UUID, InstallerDtos.Shift> shifts = availability.shifts(ids);
        List<WorkOrder> sameDay = ordersOn(day, order.id);
        Map<UUID, Integer> jobs = new HashMap<>();
        sameDay.forEach(o -> o.crew().forEach(installer -> jobs.merge(installer, 1, Integer::sum)));
        Map<UUID, WorkOrder> previous = previousJobs(order, sameDay);
        // one lookup for the order's site and the sites of the jobs before it
        Set<UUID> siteIds = new HashSet<>();
        siteIds.add(order.siteId);
        previous.values().forEach(o -> siteIds.add(o.siteId));
        siteIds.remove(null);
        Map<UUID, CustomerDtos.SiteAddress> sites = customers.sitePlaces(siteIds);
        Map<UUID, From> from = fromWhere(order, previous, sites, ids);
        CustomerDtos.SiteAddress site = order.siteId == null ? null : sites.get(order.siteId);
        Travel travel = settings.current().dispatch().travel();
        List<WorkOrderDtos.AssignCandidate> items = roster.stream().map(i -> {
            List<DispatchProblem> reasons = problems.get(i.id());
            From start = from.get(i.id());
            Double km = site == null || site.latitude() == null || start == null || start.latitude() == null ? null
                    : Math.round(travel.roadKm(start.latitude(), start.longitude(), site.latitude(), site.longitude()) * 10) / 10.0;
            InstallerDtos.Shift shift = shifts.get(i.id());
            Boolean samePoint = order.servicePointId == null || shift == null ? null : shift.servicePointIds().contains(order.servicePointId);
            return new WorkOrderDtos.AssignCandidate(i.id(), i.displayName(), reasons.isEmpty(),
                    reasons.stream().map(WorkOrderDtos.CandidateReason::of).toList(), jobs.getOrDefault(i.id(), 0), km,
                    km == null || start == null ? null : start.orderNumber(), samePoint);
        }).sorted(RANKING).toList();
        return new WorkOrderDtos.AssignCandidates(day, items);
    }

    static final Comparator<WorkOrderDtos.AssignCandidate> RANKING = Comparator
            .comparing((WorkOrderDtos.AssignCandidate c) -> !c.eligible())
            .thenComparing(c -> !Boolean.TRUE.equals(c.sameServicePoint()))
            .thenComparing(WorkOrderDtos.AssignCandidate::jobsThatDay)
            .thenComparing(WorkOrderDtos.AssignCandidate::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkOrderDtos.AssignCandidate::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(WorkOrderDtos.AssignCandidate::installerId);

    /** Open orders with an appointment starting on {@code day}, other than {@code except}. */
    private List<WorkOrder> ordersOn(LocalDate day, UUID except) {
        ZoneId zone = tenantService.currentZone();
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return WorkOrder.list("id <> ?1 and status in ?2 and appointmentStart >= ?3 and appointmentStart < ?4 order by appointmentStart",
                except, CrewEligibility.holding(), from, to);
    }

    /** Each installer's last job that day ending by this one's start (the day's orders come by appointment). */
    private static Map<UUID, WorkOrder> previousJobs(WorkOrder order, List<WorkOrder> sameDay) {
        Map<UUID, WorkOrder> previous = new HashMap<>();
        for (WorkOrder o : sameDay) {
            if (!o.appointmentEnd.isAfter(order.appointmentStart)) {
                o.crew().forEach(installer -> previous.put(installer, o));
            }
        }
        return previous;
    }

    /** Each installer's place before this job: the site of their previous job, else their latest check-in before it. */
    private Map<UUID, From> fromWhere(WorkOrder order, Map<UUID, WorkOrder> previous, Map<UUID, CustomerDtos.SiteAddress> sites,
                                      List<UUID> installerIds) {
        Map<UUID, From> from = new HashMap<>();
        queries.lastCheckIns(installerIds, order.appointmentStart)
                .forEach((id, p) -> from.put(id, new From(p.latitude(), p.longitude(), null)));
        previous.forEach((installer, o) -> {
            CustomerDtos.SiteAddress site = o.siteId == null ? null : sites.get(o.siteId);
            if (site != null && site.latitude() != null) {
                from.put(installer, new From(site.latitude(), site.longitude(), o.number));
            }
        });
        return from;
    }
}
