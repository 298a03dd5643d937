package io.aftercare.dispatch;

/**
 * What a plan amounts to, for the proposal and the benchmark: orders placed and left over, road km, minutes past
 * promises, and hard violations (0 for any plan a dispatcher is shown).
 */
public record PlanFigures(int placed, int unassigned, double travelKm, long lateMinutes, long hardViolations) {

    /** Of a plan whose shadows and score are current. */
    public static PlanFigures of(DayPlan plan) {
        int placed = 0;
        double km = 0;
        long late = 0;
        for (PlanCrew crew : plan.getCrews()) {
            for (PlanJob job : crew.getJobs()) {
                placed++;
                km += job.travelKm();
                late += job.minutesLate();
            }
        }
        long hard = plan.getScore() == null ? 0 : -plan.getScore().hardScore();
        return new PlanFigures(placed, plan.getJobs().size() - placed, km, late, hard);
    }
}
