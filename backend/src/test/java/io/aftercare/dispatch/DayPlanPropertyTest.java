package io.aftercare.dispatch;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over random days: the optimiser never places an order with an installer who lacks a certificate valid on the day,
 * is on leave or inactive, would start outside the agreed window, outside working hours, or while held elsewhere.
 */
class DayPlanPropertyTest {

    @Property(tries = 25)
    void noProposalBreaksAHardRule(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                   @ForAll @IntRange(min = 1, max = 24) int jobs,
                                   @ForAll @IntRange(min = 1, max = 6) int crews) {
        DayPlan plan = DayPlanSolver.solve(PlanInstances.generate(seed, jobs, crews, 20),
                Duration.ofMillis(800), Duration.ofMillis(200), (score, ms) -> { });

        for (PlanCrew crew : plan.getCrews()) {
            for (PlanJob job : crew.getJobs()) {
                String where = job + " with " + crew + " (seed " + seed + ")";
                assertTrue(crew.qualifiedFor(job), "certificate: " + where);
                assertTrue(crew.isAvailable(), "leave: " + where);
                assertTrue(job.isMovable() || !job.windowMoves(), "window: " + where);
                assertEquals(0, job.minutesOutsideHours(), "hours: " + where);
                assertEquals(0, crew.busyOverlap(job.getStart(), job.end()), "held elsewhere: " + where);
            }
        }
        assertEquals(0, plan.getScore().hardScore(), "seed " + seed);
    }
}
