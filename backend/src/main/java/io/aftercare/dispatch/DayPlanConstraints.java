package io.aftercare.dispatch;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * What makes a day's plan good, in order: hard rules (never broken by a proposal), then orders left without an
 * installer, then the soft costs. The soft weights are in metres of road: a minute late on a promise costs as much as
 * {@value #METRES_PER_LATE_MINUTE} m per priority step, a job outside its service point {@value #METRES_OTHER_POINT} m.
 */
public class DayPlanConstraints implements ConstraintProvider {

    /** A hard rule broken for a whole job (certificate, leave) weighs as much as this many minutes outside a window. */
    static final int WHOLE_JOB = 1000;
    static final int METRES_PER_LATE_MINUTE = 500;
    static final int METRES_OTHER_POINT = 10_000;
    static final int METRES_PER_CHANGE = 2_000;
    static final int METRES_PER_LOAD_SQUARE = 100;
    static final int METRES_PER_MOVED_MINUTE = 10;

    public static final String CERTIFICATE = "Certificate valid on the day";
    public static final String AVAILABLE = "Active and not on leave";
    public static final String WINDOW = "Within the agreed window";
    public static final String HOURS = "Within working hours";
    public static final String BUSY = "No overlap with jobs under way";
    public static final String UNASSIGNED = "Every order has an installer";
    public static final String TRAVEL = "Travel";
    public static final String PROMISE = "Promise due";
    public static final String BALANCE = "Balanced load";
    public static final String SERVICE_POINT = "Stays with its service point";
    public static final String CHANGE = "Keeps what the dispatcher planned";
    public static final String WINDOW_MOVED = "Moves windows little";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                f.forEach(PlanJob.class).filter(j -> !j.getCrew().qualifiedFor(j))
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, j -> WHOLE_JOB).asConstraint(CERTIFICATE),
                f.forEach(PlanJob.class).filter(j -> !j.getCrew().isAvailable())
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, j -> WHOLE_JOB).asConstraint(AVAILABLE),
                f.forEach(PlanJob.class).filter(j -> !j.isMovable() && j.windowMoves())
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, PlanJob::minutesPastWindow).asConstraint(WINDOW),
                f.forEach(PlanJob.class).filter(j -> j.minutesOutsideHours() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, PlanJob::minutesOutsideHours).asConstraint(HOURS),
                f.forEach(PlanJob.class).filter(j -> j.getStart() != null && j.getCrew().busyOverlap(j.getStart(), j.end()) > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, j -> j.getCrew().busyOverlap(j.getStart(), j.end()))
                        .asConstraint(BUSY),
                f.forEachIncludingUnassigned(PlanJob.class).filter(j -> j.getCrew() == null)
                        .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, PlanJob::getPriority).asConstraint(UNASSIGNED),
                f.forEach(PlanJob.class).filter(j -> j.travelKm() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, j -> Math.round(j.travelKm() * 1000)).asConstraint(TRAVEL),
                f.forEach(PlanJob.class).filter(j -> j.minutesLate() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, j -> (long) j.minutesLate() * j.getPriority() * METRES_PER_LATE_MINUTE)
                        .asConstraint(PROMISE),
                f.forEach(PlanCrew.class).filter(c -> c.getJobs().size() > 1)
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, c -> (long) c.getJobs().size() * c.getJobs().size() * METRES_PER_LOAD_SQUARE)
                        .asConstraint(BALANCE),
                f.forEach(PlanJob.class)
                        .filter(j -> j.getServicePointId() != null && !j.getCrew().getServicePointIds().contains(j.getServicePointId()))
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, j -> METRES_OTHER_POINT).asConstraint(SERVICE_POINT),
                f.forEach(PlanJob.class).filter(j -> j.isMovable() && j.windowMoves())
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, j -> (long) j.minutesPastWindow() * METRES_PER_MOVED_MINUTE)
                        .asConstraint(WINDOW_MOVED),
                f.forEach(PlanJob.class).filter(j -> j.getCurrentLead() != null && !j.getCurrentLead().equals(j.getCrew().getId()))
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, j -> METRES_PER_CHANGE).asConstraint(CHANGE)
        };
    }
}
