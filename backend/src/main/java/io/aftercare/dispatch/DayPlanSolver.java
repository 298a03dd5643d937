package io.aftercare.dispatch;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Timefold Solver (core API) on a {@link DayPlan}: one factory for the process, one solver per run, bounded by the
 * time the caller gives and stopped early once the best plan has not improved for a while.
 */
public final class DayPlanSolver {

    private static final SolverFactory<DayPlan> FACTORY = SolverFactory.create(new SolverConfig()
            .withSolutionClass(DayPlan.class)
            .withEntityClasses(PlanCrew.class, PlanJob.class)
            .withConstraintProviderClass(DayPlanConstraints.class));
    private static final SolutionManager<DayPlan, HardMediumSoftLongScore> SCORES = SolutionManager.create(FACTORY);

    private DayPlanSolver() {
    }

    /**
     * The best plan found within {@code limit} (or sooner, after {@code unimproved} without a better one), starting from
     * the plan as given. {@code progress} hears each new best score with the milliseconds spent.
     */
    public static DayPlan solve(DayPlan problem, Duration limit, Duration unimproved, BiConsumer<HardMediumSoftLongScore, Long> progress) {
        Solver<DayPlan> solver = FACTORY.buildSolver(new SolverConfigOverride<DayPlan>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved)));
        solver.addEventListener(event -> progress.accept(event.getNewBestSolution().getScore(), event.getTimeMillisSpent()));
        // the construction heuristic places orders in this order: those whose promises fall due first (measured: less
        // road and fewer minutes late than in the order they were read)
        List<PlanJob> jobs = new ArrayList<>(problem.getJobs());
        jobs.sort(GreedyPlan.PROMISE_ORDER);
        problem.setJobs(jobs);
        return solver.solve(problem);
    }

    /** Computes the starts of every job and the plan's score, for a plan made elsewhere (as given, or greedy). */
    public static HardMediumSoftLongScore score(DayPlan plan) {
        return SCORES.update(plan);
    }
}
