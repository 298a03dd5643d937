package io.aftercare.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * `make bench`'s dispatch part (not part of `make test`: numbers belong in a report): generated days of 300 jobs x 30
 * installers and 1,000 x 100, planned by the greedy baseline (nearest eligible installer in order of promise due) and by
 * the optimiser within its time limit. Writes a Markdown table to {@code aftercare.bench.dispatch.report}.
 */
@EnabledIfSystemProperty(named = "aftercare.bench.dispatch", matches = "true")
class DispatchSolverBench {

    record Instance(int jobs, int crews, double cityKm, Duration limit) {
    }

    static final List<Instance> INSTANCES = List.of(
            new Instance(300, 30, 15, Duration.ofSeconds(10)),
            new Instance(1000, 100, 20, Duration.ofSeconds(30)));
    static final long SEED = 20261206L;

    @Test
    void optimiserAgainstGreedy() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "| instance | plan | placed | left over | road km | minutes past promises | hard violations | first feasible after | solved in |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|"));
        List<String> verdicts = new ArrayList<>();
        for (Instance instance : INSTANCES) {
            String name = "%d jobs x %d installers (%.0f km city)".formatted(instance.jobs(), instance.crews(), instance.cityKm());
            long unavoidable = unavoidableLateness(PlanInstances.generate(SEED, instance.jobs(), instance.crews(), instance.cityKm()));
            long g0 = System.nanoTime();
            PlanFigures greedy = PlanFigures.of(GreedyPlan.plan(PlanInstances.generate(SEED, instance.jobs(), instance.crews(), instance.cityKm())));
            long greedyMs = (System.nanoTime() - g0) / 1_000_000;
            AtomicLong firstFeasible = new AtomicLong(-1);
            long s0 = System.nanoTime();
            DayPlan best = DayPlanSolver.solve(PlanInstances.generate(SEED, instance.jobs(), instance.crews(), instance.cityKm()),
                    instance.limit(), instance.limit(), (score, ms) -> {
                        if (score.hardScore() == 0 && firstFeasible.get() < 0) {
                            firstFeasible.set(ms);
                        }
                    });
            long solvedMs = (System.nanoTime() - s0) / 1_000_000;
            PlanFigures optimised = PlanFigures.of(best);
            // the same orders as greedy placed, to compare promises like for like
            Set<String> greedyPlaced = greedyNumbers(PlanInstances.generate(SEED, instance.jobs(), instance.crews(), instance.cityKm()));
            DayPlan sameOrders = PlanInstances.generate(SEED, instance.jobs(), instance.crews(), instance.cityKm());
            sameOrders.setJobs(new ArrayList<>(sameOrders.getJobs().stream().filter(j -> greedyPlaced.contains(j.getNumber())).toList()));
            long same0 = System.nanoTime();
            PlanFigures optimisedSame = PlanFigures.of(DayPlanSolver.solve(sameOrders, instance.limit(), instance.limit(), (score, ms) -> { }));
            long sameMs = (System.nanoTime() - same0) / 1_000_000;
            lines.add(row(name, "greedy", greedy, "-", greedyMs));
            lines.add(row(name, "optimised (limit " + instance.limit().toSeconds() + " s)", optimised,
                    firstFeasible.get() < 0 ? "never" : firstFeasible.get() + " ms", solvedMs));
            lines.add(row(name, "optimised, greedy's orders only", optimisedSame, "-", sameMs));
            double travelCut = 1 - optimised.travelKm() / greedy.travelKm();
            boolean feasibleInTime = firstFeasible.get() >= 0 && firstFeasible.get() <= instance.limit().toMillis() && optimised.hardViolations() == 0;
            verdicts.add("- %s: travel %.0f %% below greedy (goal 20 %%: %s), minutes past promises %d against %d (goal no worse: %s), "
                    .formatted(name, travelCut * 100, travelCut >= 0.2 ? "met" : "NOT met", optimised.lateMinutes(), greedy.lateMinutes(),
                            optimised.lateMinutes() <= greedy.lateMinutes() ? "met" : "NOT met")
                    + "feasible within %d s: %s; orders placed %d against %d; per order placed: %.2f against %.2f road km; "
                    .formatted(instance.limit().toSeconds(), feasibleInTime ? "met" : "NOT met", optimised.placed(), greedy.placed(),
                            optimised.travelKm() / optimised.placed(), greedy.travelKm() / greedy.placed())
                    + "unavoidable minutes past promises (windows that open too late for them): %d; "
                    .formatted(unavoidable)
                    + "on greedy's %d orders only: %.0f %% less road, minutes past promises %d against %d (%s)."
                    .formatted(greedy.placed(), (1 - optimisedSame.travelKm() / greedy.travelKm()) * 100, optimisedSame.lateMinutes(),
                            greedy.lateMinutes(), optimisedSame.lateMinutes() <= greedy.lateMinutes() ? "no worse" : "worse"));
        }
        lines.add("");
        lines.add("Minutes past promises include the orders a plan leaves over: one falling due before working hours end is late at "
                + "least until they end.");
        lines.add("");
        lines.addAll(verdicts);
        String report = String.join("\n", lines) + "\n";
        System.out.println(report);
        Path out = Path.of(System.getProperty("aftercare.bench.dispatch.report", "target/dispatch-bench.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    private static Set<String> greedyNumbers(DayPlan day) {
        return GreedyPlan.plan(day).getCrews().stream().flatMap(c -> c.getJobs().stream()).map(PlanJob::getNumber)
                .collect(Collectors.toSet());
    }

    /** Minutes past promises no plan avoids: the job starting as its window opens still ends after the promise. */
    static long unavoidableLateness(DayPlan day) {
        return day.getJobs().stream().filter(j -> j.getDue() != null)
                .mapToLong(j -> Math.max(0, j.getWindowStart() + j.getDuration() - j.getDue())).sum();
    }

    private static String row(String instance, String plan, PlanFigures f, String firstFeasible, long ms) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %d | %d | %s | %d ms |", instance, plan, f.placed(), f.unassigned(),
                f.travelKm(), f.lateMinutes(), f.hardViolations(), firstFeasible, ms);
    }
}
