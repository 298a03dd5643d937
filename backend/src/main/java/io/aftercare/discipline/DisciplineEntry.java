package io.aftercare.discipline;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the discipline ledger: a fine, warning, demerit, reward or cost charge, and where it came from. */
@Entity
@Table(name = "discipline_entry")
public class DisciplineEntry extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Column(name = "installer_id", nullable = false)
    public UUID installerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineDtos.Kind kind;

    /** In the tenant's currency, copied from the settings when proposed: later setting changes leave it alone. */
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineDtos.Rule rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false)
    public DisciplineDtos.SourceType sourceType;

    @Column(name = "source_id")
    public UUID sourceId;

    /** One event yields at most one entry: unique per tenant. */
    @Column(name = "event_key", nullable = false, updatable = false)
    public String eventKey;

    @Column(nullable = false)
    public String description;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineDtos.Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** The first day of the month in which a confirmed amount is paid or deducted. */
    @Column(name = "pay_month")
    public LocalDate payMonth;

    @Column(name = "original_month")
    public LocalDate originalMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_status")
    public DisciplineDtos.AppealStatus appealStatus;

    @Column(name = "appeal_reason")
    public String appealReason;

    @Column(name = "appealed_at")
    public OffsetDateTime appealedAt;

    @Column(name = "appeal_decided_by")
    public String appealDecidedBy;

    @Column(name = "appeal_decided_at")
    public OffsetDateTime appealDecidedAt;

    @Column(name = "appeal_decision_note")
    public String appealDecisionNote;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;
}
