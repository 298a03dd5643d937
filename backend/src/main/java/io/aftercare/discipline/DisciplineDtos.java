package io.aftercare.discipline;

import io.aftercare.api.SaneDate;
import io.aftercare.money.Money;
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

public final class DisciplineDtos {

    private DisciplineDtos() {
    }

    @Schema(name = "DisciplineKind", description = """
            FINE and COST_CHARGE (the installer bears a cost) are deducted from pay; REWARD is added; WARNING, DEMERIT and
            MAJOR_DEMERIT (记大过) carry no amount.""")
    public enum Kind {
        FINE, WARNING, DEMERIT, MAJOR_DEMERIT, REWARD, COST_CHARGE;

        public boolean hasAmount() {
            return this == FINE || this == REWARD || this == COST_CHARGE;
        }
    }

    @Schema(name = "DisciplineRule", description = """
            The rule that produced the entry, each a tenant setting: LATE_ARRIVAL (checked in late), LEFT_WITHOUT_REPORT_IN
            (checked out and not reported in within the setting's minutes), INCOMPLETE_SERVICE_REPORT (a completion refused
            for missing report items), PHONE_UNREACHABLE (a call unanswered within phone-duty hours), DISPATCH_DISOBEDIENCE
            (an assignment refused or ignored without an approved reason), VERIFIED_COMPLAINT, REWORK (installer-caused
            rework: first a warning, then the rework's cost), CUSTOMER_PRAISE (top ratings in a sign-off or follow-up),
            MANUAL (entered by the manager).""")
    public enum Rule {
        LATE_ARRIVAL, LEFT_WITHOUT_REPORT_IN, INCOMPLETE_SERVICE_REPORT, PHONE_UNREACHABLE, DISPATCH_DISOBEDIENCE, VERIFIED_COMPLAINT,
        REWORK, CUSTOMER_PRAISE, MANUAL
    }

    @Schema(name = "DisciplineSourceType", description = "What the triggering event was about.")
    public enum SourceType { WORK_ORDER, COMPLAINT, UNANSWERED_CALL, DISPATCH_REFUSAL, FOLLOW_UP, MANUAL }

    @Schema(name = "DisciplineStatus", description = "PROPOSED by a rule; CONFIRMED or WAIVED by the manager (waiving needs a reason).")
    public enum Status { PROPOSED, CONFIRMED, WAIVED }

    @Schema(name = "AppealStatus", description = "One appeal per entry: PENDING until the manager UPHOLDS it (the entry is waived) or DISMISSES it.")
    public enum AppealStatus { PENDING, UPHELD, DISMISSED }

    @Schema(name = "RefusalKind", description = "REFUSED: the installer said no. IGNORED: the assignment went unanswered.")
    public enum RefusalKind { REFUSED, IGNORED }

    @Schema(name = "RefusalStatus", description = "PENDING until the reason is APPROVED (no consequence) or NOT_APPROVED (disobeying dispatch).")
    public enum RefusalStatus { PENDING, APPROVED, NOT_APPROVED }

    @Schema(name = "DisciplineEntry", description = "An entry of the discipline ledger.",
            requiredProperties = {"id", "number", "installerId", "installerName", "kind", "rule", "sourceType", "description", "occurredOn",
                    "status", "createdAt", "createdBy", "version"})
    public record EntryView(
            UUID id,
            @Schema(examples = "DE-000042") @Size(max = 20) String number,
            UUID installerId,
            @Size(max = 200) String installerName,
            Kind kind,
            @Schema(description = "Amount in the tenant's currency; absent for warnings and demerits.", examples = "50.00", maxLength = 13)
            String amount,
            Rule rule,
            SourceType sourceType,
            @Schema(description = "The work order, complaint, call, refusal or follow-up that triggered it.") UUID sourceId,
            @Size(max = 20) String sourceNumber,
            @Size(max = 2000) String description,
            LocalDate occurredOn,
            Status status,
            @Size(max = 255) String decidedBy,
            OffsetDateTime decidedAt,
            @Size(max = 2000) String decisionReason,
            @Schema(description = "The month (YYYY-MM) whose payroll counts it; a later month when its own was locked.", pattern = "^\\d{4}-\\d{2}$", maxLength = 7)
            String payMonth,
            AppealStatus appealStatus,
            @Size(max = 2000) String appealReason,
            OffsetDateTime appealedAt,
            @Size(max = 255) String appealDecidedBy,
            OffsetDateTime appealDecidedAt,
            @Size(max = 2000) String appealDecisionNote,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "DisciplineEntryPage", requiredProperties = "items")
    public record EntryPage(@Size(max = 200) List<EntryView> items,
                            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "ManualDisciplineEntryRequest", description = """
            An entry the manager makes by hand, confirmed at once. A fine must lie within the tenant's range for other breaches
            (10–200 by default); a reward or cost charge needs a positive amount; warnings and demerits take none.""")
    public record ManualEntryRequest(
            @NotNull UUID installerId,
            @NotNull Kind kind,
            @Schema(examples = "80.00", maxLength = 13) @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE) String amount,
            @NotBlank @Size(max = 2000) String description,
            @Schema(description = "The day of the breach or merit; today when absent.") @SaneDate(SaneDate.Kind.HISTORY) LocalDate occurredOn) {
    }

    @Schema(name = "DisciplineDecisionRequest", description = """
            Confirming: an amount is needed only when the entry has none yet (a fine or cost charge the rules could not price);
            a cost charge's amount may be corrected. Waiving needs a reason.""")
    public record DecisionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Size(max = 2000) String reason,
            @Schema(examples = "120.00", maxLength = 13) @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE) String amount) {
    }

    @Schema(name = "AppealRequest", description = "The installer's one appeal against an entry of their own.")
    public record AppealRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "AppealDecisionRequest", description = "Upheld: the entry is waived (a confirmed amount is refunded). Dismissed: it stands.")
    public record AppealDecisionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull Boolean upheld,
            @NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "UnansweredCall", requiredProperties = {"id", "installerId", "calledAt", "withinDuty", "recordedBy", "recordedAt"})
    public record UnansweredCallView(
            UUID id,
            UUID installerId,
            @Size(max = 200) String installerName,
            OffsetDateTime calledAt,
            @Size(max = 100) String externalId,
            @Size(max = 1000) String note,
            @Schema(description = "Called within the tenant's phone-duty hours: only then is a fine proposed.") boolean withinDuty,
            @Schema(description = "The proposed ledger entry, when the rule applied.") UUID entryId,
            @Size(max = 255) String recordedBy,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "UnansweredCallPage", requiredProperties = "items")
    public record UnansweredCallPage(@Size(max = 200) List<UnansweredCallView> items,
                                     @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "RecordUnansweredCallRequest", description = """
            A call to an installer that was not answered. A telephony integration may send its own call id as externalId:
            the same call recorded twice is one call.""")
    public record UnansweredCallRequest(
            @NotNull UUID installerId,
            @NotNull @SaneDate(SaneDate.Kind.HISTORY) OffsetDateTime calledAt,
            @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]{1,100}$", message = "letters, digits, dots, colons, dashes or underscores") String externalId,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "DispatchRefusal", requiredProperties = {"id", "workOrderId", "installerId", "kind", "status", "recordedBy", "recordedAt", "version"})
    public record RefusalView(
            UUID id,
            UUID workOrderId,
            @Size(max = 20) String workOrderNumber,
            UUID installerId,
            @Size(max = 200) String installerName,
            RefusalKind kind,
            @Size(max = 2000) String reason,
            RefusalStatus status,
            @Size(max = 255) String decidedBy,
            OffsetDateTime decidedAt,
            @Size(max = 2000) String decisionNote,
            @Size(max = 255) String recordedBy,
            OffsetDateTime recordedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "DispatchRefusalPage", requiredProperties = "items")
    public record RefusalPage(@Size(max = 200) List<RefusalView> items,
                              @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "RecordDispatchRefusalRequest", description = "An assignment refused or ignored. An installer records their own refusal with its reason.")
    public record RefusalRequest(
            @NotNull UUID workOrderId,
            @Schema(description = "The installer who refused; an installer's own id when absent.") UUID installerId,
            @NotNull RefusalKind kind,
            @Size(max = 2000) String reason) {
    }

    @Schema(name = "DispatchRefusalDecisionRequest", description = "Whether the reason is approved; not approved proposes the disobedience fine.")
    public record RefusalDecisionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull Boolean approved,
            @Size(max = 2000) String note) {
    }
}
