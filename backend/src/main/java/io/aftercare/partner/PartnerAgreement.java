package io.aftercare.partner;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The terms a partner works under for a period; percentages are copied from settings when created and kept. */
@Entity
@Table(name = "partner_agreement")
public class PartnerAgreement extends TenantOwned {

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "fee_per_unit", nullable = false)
    public BigDecimal feePerUnit;

    @Column(name = "daily_quota", nullable = false)
    public int dailyQuota;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    @Column(name = "delay_deduction_percent_per_day", nullable = false)
    public BigDecimal delayDeductionPercentPerDay;

    @Column(name = "complaint_deduction_percent", nullable = false)
    public BigDecimal complaintDeductionPercent;

    @Column(name = "technical_standard")
    public String technicalStandard;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;
}
