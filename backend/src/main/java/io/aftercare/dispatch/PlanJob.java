package io.aftercare.dispatch;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import io.aftercare.installer.Qualification;

import java.util.Set;
import java.util.UUID;

/**
 * An order the optimiser places: where (site coordinates, when known), the appointment window agreed with the customer
 * (fixed unless the dispatcher lets it move), how long it takes, what it requires, and when its promise falls due.
 * Its crew, its place in the crew's day and its start follow from the plan. Times are minutes after the day's local
 * midnight; the promise may fall due before or after the day.
 */
@PlanningEntity
public class PlanJob {

    @PlanningId
    private UUID id;
    private String number;
    private int version;
    private Double latitude;
    private Double longitude;
    private int windowStart;
    private int duration;
    private boolean movable;
    private Integer due;
    private int priority;
    private Set<Qualification> required;
    private UUID servicePointId;
    private UUID currentLead;
    private PlanRules rules;

    @InverseRelationShadowVariable(sourceVariableName = "jobs")
    private PlanCrew crew;

    @PreviousElementShadowVariable(sourceVariableName = "jobs")
    private PlanJob previous;

    @CascadingUpdateShadowVariable(targetMethodName = "updateStart")
    private Integer start;

    public PlanJob() {
    }

    /** {@code priority}: 1 (low) to 4 (urgent), the weight of leaving it out or late. */
    public PlanJob(UUID id, String number, int version, Double latitude, Double longitude, int windowStart, int duration,
                   boolean movable, Integer due, int priority, Set<Qualification> required, UUID servicePointId,
                   UUID currentLead, PlanRules rules) {
        this.id = id;
        this.number = number;
        this.version = version;
        this.latitude = latitude;
        this.longitude = longitude;
        this.windowStart = windowStart;
        this.duration = duration;
        this.movable = movable;
        this.due = due;
        this.priority = priority;
        this.required = Set.copyOf(required);
        this.servicePointId = servicePointId;
        this.currentLead = currentLead;
        this.rules = rules;
    }

    /** Road km from where the crew comes from: the previous job's site, or the crew's start for the first job. */
    public double travelKm() {
        if (crew == null) {
            return 0;
        }
        return previous == null
                ? rules.travel().roadKm(crew.getBaseLatitude(), crew.getBaseLongitude(), latitude, longitude)
                : rules.travel().roadKm(previous.latitude, previous.longitude, latitude, longitude);
    }

    /**
     * Arrives after the previous job (or the start of the working day) plus the travel, and waits for the window to
     * open: a window moves later only (when the dispatcher lets it), never earlier than agreed.
     */
    void updateStart() {
        if (crew == null) {
            start = null;
            return;
        }
        int ready = previous == null || previous.start == null ? crew.getWorkStart() : previous.end();
        int arrival = ready + rules.travel().minutes(travelKm());
        start = Math.max(arrival, windowStart);
    }

    /** Minutes past the latest start the agreed window allows (its opening plus the tenant's grace). */
    public int minutesPastWindow() {
        return start == null ? 0 : Math.max(0, start - windowStart - rules.graceMinutes());
    }

    /** Starts past its window: a fixed window is then broken, a movable one moves. */
    public boolean windowMoves() {
        return minutesPastWindow() > 0;
    }

    /** Minutes outside the crew's working hours. */
    public int minutesOutsideHours() {
        if (start == null || crew == null) {
            return 0;
        }
        return Math.max(0, crew.getWorkStart() - start) + Math.max(0, end() - crew.getWorkEnd());
    }

    /** Minutes the job ends after its promise falls due. */
    public int minutesLate() {
        return due == null || start == null ? 0 : Math.max(0, end() - due);
    }

    public int end() {
        return start + duration;
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public int getVersion() {
        return version;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public int getWindowStart() {
        return windowStart;
    }

    public int getDuration() {
        return duration;
    }

    public boolean isMovable() {
        return movable;
    }

    public Integer getDue() {
        return due;
    }

    public int getPriority() {
        return priority;
    }

    public Set<Qualification> getRequired() {
        return required;
    }

    public UUID getServicePointId() {
        return servicePointId;
    }

    public UUID getCurrentLead() {
        return currentLead;
    }

    public PlanRules getRules() {
        return rules;
    }

    public PlanCrew getCrew() {
        return crew;
    }

    public void setCrew(PlanCrew crew) {
        this.crew = crew;
    }

    public PlanJob getPrevious() {
        return previous;
    }

    public void setPrevious(PlanJob previous) {
        this.previous = previous;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    @Override
    public String toString() {
        return number;
    }
}
