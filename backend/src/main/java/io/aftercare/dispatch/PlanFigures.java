package io.aftercare.dispatch;

/**
 * What a plan amounts to, for the proposal and the benchmark: orders placed and left over, road km, minutes past
 * promises, and hard violations (0 for any plan a dispatcher is shown).
 *
 * <p>Minutes past promises count the orders left over too: one whose promise falls due before the day's working hours
 * end is late at least until they end (it cannot be done that day), so leaving an order out never looks punctual.
 */
public record PlanFigures(int placed, int unassigned, double travelKm, long lateMinutes, long hardViolations) {

    /** Of a plan whose shadows and score are current. */
    public static PlanFigures of(DayPlan plan) {
        int placed = 0;
        double km = 0;
        long late = 0;
        int dayEnds = 0;
        for (PlanCrew crew : plan.getCrews()) {
            dayEnds = Math.max(dayEnds, crew.getWorkEnd());
            for (PlanJob job : crew.getJobs()) {
                placed++;
                km += job.travelKm();
                late += job.minutesLate();
            }
        }
        for (PlanJob job : plan.getJobs()) {
            if (job.getCrew() == null && job.getDue() != null && job.getDue() < dayEnds) {
                late += dayEnds - job.getDue();
            }
        }
        long hard = plan.getScore() == null ? 0 : -plan.getScore().hardScore();
        return new PlanFigures(placed, plan.getJobs().size() - placed, km, late, hard);
    }
}
