package io.aftercare.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;

/**
 * A service promise kept on the object it is about (request, order, follow-up, objection): the promise_* columns of
 * its table. {@link Promises} starts, pauses, resumes and meets it; {@link PromiseWatch} marks it at risk and
 * breached. Filtering a list by promise status is a plain column filter.
 */
@Embeddable
public class PromiseClock {

    @Enumerated(EnumType.STRING)
    @Column(name = "promise_kind")
    public PromiseDtos.PromiseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "promise_status")
    public PromiseDtos.PromiseStatus status;

    @Column(name = "promise_started_at")
    public OffsetDateTime startedAt;

    @Column(name = "promise_due_at")
    public OffsetDateTime dueAt;

    @Column(name = "promise_at_risk_at")
    public OffsetDateTime atRiskAt;

    @Column(name = "promise_paused_at")
    public OffsetDateTime pausedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "promise_pause_reason")
    public PromiseDtos.PauseReason pauseReason;

    @Column(name = "promise_met_at")
    public OffsetDateTime metAt;

    @Column(name = "promise_breached_at")
    public OffsetDateTime breachedAt;

    /** The first year the promise was counted into whose holidays were not published: they counted as working days. */
    @Column(name = "promise_calendar_unknown_from")
    public Integer calendarUnknownFrom;

    public PromiseClock copy() {
        PromiseClock c = new PromiseClock();
        c.kind = kind;
        c.status = status;
        c.startedAt = startedAt;
        c.dueAt = dueAt;
        c.atRiskAt = atRiskAt;
        c.pausedAt = pausedAt;
        c.pauseReason = pauseReason;
        c.metAt = metAt;
        c.breachedAt = breachedAt;
        c.calendarUnknownFrom = calendarUnknownFrom;
        return c;
    }

    /** Still running: neither met, cancelled nor breached. */
    public boolean isOpen() {
        return status == PromiseDtos.PromiseStatus.ON_TRACK || status == PromiseDtos.PromiseStatus.AT_RISK
                || status == PromiseDtos.PromiseStatus.PAUSED;
    }

    public static PromiseDtos.PromiseView view(PromiseClock c) {
        if (c == null || c.kind == null) {
            return null;
        }
        return new PromiseDtos.PromiseView(c.kind, c.status, c.startedAt, c.dueAt, c.atRiskAt, c.pausedAt, c.pauseReason, c.metAt,
                c.breachedAt, c.calendarUnknownFrom, PromiseDtos.calendarNote(c.calendarUnknownFrom));
    }
}
