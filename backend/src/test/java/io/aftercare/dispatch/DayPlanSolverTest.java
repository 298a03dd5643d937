package io.aftercare.dispatch;

import io.aftercare.geo.Travel;
import io.aftercare.installer.Qualification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimiser on small hand-made days whose best plan is known. */
class DayPlanSolverTest {

    static final PlanRules RULES = new PlanRules(new Travel(1.3, 30), 15);
    static final int NINE = 9 * 60;
    static final int SIX_PM = 18 * 60;
    /** About 1.1 km of latitude. */
    static final double KM = 0.00899;

    static int ids;

    static PlanCrew crew(String name, Set<Qualification> qualifications, boolean available, Double lat, Double lon, List<PlanCrew.Busy> busy) {
        return new PlanCrew(new UUID(1, ++ids), name, qualifications, available, Set.of(), NINE, SIX_PM, lat, lon, busy);
    }

    static PlanCrew crew(String name, Set<Qualification> qualifications, Double lat, Double lon) {
        return crew(name, qualifications, true, lat, lon, List.of());
    }

    static PlanJob job(String number, Double lat, Double lon, int windowStart, boolean movable, Set<Qualification> required) {
        return new PlanJob(new UUID(2, ++ids), number, 0, lat, lon, windowStart, 60, movable, null, 2, required, null, null, RULES);
    }

    static DayPlan solve(List<PlanCrew> crews, List<PlanJob> jobs) {
        DayPlan best = DayPlanSolver.solve(new DayPlan(new ArrayList<>(crews), new ArrayList<>(jobs)),
                Duration.ofSeconds(3), Duration.ofMillis(700), (score, ms) -> { });
        assertEquals(0, best.getScore().hardScore(), "a proposal never breaks a hard rule: " + best.getScore());
        return best;
    }

    static PlanCrew crewOf(DayPlan plan, PlanJob job) {
        return plan.getCrews().stream().filter(c -> c.getJobs().stream().anyMatch(j -> j.getId().equals(job.getId())))
                .findFirst().orElse(null);
    }

    @Test
    void aJobNeedingACertificateGoesToTheInstallerHoldingOne() {
        PlanCrew without = crew("Without", Set.of(), 0.0, 0.0);
        PlanCrew electrician = crew("Electrician", Set.of(Qualification.ELECTRICIAN), 0.0, 50 * KM);
        PlanJob wiring = job("WO-1", 0.0, 0.0, NINE, true, Set.of(Qualification.ELECTRICIAN));

        DayPlan plan = solve(List.of(without, electrician), List.of(wiring));

        assertEquals("Electrician", crewOf(plan, wiring).getName(), "the nearer installer holds no certificate");
    }

    @Test
    void nobodyQualifiedOrAvailableLeavesTheOrderUnassignedRatherThanBreakingARule() {
        PlanCrew onLeave = crew("On leave", Set.of(Qualification.WELDING), false, 0.0, 0.0, List.of());
        PlanCrew noPermit = crew("No permit", Set.of(Qualification.ELECTRICIAN), 0.0, 0.0);
        PlanJob welding = job("WO-1", 0.0, 0.0, NINE, true, Set.of(Qualification.WELDING));

        DayPlan plan = solve(List.of(onLeave, noPermit), List.of(welding));

        assertNull(crewOf(plan, welding));
        assertEquals(-2, plan.getScore().mediumScore(), "one order of priority 2 left over");
    }

    @Test
    void anOrderLeftOverWhosePromiseFallsDueTodayCountsAsLateUntilTheWorkingDayEnds() {
        PlanCrew noPermit = crew("No permit", Set.of(), 0.0, 0.0);
        PlanJob dueAtThree = new PlanJob(new UUID(2, ++ids), "WO-1", 0, 0.0, 0.0, NINE, 60, true, 15 * 60, 2,
                Set.of(Qualification.WELDING), null, null, RULES);
        PlanJob dueTomorrow = new PlanJob(new UUID(2, ++ids), "WO-2", 0, 0.0, 0.0, NINE, 60, true, 30 * 60, 2,
                Set.of(Qualification.WELDING), null, null, RULES);

        PlanFigures figures = PlanFigures.of(solve(List.of(noPermit), List.of(dueAtThree, dueTomorrow)));

        assertEquals(2, figures.unassigned());
        assertEquals(SIX_PM - 15 * 60, figures.lateMinutes(), "from 15:00 to the end of working hours; tomorrow's promise is not late");
    }

    @Test
    void eachJobGoesToTheInstallerStartingNearIt() {
        PlanCrew west = crew("West", Set.of(), 0.0, 0.0);
        PlanCrew east = crew("East", Set.of(), 0.0, 20 * KM);
        PlanJob nearWest = job("WO-W", KM, 0.0, NINE, true, Set.of());
        PlanJob nearEast = job("WO-E", KM, 20 * KM, NINE, true, Set.of());

        DayPlan plan = solve(List.of(west, east), List.of(nearEast, nearWest));

        assertEquals("West", crewOf(plan, nearWest).getName());
        assertEquals("East", crewOf(plan, nearEast).getName());
        assertEquals(2 * 1.3, PlanFigures.of(plan).travelKm(), 0.05, "1 km each way out, on the road");
    }

    @Test
    void aDayOnALineIsDrivenInOrderOfDistance() {
        PlanCrew only = crew("Only", Set.of(), 0.0, 0.0);
        PlanJob one = job("WO-1", KM, 0.0, NINE, true, Set.of());
        PlanJob three = job("WO-3", 3 * KM, 0.0, NINE, true, Set.of());
        PlanJob two = job("WO-2", 2 * KM, 0.0, NINE, true, Set.of());

        DayPlan plan = solve(List.of(only), List.of(three, one, two));

        assertEquals(List.of("WO-1", "WO-2", "WO-3"), only(plan).getJobs().stream().map(PlanJob::getNumber).toList());
        assertEquals(3 * 1.3, PlanFigures.of(plan).travelKm(), 0.05);
    }

    @Test
    void fixedWindowsAtTheSameTimeGoToTwoInstallersAndKeepTheirTimes() {
        PlanCrew a = crew("A", Set.of(), 0.0, 0.0);
        PlanCrew b = crew("B", Set.of(), 0.0, 0.0);
        PlanJob first = job("WO-1", 0.0, 0.0, 10 * 60, false, Set.of());
        PlanJob second = job("WO-2", 0.0, 0.0, 10 * 60, false, Set.of());

        DayPlan plan = solve(List.of(a, b), List.of(first, second));

        PlanCrew firstCrew = crewOf(plan, first);
        PlanCrew secondCrew = crewOf(plan, second);
        assertTrue(firstCrew != null && secondCrew != null && firstCrew != secondCrew, "one each: the same installer would be late");
        plan.getJobs().forEach(j -> assertEquals(10 * 60, j.getStart(), j + " starts when its window opens"));
    }

    @Test
    void aJobUnderWayBlocksItsInstallerForItsTime() {
        PlanCrew held = crew("Held", Set.of(), true, 0.0, 0.0, List.of(new PlanCrew.Busy(NINE, 12 * 60, "WO-0")));
        PlanCrew farther = crew("Farther", Set.of(), 0.0, 10 * KM);
        PlanJob fixed = job("WO-1", 0.0, 0.0, 10 * 60, false, Set.of());

        DayPlan plan = solve(List.of(held, farther), List.of(fixed));

        assertSame(farther.getId(), crewOf(plan, fixed).getId());
    }

    private static PlanCrew only(DayPlan plan) {
        return plan.getCrews().getFirst();
    }
}
