package io.aftercare.promise;

import io.aftercare.calendar.WorkingCalendarService;
import io.aftercare.calendar.WorkingTime;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Computes service promises on the tenant's working calendar, with the tenant's numbers: on site within N working
 * days, the follow-up call and the commitments within N working hours. A promise becomes at risk when the tenant's
 * share of its working time has elapsed. A pause stops the clock: on resume the remaining working time is counted
 * again from then.
 */
@ApplicationScoped
public class Promises {

    private final SettingsService settings;
    private final WorkingCalendarService calendar;

    public Promises(SettingsService settings, WorkingCalendarService calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** A running promise of this kind, counted from {@code from}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PromiseClock start(PromiseDtos.PromiseKind kind, OffsetDateTime from) {
        SettingsDtos.PromiseSettings rules = settings.current().promises();
        WorkingTime time = workingTime();
        Instant start = from.toInstant();
        Instant due = switch (kind) {
            case ON_SITE -> time.plusWorkingDays(start, rules.onSiteWorkingDays());
            case FOLLOW_UP -> time.plusWorkingTime(start, Duration.ofHours(rules.installationFollowUpHours()));
            case OBJECTION_COMMITMENT, COMPLAINT_ANSWER -> time.plusWorkingTime(start, Duration.ofHours(rules.objectionCommitmentHours()));
            case FOLLOW_UP_VISIT_COMMITMENT -> time.plusWorkingTime(start, Duration.ofHours(rules.followUpVisitCommitmentHours()));
            case SUPPLY_PLAN, DESIGN_REVIEW -> throw new IllegalArgumentException(kind + " is due by its class: use start(kind, from, due)");
        };
        return clock(kind, time, start, due, rules.atRiskPercent());
    }

    /** A running promise of this kind from {@code from}, due at {@code due} (a deadline its own rules computed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PromiseClock start(PromiseDtos.PromiseKind kind, OffsetDateTime from, OffsetDateTime due) {
        return clock(kind, workingTime(), from.toInstant(), due.toInstant(), settings.current().promises().atRiskPercent());
    }

    private static PromiseClock clock(PromiseDtos.PromiseKind kind, WorkingTime time, Instant start, Instant due, int atRiskPercent) {
        PromiseClock clock = new PromiseClock();
        clock.kind = kind;
        clock.startedAt = utc(start);
        clock.dueAt = utc(due);
        clock.atRiskAt = utc(atRisk(time, start, due, atRiskPercent));
        clock.calendarUnknownFrom = time.firstUnknownYear(start, due);
        clock.status = PromiseDtos.PromiseStatus.ON_TRACK;
        return clock;
    }

    /** {@code hours} of working time after {@code from}, on the tenant's calendar. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OffsetDateTime plusWorkingHours(OffsetDateTime from, int hours) {
        return utc(workingTime().plusWorkingTime(from.toInstant(), Duration.ofHours(hours)));
    }

    /** Stops the clock while waiting for the customer or for parts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(PromiseClock clock, PromiseDtos.PauseReason reason, OffsetDateTime now) {
        if (clock == null || clock.status == PromiseDtos.PromiseStatus.PAUSED || !clock.isOpen()) {
            throw notRunning(clock, "paused");
        }
        clock.pausedAt = now;
        clock.pauseReason = reason;
        clock.status = PromiseDtos.PromiseStatus.PAUSED;
    }

    /** Starts the clock again: due and at-risk instants move by the working time the pause lasted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(PromiseClock clock, OffsetDateTime now) {
        if (clock == null || clock.status != PromiseDtos.PromiseStatus.PAUSED) {
            throw new ProblemException(409, "promise-not-paused", "Promise not paused",
                    "Only a paused promise can be resumed; this one is " + (clock == null ? "absent" : clock.status) + ".",
                    List.of(new FieldError("promise.status", "is " + (clock == null ? "absent" : clock.status))));
        }
        WorkingTime time = workingTime();
        Instant pausedAt = clock.pausedAt.toInstant();
        Instant resumed = now.toInstant();
        Duration toDue = time.workingTimeBetween(pausedAt, clock.dueAt.toInstant());
        Duration toRisk = time.workingTimeBetween(pausedAt, clock.atRiskAt.toInstant());
        clock.dueAt = utc(time.plusWorkingTime(resumed, toDue));
        clock.atRiskAt = utc(time.plusWorkingTime(resumed, toRisk));
        clock.calendarUnknownFrom = time.firstUnknownYear(clock.startedAt.toInstant(), clock.dueAt.toInstant());
        clock.status = toRisk.isZero() ? PromiseDtos.PromiseStatus.AT_RISK : PromiseDtos.PromiseStatus.ON_TRACK;
        clock.pausedAt = null;
        clock.pauseReason = null;
    }

    /** The promise is kept now; kept after its due instant it stays BREACHED (and records when it was met). */
    public static void meet(PromiseClock clock, OffsetDateTime now) {
        if (clock == null || clock.kind == null || !clock.isOpen() && clock.status != PromiseDtos.PromiseStatus.BREACHED) {
            return;
        }
        boolean late = clock.breachedAt != null || clock.status != PromiseDtos.PromiseStatus.PAUSED && now.isAfter(clock.dueAt);
        clock.metAt = now;
        clock.status = late ? PromiseDtos.PromiseStatus.BREACHED : PromiseDtos.PromiseStatus.MET;
        if (late && clock.breachedAt == null) {
            // kept late before the watch marked it: it broke when it fell due (promise compliance counts it then)
            clock.breachedAt = clock.dueAt;
        }
        clock.pausedAt = null;
        clock.pauseReason = null;
    }

    /** The object ended without needing the promise; a breach already recorded stays. */
    public static void cancel(PromiseClock clock) {
        if (clock != null && clock.isOpen()) {
            clock.status = PromiseDtos.PromiseStatus.CANCELLED;
            clock.pausedAt = null;
            clock.pauseReason = null;
        }
    }

    static Instant atRisk(WorkingTime time, Instant start, Instant due, int atRiskPercent) {
        Duration total = time.workingTimeBetween(start, due);
        return time.plusWorkingTime(start, total.multipliedBy(atRiskPercent).dividedBy(100));
    }

    private WorkingTime workingTime() {
        return calendar.workingTime();
    }

    private static ProblemException notRunning(PromiseClock clock, String verb) {
        String state = clock == null || clock.kind == null ? "absent" : clock.status.name();
        return new ProblemException(409, "promise-not-running", "Promise not running",
                "Only a running promise can be " + verb + "; this one is " + state + ".",
                List.of(new FieldError("promise.status", "is " + state)));
    }

    /** In UTC, to the microsecond the database keeps, so a view before and after saving agree. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
