package io.aftercare.dispatch;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/**
 * A day of one service point (or of the whole tenant) to plan: its installers and the orders the optimiser may place.
 * Hard: what the assign action refuses and the windows agreed with customers. Medium: orders left without an
 * installer. Soft: travel, promises, balance, service points and changes to what the dispatcher already planned.
 */
@PlanningSolution
public class DayPlan {

    @PlanningEntityCollectionProperty
    private List<PlanCrew> crews;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<PlanJob> jobs;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public DayPlan() {
    }

    public DayPlan(List<PlanCrew> crews, List<PlanJob> jobs) {
        this.crews = crews;
        this.jobs = jobs;
    }

    public List<PlanCrew> getCrews() {
        return crews;
    }

    public void setCrews(List<PlanCrew> crews) {
        this.crews = crews;
    }

    public List<PlanJob> getJobs() {
        return jobs;
    }

    public void setJobs(List<PlanJob> jobs) {
        this.jobs = jobs;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
