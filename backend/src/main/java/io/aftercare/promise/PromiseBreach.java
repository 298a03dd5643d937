package io.aftercare.promise;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A breached promise as {@link PromiseWatch} recorded it: the managers' escalation list. */
@Entity
@Table(name = "promise_breach")
public class PromiseBreach extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public PromiseDtos.SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "subject_number", nullable = false)
    public String subjectNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "promise_kind", nullable = false)
    public PromiseDtos.PromiseKind promiseKind;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "breached_at", nullable = false)
    public OffsetDateTime breachedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
}
