package io.aftercare.dispatch;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import io.aftercare.installer.Qualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An installer's day as the optimiser sees it: what they may take (certificates valid on the day, leave, working
 * hours, service points), where they start, the times they are already held elsewhere, and the jobs in the order they
 * do them (the planning variable). Times are minutes after the day's local midnight.
 */
@PlanningEntity
public class PlanCrew {

    /** A time the installer is held by a job the optimiser does not move (under way, or with helpers). */
    public record Busy(int start, int end, String number) {
    }

    @PlanningId
    private UUID id;
    private String name;
    private Set<Qualification> qualifications;
    private boolean available;
    private Set<UUID> servicePointIds;
    private int workStart;
    private int workEnd;
    private Double baseLatitude;
    private Double baseLongitude;
    private List<Busy> busy;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<PlanJob> jobs = new ArrayList<>();

    public PlanCrew() {
    }

    public PlanCrew(UUID id, String name, Set<Qualification> qualifications, boolean available, Set<UUID> servicePointIds,
                    int workStart, int workEnd, Double baseLatitude, Double baseLongitude, List<Busy> busy) {
        this.id = id;
        this.name = name;
        this.qualifications = Set.copyOf(qualifications);
        this.available = available;
        this.servicePointIds = Set.copyOf(servicePointIds);
        this.workStart = workStart;
        this.workEnd = workEnd;
        this.baseLatitude = baseLatitude;
        this.baseLongitude = baseLongitude;
        this.busy = List.copyOf(busy);
    }

    /** Holds every certificate the job requires, valid on the day. */
    public boolean qualifiedFor(PlanJob job) {
        return qualifications.containsAll(job.getRequired());
    }

    /** Minutes of [start, end) that fall on times the installer is held elsewhere. */
    public int busyOverlap(int start, int end) {
        int minutes = 0;
        for (Busy b : busy) {
            minutes += Math.max(0, Math.min(end, b.end()) - Math.max(start, b.start()));
        }
        return minutes;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Qualification> getQualifications() {
        return qualifications;
    }

    public boolean isAvailable() {
        return available;
    }

    public Set<UUID> getServicePointIds() {
        return servicePointIds;
    }

    public int getWorkStart() {
        return workStart;
    }

    public int getWorkEnd() {
        return workEnd;
    }

    public Double getBaseLatitude() {
        return baseLatitude;
    }

    public Double getBaseLongitude() {
        return baseLongitude;
    }

    public List<Busy> getBusy() {
        return busy;
    }

    public List<PlanJob> getJobs() {
        return jobs;
    }

    public void setJobs(List<PlanJob> jobs) {
        this.jobs = jobs;
    }

    @Override
    public String toString() {
        return name;
    }
}
