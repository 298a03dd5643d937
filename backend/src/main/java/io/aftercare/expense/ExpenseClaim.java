package io.aftercare.expense;

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

/** An installer's claim for costs of a trip, with receipts; reimbursed beside pay once approved. */
@Entity
@Table(name = "expense_claim")
public class ExpenseClaim extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Column(name = "trip_id", nullable = false)
    public UUID tripId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExpenseDtos.Status status;

    @Column(nullable = false)
    public BigDecimal total;

    public BigDecimal reimbursed;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "pay_month")
    public LocalDate payMonth;

    @Column(name = "original_month")
    public LocalDate originalMonth;

    @Column(name = "paid_at")
    public OffsetDateTime paidAt;

    @Column(name = "paid_by")
    public String paidBy;

    @Version
    public int version;
}
