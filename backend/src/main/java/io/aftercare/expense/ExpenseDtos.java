package io.aftercare.expense;

import io.aftercare.api.SaneDate;
import io.aftercare.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ExpenseDtos {

    private ExpenseDtos() {
    }

    @Schema(name = "ExpenseClaimStatus", description = "SUBMITTED → APPROVED or REJECTED by the manager; APPROVED → PAID.")
    public enum Status { SUBMITTED, APPROVED, REJECTED, PAID }

    @Schema(name = "ExpenseCategory", description = """
            Fuel, tolls, materials and local transport are reimbursed at actual cost. LODGING receipts are paid through the
            trip's allowance: per night up to the lodging cap, above it only when the manager accepts.""")
    public enum Category { FUEL, TOLL, MATERIALS, LOCAL_TRANSPORT, LODGING, OTHER }

    @Schema(name = "ReceiptOverride", description = "A manager accepts a receipt whose place or date does not match the trip.")
    public record Override(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ReceiptInput")
    public record ReceiptInput(
            @NotNull Category category,
            @Schema(examples = "86.50", maxLength = 13) @NotNull @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE) String amount,
            @Schema(description = "The receipt's date; must be one of the trip's days.") @NotNull @SaneDate(SaneDate.Kind.HISTORY) LocalDate date,
            @Schema(description = "The city on the receipt; must be the trip's destination.", examples = "苏州") @NotBlank @Size(max = 100) String place,
            @NotBlank @Size(max = 100) String receiptNumber,
            @Schema(description = "A scan or photo of the receipt: an attachment of the tenant.") UUID receiptAttachmentId,
            @Schema(description = "Managers only.") @Valid Override override) {
    }

    @Schema(name = "Receipt", requiredProperties = {"position", "category", "amount", "date", "place", "receiptNumber", "aboveCap"})
    public record ReceiptView(
            @Schema(minimum = "0", maximum = "100") int position,
            Category category,
            @Schema(examples = "86.50", maxLength = 13) String amount,
            LocalDate date,
            @Size(max = 100) String place,
            @Size(max = 100) String receiptNumber,
            UUID receiptAttachmentId,
            @Schema(description = "Why a manager accepted a place or date that does not match the trip.") @Size(max = 2000) String overrideReason,
            @Size(max = 255) String overriddenBy,
            @Schema(description = "The number of an earlier claim with the same receipt number: check before approving.", examples = "EC-000001")
            @Size(max = 20) String duplicateOf,
            @Schema(description = "A LODGING receipt above the trip's lodging cap per night: needs the manager's acceptance.") boolean aboveCap) {

        static ReceiptView of(ExpenseReceipt r) {
            return new ReceiptView(r.position, r.category, Money.format(r.amount), r.day, r.place, r.receiptNumber, r.attachmentId,
                    r.overrideReason, r.overriddenBy, r.duplicateOf, r.aboveCap);
        }
    }

    @Schema(name = "ExpenseClaim", description = "A claim (报销) for a trip's costs with receipts.",
            requiredProperties = {"id", "number", "tripId", "personId", "status", "total", "receipts", "submittedAt", "submittedBy", "version"})
    public record ClaimView(
            UUID id,
            @Schema(examples = "EC-000001") @Size(max = 20) String number,
            UUID tripId,
            UUID personId,
            Status status,
            @Schema(description = "Sum of all receipts.", examples = "326.50", maxLength = 13) String total,
            @Schema(description = "Reimbursed beside pay once approved: all receipts but LODGING (paid in the trip allowance).",
                    examples = "126.50", maxLength = 13) String reimbursed,
            @Size(max = 100) List<ReceiptView> receipts,
            OffsetDateTime submittedAt,
            @Size(max = 255) String submittedBy,
            OffsetDateTime decidedAt,
            @Size(max = 255) String decidedBy,
            @Size(max = 2000) String decisionReason,
            @Schema(examples = "2026-11", maxLength = 7) String payMonth,
            OffsetDateTime paidAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "ExpenseClaimPage", requiredProperties = "items")
    public record ClaimPage(@Size(max = 200) List<ClaimView> items,
                            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "SubmitExpenseClaimRequest", description = """
            A receipt whose place is not the trip's destination, or whose date is not one of its days, refuses the claim
            (422 naming receipts[i].place / receipts[i].date) unless a manager overrides that receipt with a reason.""")
    public record SubmitRequest(
            @NotNull UUID tripId,
            @Schema(description = "The installer claiming; an installer claims for themselves (may be omitted).") UUID personId,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid ReceiptInput> receipts) {
    }

    @Schema(name = "ApproveExpenseClaimRequest")
    public record ApproveRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "Accept LODGING receipts above the cap in full; otherwise only the cap is paid for them.")
            Boolean acceptAboveCap) {
    }

    @Schema(name = "RejectExpenseClaimRequest")
    public record RejectRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
                                @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ExpenseClaimTransitionRequest")
    public record TransitionRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }
}
