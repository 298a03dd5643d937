package io.aftercare.payroll;

import io.aftercare.money.Money;
import io.aftercare.money.PayComponent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class PayrollDtos {

    public static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    private PayrollDtos() {
    }

    @Schema(name = "PayrollRow", description = """
            One person's month: net pay = base salary + allowances + rewards − fines − cost charges + adjustments;
            reimbursements are paid beside it. Amounts in the tenant's currency.""",
            requiredProperties = {"name", "baseSalary", "allowances", "rewards", "fines", "costCharges", "adjustments", "netPay", "reimbursements"})
    public record PayrollRow(
            @Schema(description = "Absent on the totals row.") UUID personId,
            @Size(max = 200) String name,
            @Schema(examples = "5000.00", maxLength = 14) String baseSalary,
            @Schema(examples = "270.00", maxLength = 14) String allowances,
            @Schema(examples = "10.00", maxLength = 14) String rewards,
            @Schema(examples = "50.00", maxLength = 14) String fines,
            @Schema(examples = "0.00", maxLength = 14) String costCharges,
            @Schema(examples = "0.00", maxLength = 14) String adjustments,
            @Schema(examples = "5230.00", maxLength = 14) String netPay,
            @Schema(examples = "120.00", maxLength = 14) String reimbursements) {
    }

    @Schema(name = "PayrollSheet", description = "The month's payroll: live while the month is open, frozen once it is locked.",
            requiredProperties = {"month", "locked", "rows", "totals"})
    public record PayrollSheet(
            @Schema(pattern = MONTH, maxLength = 7, examples = "2026-11") String month,
            boolean locked,
            OffsetDateTime lockedAt,
            @Size(max = 255) String lockedBy,
            @Size(max = 10000) List<PayrollRow> rows,
            PayrollRow totals) {
    }

    @Schema(name = "PayrollLine", description = "One source of a person's pay: drill down to the ledger entry, trip, claim or adjustment.",
            requiredProperties = {"component", "amount", "sourceType", "description"})
    public record PayrollLine(
            PayComponent component,
            @Schema(description = "As paid: positive, except adjustments, which carry their sign.", examples = "50.00", maxLength = 14) String amount,
            @Schema(examples = "DISCIPLINE_ENTRY", maxLength = 40) String sourceType,
            UUID sourceId,
            LocalDate occurredOn,
            @Size(max = 2000) String description,
            @Schema(description = "Set on a correction: the locked month it belongs to.", pattern = MONTH, maxLength = 7) String correctionOf) {
    }

    @Schema(name = "PersonPayroll", requiredProperties = {"month", "row", "lines"})
    public record PersonPayroll(
            @Schema(pattern = MONTH, maxLength = 7) String month,
            boolean locked,
            PayrollRow row,
            @Size(max = 10000) List<PayrollLine> lines) {
    }

    @Schema(name = "PayAdjustmentRequest", description = "A correction paid in this month: positive pays more, negative deducts.")
    public record AdjustmentRequest(
            @NotNull UUID personId,
            @Schema(examples = "-20.00", maxLength = 13) @NotNull @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE) String amount,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
