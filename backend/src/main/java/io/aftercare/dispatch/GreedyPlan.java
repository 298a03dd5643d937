package io.aftercare.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline a dispatcher would follow by hand: orders in order of promise due (then priority, then window), each to
 * the nearest installer who may take it (certificates, leave, hours, window, no overlap), slotted by its window
 * among the jobs they already have. What no installer can take stays unassigned.
 */
public final class GreedyPlan {

    /** Promise due first (none last), then higher priority, then the window's start. */
    static final Comparator<PlanJob> PROMISE_ORDER = Comparator.comparing((PlanJob j) -> j.getDue() == null ? Integer.MAX_VALUE : j.getDue())
            .thenComparing(PlanJob::getPriority, Comparator.reverseOrder())
            .thenComparing(PlanJob::getWindowStart)
            .thenComparing(PlanJob::getNumber);

    private GreedyPlan() {
    }

    /** Plans {@code plan} from empty days and scores it. */
    public static DayPlan plan(DayPlan plan) {
        plan.getCrews().forEach(c -> c.getJobs().clear());
        List<PlanJob> order = new ArrayList<>(plan.getJobs());
        order.sort(PROMISE_ORDER);
        for (PlanJob job : order) {
            PlanCrew best = null;
            int bestAt = -1;
            double bestKm = Double.MAX_VALUE;
            for (PlanCrew crew : plan.getCrews()) {
                if (!crew.isAvailable() || !crew.qualifiedFor(job)) {
                    continue;
                }
                int at = slot(crew, job);
                List<PlanJob> tried = new ArrayList<>(crew.getJobs());
                tried.add(at, job);
                if (!feasible(crew, tried)) {
                    continue;
                }
                double km = job.travelKm();
                if (km < bestKm) {
                    best = crew;
                    bestAt = at;
                    bestKm = km;
                }
            }
            if (best != null) {
                best.getJobs().add(bestAt, job);
            }
            // leave the shadows of the last try out of the way; the final score recomputes them all
            plan.getCrews().forEach(c -> place(c, c.getJobs()));
            if (best == null) {
                unplace(job);
            }
        }
        DayPlanSolver.score(plan);
        return plan;
    }

    /** Where the job goes among the crew's jobs: after the last one whose window opens no later. */
    private static int slot(PlanCrew crew, PlanJob job) {
        int at = 0;
        for (int i = 0; i < crew.getJobs().size(); i++) {
            if (crew.getJobs().get(i).getWindowStart() <= job.getWindowStart()) {
                at = i + 1;
            }
        }
        return at;
    }

    /** Walks the day as the solver's shadows would and checks the hard rules of timing. */
    private static boolean feasible(PlanCrew crew, List<PlanJob> jobs) {
        place(crew, jobs);
        return jobs.stream().allMatch(j -> (j.isMovable() || !j.windowMoves()) && j.minutesOutsideHours() == 0
                && crew.busyOverlap(j.getStart(), j.end()) == 0);
    }

    private static void place(PlanCrew crew, List<PlanJob> jobs) {
        PlanJob previous = null;
        for (PlanJob j : jobs) {
            j.setCrew(crew);
            j.setPrevious(previous);
            j.updateStart();
            previous = j;
        }
    }

    private static void unplace(PlanJob job) {
        job.setCrew(null);
        job.setPrevious(null);
        job.setStart(null);
    }
}
