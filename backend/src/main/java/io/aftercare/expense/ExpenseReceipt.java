package io.aftercare.expense;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One receipt of a claim, with what the submission found about it (override, duplicate, above the lodging cap). */
@Entity
@Table(name = "expense_receipt")
public class ExpenseReceipt extends TenantOwned {

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExpenseDtos.Category category;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public LocalDate day;

    @Column(nullable = false)
    public String place;

    @Column(name = "receipt_number", nullable = false)
    public String receiptNumber;

    @Column(name = "attachment_id")
    public UUID attachmentId;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "overridden_by")
    public String overriddenBy;

    @Column(name = "duplicate_of")
    public String duplicateOf;

    @Column(name = "above_cap", nullable = false)
    public boolean aboveCap;
}
