package io.aftercare.partner;

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

/** A partner's settlement statement for a period: DRAFT → CONFIRMED → PAID. */
@Entity
@Table(name = "partner_statement")
public class PartnerStatement extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerDtos.StatementStatus status;

    @Column(nullable = false)
    public int units;

    @Column(nullable = false)
    public BigDecimal gross;

    @Column(name = "delay_days", nullable = false)
    public int delayDays;

    @Column(name = "delay_deduction", nullable = false)
    public BigDecimal delayDeduction;

    @Column(nullable = false)
    public int complaints;

    @Column(name = "complaint_deduction", nullable = false)
    public BigDecimal complaintDeduction;

    @Column(name = "damage_deduction", nullable = false)
    public BigDecimal damageDeduction;

    @Column(nullable = false)
    public BigDecimal net;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "computed_at", nullable = false)
    public OffsetDateTime computedAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "paid_at")
    public OffsetDateTime paidAt;

    @Column(name = "paid_by")
    public String paidBy;

    @Version
    public int version;
}
