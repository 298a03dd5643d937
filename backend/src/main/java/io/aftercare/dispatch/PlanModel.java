package io.aftercare.dispatch;

import io.aftercare.installer.Qualification;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderStatus;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Between the day's facts and the optimiser's model. The orders it may place are those nobody has (NEW) and those
 * assigned and not yet confirmed with the customer, without helpers; every other open order of the day holds its
 * crew for its time. The plan as it stands starts the search, and the proposal is what differs from it.
 */
final class PlanModel {

    /** The model of a day, with the facts it came from. */
    record Built(DayPlan plan, Map<UUID, WorkOrderDtos.WorkOrderSummary> orders, Map<UUID, DispatchDay.Crew> crews) {
    }

    private static final Set<WorkOrderStatus> HOLDING_ELSEWHERE = EnumSet.of(WorkOrderStatus.CUSTOMER_CONTACTED, WorkOrderStatus.EN_ROUTE,
            WorkOrderStatus.ON_SITE, WorkOrderStatus.PAUSED);

    private PlanModel() {
    }

    /** The day as planned now: each planned order with its current installer, in order of appointment. */
    static Built build(DispatchDay.Facts facts, SettingsDtos.DispatchSettings settings, boolean allowWindowMoves) {
        PlanRules rules = new PlanRules(settings.travel(), settings.lateGraceMinutes());
        OffsetDateTime dayStart = facts.start();
        Map<UUID, WorkOrderDtos.WorkOrderSummary> byId = new HashMap<>();
        Map<UUID, List<PlanCrew.Busy>> busy = new HashMap<>();
        List<WorkOrderDtos.WorkOrderSummary> planned = new ArrayList<>();
        for (WorkOrderDtos.WorkOrderSummary o : facts.orders()) {
            boolean plannable = (o.status() == WorkOrderStatus.NEW && facts.queue().contains(o.id()))
                    || (o.status() == WorkOrderStatus.ASSIGNED && o.helperIds().isEmpty());
            if (plannable) {
                planned.add(o);
                byId.put(o.id(), o);
            } else if (o.status() == WorkOrderStatus.ASSIGNED || HOLDING_ELSEWHERE.contains(o.status())) {
                PlanCrew.Busy held = new PlanCrew.Busy(minute(dayStart, o.appointment().start()), minute(dayStart, o.appointment().end()), o.number());
                List<UUID> members = new ArrayList<>(o.helperIds());
                if (o.leadInstallerId() != null) {
                    members.add(o.leadInstallerId());
                }
                members.forEach(m -> busy.computeIfAbsent(m, k -> new ArrayList<>()).add(held));
            }
        }
        Map<UUID, DispatchDay.Crew> crewFacts = new HashMap<>();
        Map<UUID, PlanCrew> crews = new HashMap<>();
        List<PlanCrew> crewList = new ArrayList<>();
        for (DispatchDay.Crew c : facts.crews()) {
            crewFacts.put(c.id(), c);
            PlanCrew crew = new PlanCrew(c.id(), c.displayName(), c.qualifications(), c.available(), Set.copyOf(c.shift().servicePointIds()),
                    minutes(c.shift().start()), minutes(c.shift().end()),
                    c.position() == null ? null : c.position().latitude(), c.position() == null ? null : c.position().longitude(),
                    busy.getOrDefault(c.id(), List.of()));
            crews.put(c.id(), crew);
            crewList.add(crew);
        }
        List<PlanJob> jobs = new ArrayList<>();
        planned.sort(Comparator.comparing((WorkOrderDtos.WorkOrderSummary o) -> o.appointment().start()).thenComparing(WorkOrderDtos.WorkOrderSummary::number));
        for (WorkOrderDtos.WorkOrderSummary o : planned) {
            var site = o.siteId() == null ? null : facts.sites().get(o.siteId());
            int start = minute(dayStart, o.appointment().start());
            int duration = Math.max(15, minute(dayStart, o.appointment().end()) - start);
            Set<Qualification> required = o.requiredQualifications().isEmpty() ? Set.of() : EnumSet.copyOf(o.requiredQualifications());
            PlanJob job = new PlanJob(o.id(), o.number(), o.version(), site == null ? null : site.latitude(), site == null ? null : site.longitude(),
                    start, duration, allowWindowMoves, due(dayStart, o.promise()), o.priority().ordinal() + 1, required, o.servicePointId(),
                    o.leadInstallerId(), rules);
            jobs.add(job);
            PlanCrew current = o.leadInstallerId() == null ? null : crews.get(o.leadInstallerId());
            if (current != null) {
                current.getJobs().add(job);
            }
        }
        return new Built(new DayPlan(crewList, jobs), byId, crewFacts);
    }

    /**
     * What the solved plan changes against the plan as it stood ({@code before}, scored). A placement that breaks a hard
     * rule is never proposed: such an order counts as unplaced (the solver does not produce them; this holds by
     * construction all the same).
     */
    static DispatchPlan.Proposal proposal(Built before, DayPlan after, OffsetDateTime dayStart) {
        Map<UUID, PlanJob> was = new HashMap<>();
        before.plan().getJobs().forEach(j -> was.put(j.getId(), j));
        List<DispatchDtos.Change> changes = new ArrayList<>();
        List<DispatchDtos.Unplaced> unplaced = new ArrayList<>();
        Set<UUID> placed = new java.util.HashSet<>();
        for (PlanCrew crew : after.getCrews()) {
            for (PlanJob job : crew.getJobs()) {
                if (breaksAHardRule(crew, job)) {
                    continue;
                }
                placed.add(job.getId());
                PlanJob old = was.get(job.getId());
                WorkOrderDtos.WorkOrderSummary order = before.orders().get(job.getId());
                boolean moved = job.isMovable() && job.windowMoves();
                if (crew.getId().equals(job.getCurrentLead()) && !moved) {
                    continue;
                }
                WorkOrderDtos.Appointment to = moved
                        ? new WorkOrderDtos.Appointment(at(dayStart, job.getStart()), at(dayStart, job.end()))
                        : order.appointment();
                DispatchDay.Crew from = job.getCurrentLead() == null ? null : before.crews().get(job.getCurrentLead());
                changes.add(new DispatchDtos.Change(order.id(), order.number(), order.version(), order.customerName(),
                        job.getCurrentLead(), from == null ? null : from.displayName(), crew.getId(), crew.getName(),
                        order.appointment(), to, round(old.getCrew() == null ? 0 : old.travelKm()), round(job.travelKm()),
                        old.getCrew() == null ? 0 : old.minutesLate(), job.minutesLate(),
                        job.getPrevious() == null ? null : job.getPrevious().getNumber(), moved, false));
            }
        }
        for (PlanJob job : after.getJobs()) {
            if (!placed.contains(job.getId()) && job.getCurrentLead() == null) {
                unplaced.add(new DispatchDtos.Unplaced(job.getId(), job.getNumber()));
            }
        }
        changes.sort(Comparator.comparing(DispatchDtos.Change::toInstallerName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> c.to().start()).thenComparing(DispatchDtos.Change::number));
        unplaced.sort(Comparator.comparing(DispatchDtos.Unplaced::number));
        return new DispatchPlan.Proposal(changes, unplaced);
    }

    static boolean breaksAHardRule(PlanCrew crew, PlanJob job) {
        return !crew.qualifiedFor(job) || !crew.isAvailable() || (!job.isMovable() && job.windowMoves()) || job.minutesOutsideHours() > 0
                || crew.busyOverlap(job.getStart(), job.end()) > 0;
    }

    private static Integer due(OffsetDateTime dayStart, PromiseDtos.PromiseView promise) {
        if (promise == null || promise.dueAt() == null || promise.metAt() != null) {
            return null;
        }
        long minutes = Duration.between(dayStart, promise.dueAt()).toMinutes();
        return (int) Math.max(-1_000_000, Math.min(1_000_000, minutes));
    }

    static int minute(OffsetDateTime dayStart, OffsetDateTime at) {
        return (int) Math.max(-10_000, Math.min(10_000, Duration.between(dayStart, at).toMinutes()));
    }

    private static OffsetDateTime at(OffsetDateTime dayStart, int minute) {
        return dayStart.plusMinutes(minute);
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
