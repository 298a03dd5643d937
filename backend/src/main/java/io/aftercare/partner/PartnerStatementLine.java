package io.aftercare.partner;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One counted order on a statement, with the terms that were used. */
@Entity
@Table(name = "partner_statement_line")
public class PartnerStatementLine extends TenantOwned {

    @Column(name = "statement_id", nullable = false)
    public UUID statementId;

    @Column(name = "partner_order_id", nullable = false)
    public UUID partnerOrderId;

    @Column(name = "work_order_id", nullable = false)
    public UUID workOrderId;

    @Column(name = "work_order_number", nullable = false)
    public String workOrderNumber;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(nullable = false)
    public int units;

    @Column(name = "fee_per_unit", nullable = false)
    public BigDecimal feePerUnit;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "work_done_on", nullable = false)
    public LocalDate workDoneOn;

    @Column(name = "days_late", nullable = false)
    public int daysLate;

    @Column(nullable = false)
    public int complaints;

    @Column(name = "damage_amount", nullable = false)
    public BigDecimal damageAmount;

    @Column(name = "delay_deduction_percent_per_day", nullable = false)
    public BigDecimal delayDeductionPercentPerDay;

    @Column(name = "complaint_deduction_percent", nullable = false)
    public BigDecimal complaintDeductionPercent;
}
