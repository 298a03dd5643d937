package io.aftercare.discipline;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An installer refused or ignored an assignment; whether the reason is approved decides the consequence. */
@Entity
@Table(name = "dispatch_refusal")
public class DispatchRefusal extends TenantOwned {

    @Column(name = "work_order_id", nullable = false)
    public UUID workOrderId;

    @Column(name = "installer_id", nullable = false)
    public UUID installerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineDtos.RefusalKind kind;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineDtos.RefusalStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public int version;
}
