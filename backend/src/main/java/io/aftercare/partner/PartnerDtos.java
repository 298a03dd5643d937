package io.aftercare.partner;

import io.aftercare.api.Texts;
import io.aftercare.api.SaneDate;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
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

public final class PartnerDtos {

    static final String MONEY = "^\\d{1,9}(\\.\\d{1,2})?$";
    static final String MONEY_MESSAGE = "must be an amount like 50.00 (up to 2 decimals, not negative)";
    static final String PERCENT = "^\\d{1,3}(\\.\\d{1,2})?$";
    static final String PERCENT_MESSAGE = "must be a percentage like 5 or 2.5";

    private PartnerDtos() {
    }

    // --- partners ---------------------------------------------------------------------------------------------

    @Schema(name = "PartnerContact", description = "A person at the partner.", requiredProperties = {"name"})
    public record Contact(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 30) String phone,
            @Schema(examples = "项目经理") @Size(max = 100) String role) {
    }

    @Schema(name = "PartnerBankAccount", description = "Where the partner is paid.")
    public record BankAccount(
            @Size(max = 200) String accountName,
            @Size(max = 200) String bank,
            @Schema(description = "In requests only: the full number; answers always show it masked.", examples = "6222021234567890123")
            @Size(max = 40) @Pattern(regexp = "^[0-9 -]{4,40}$", message = "digits, spaces or dashes, at least 4") String accountNumber) {
    }

    @Schema(name = "PartnerBankAccountView", description = "The account number is masked: only its last 4 digits are shown.")
    public record BankAccountView(
            @Size(max = 200) String accountName,
            @Size(max = 200) String bank,
            @Schema(examples = "**** **** 0123") @Size(max = 20) String accountNumberMasked) {
    }

    @Schema(name = "PartnerStaffMember", requiredProperties = {"staffUserId", "username"})
    public record StaffMember(UUID staffUserId, @Size(max = io.aftercare.identity.Logins.MAX_LENGTH) String username, @Size(max = 100) String firstName,
                              @Size(max = 100) String lastName) {
    }

    @Schema(name = "Partner", description = "An outsourcing partner (外包方).",
            requiredProperties = {"id", "name", "contacts", "staff", "createdAt", "version"})
    public record PartnerView(
            UUID id,
            @Size(max = 200) String name,
            @Size(max = 20) List<Contact> contacts,
            BankAccountView bankAccount,
            @Schema(description = "Staff users (role partner) working for this partner.") @Size(max = 200) List<StaffMember> staff,
            @Schema(description = "The construction qualification recorded for the partner; absent when none.") ConstructionQualification constructionQualification,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "ConstructionQualification", description = "A contractor's construction qualification (施工资质): its "
            + "certificate number and the last day it is valid. Connection work goes only to a partner holding a valid one.",
            requiredProperties = {"number", "validTo"})
    public record ConstructionQualification(
            @Schema(examples = "D341012345", maxLength = 50) @NotBlank @Size(max = 50) String number,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate validTo) {
    }

    @Schema(name = "PartnerPage", requiredProperties = "items")
    public record PartnerPage(@Size(max = 200) List<PartnerView> items,
                              @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                              @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreatePartnerRequest")
    public record CreatePartnerRequest(
            @Schema(examples = "郑州安达车载安装有限公司") @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @Size(max = 20) List<@NotNull @Valid Contact> contacts,
            @Valid BankAccount bankAccount,
            @Valid ConstructionQualification constructionQualification) {
    }

    @Schema(name = "UpdatePartnerRequest", description = "Absent fields stay as they are; contacts, when given, replace the list.")
    public record UpdatePartnerRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Size(min = 1, max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @Size(max = 20) List<@NotNull @Valid Contact> contacts,
            @Valid BankAccount bankAccount,
            @Valid ConstructionQualification constructionQualification) {
    }

    @Schema(name = "LinkPartnerStaffRequest", description = "A staff user holding the role partner; works for at most one partner.")
    public record LinkStaffRequest(@NotNull UUID staffUserId) {
    }

    // --- agreements -------------------------------------------------------------------------------------------

    @Schema(name = "PartnerAgreement", description = "The terms of an outsourcing agreement (安装外包协议). The percentages were "
            + "copied from the tenant's settings when the agreement was made and do not follow later settings changes.",
            requiredProperties = {"id", "partnerId", "feePerUnit", "dailyQuota", "firstDay", "lastDay", "delayDeductionPercentPerDay",
                    "complaintDeductionPercent", "createdAt", "version"})
    public record AgreementView(
            UUID id,
            UUID partnerId,
            @Schema(examples = "50.00", maxLength = 12) String feePerUnit,
            @Schema(description = "Units the partner must complete per day.", minimum = "0", maximum = "10000") int dailyQuota,
            LocalDate firstDay,
            LocalDate lastDay,
            @Schema(description = "Of the total fee, per day of delay.", examples = "5.00", maxLength = 6) String delayDeductionPercentPerDay,
            @Schema(description = "Of the total fee, per verified complaint.", examples = "5.00", maxLength = 6) String complaintDeductionPercent,
            @Size(max = 20000) String technicalStandard,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "PartnerAgreementPage", requiredProperties = "items")
    public record AgreementPage(@Size(max = 200) List<AgreementView> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreatePartnerAgreementRequest", description = "Omitted quota and percentages come from the tenant's partner settings.")
    public record CreateAgreementRequest(
            @Schema(examples = "50.00", maxLength = 12) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String feePerUnit,
            @Schema(description = "Default: settings partners.minimumUnitsPerDay.") @Min(0) @Max(10000) Integer dailyQuota,
            @NotNull @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate firstDay,
            @NotNull @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate lastDay,
            @Schema(description = "Default: settings partners.delayDeductionPercentPerDay.", maxLength = 6)
            @Pattern(regexp = PERCENT, message = PERCENT_MESSAGE) @DecimalMax(value = "100", message = "must be at most 100") String delayDeductionPercentPerDay,
            @Schema(description = "Default: settings partners.complaintDeductionPercent.", maxLength = 6)
            @Pattern(regexp = PERCENT, message = PERCENT_MESSAGE) @DecimalMax(value = "100", message = "must be at most 100") String complaintDeductionPercent,
            @Schema(description = "The technical standard the installation must meet.") @Size(max = 20000) String technicalStandard) {
    }

    // --- orders -----------------------------------------------------------------------------------------------

    @Schema(name = "PartnerOrder", description = "A work order given to a partner (manager's view).",
            requiredProperties = {"id", "workOrderId", "workOrderNumber", "partnerId", "agreementId", "units", "dueDate", "assignedAt",
                    "customerSigned", "accepted", "version"})
    public record PartnerOrderAdminView(
            UUID id,
            UUID workOrderId,
            @Size(max = 20) String workOrderNumber,
            WorkOrderStatus workOrderStatus,
            UUID partnerId,
            UUID agreementId,
            @Schema(minimum = "1", maximum = "10000") int units,
            LocalDate dueDate,
            OffsetDateTime assignedAt,
            OffsetDateTime workDoneAt,
            @Schema(description = "The customer signed the acceptance (did not refuse).") boolean customerSigned,
            @Schema(description = "The manager signed off the work.") boolean accepted,
            OffsetDateTime acceptedAt,
            @Size(max = 255) String acceptedBy,
            @Schema(description = "Damage the partner caused and pays.", maxLength = 12) String damageAmount,
            @Size(max = 2000) String damageNote,
            @Schema(description = "The confirmed statement that settled it, if any.") UUID statementId,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "PartnerOrderAdminPage", requiredProperties = "items")
    public record PartnerOrderAdminPage(@Size(max = 200) List<PartnerOrderAdminView> items,
                                        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                        @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "AssignPartnerOrderRequest")
    public record AssignOrderRequest(
            @NotNull UUID workOrderId,
            @NotNull UUID agreementId,
            @Schema(description = "Units (e.g. vehicles) this order counts for; default 1.") @Min(1) @Max(10000) Integer units,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate dueDate) {
    }

    @Schema(name = "AcceptPartnerOrderRequest", description = "The manager's sign-off (实施管理部经理签字确认).")
    public record AcceptRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "PartnerDamageRequest", description = "Damage the partner caused (e.g. a burnt dashboard); the partner pays it.")
    public record DamageRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(examples = "120.00", maxLength = 12) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String amount,
            @NotBlank @Size(max = 2000) String note) {
    }

    // --- quota ------------------------------------------------------------------------------------------------

    @Schema(name = "PartnerQuotaDay", requiredProperties = {"day", "unitsCompleted"})
    public record QuotaDay(
            LocalDate day,
            @Schema(description = "Units of the partner's orders whose work was done that day (tenant's time zone).", minimum = "0", maximum = "1000000")
            int unitsCompleted,
            @Schema(description = "The daily quota of the agreement covering the day; absent when none does.", minimum = "0", maximum = "10000")
            Integer dailyQuota,
            @Schema(description = "Quota minus units completed when positive, else 0; absent without an agreement.", minimum = "0", maximum = "10000")
            Integer shortfall) {
    }

    @Schema(name = "PartnerQuota", requiredProperties = {"partnerId", "from", "to", "days"})
    public record QuotaView(UUID partnerId, LocalDate from, LocalDate to, @Size(max = 366) List<QuotaDay> days) {
    }

    // --- statements -------------------------------------------------------------------------------------------

    @Schema(name = "PartnerStatementStatus", description = "DRAFT (may be recomputed or deleted) → CONFIRMED by the manager → PAID.")
    public enum StatementStatus { DRAFT, CONFIRMED, PAID }

    @Schema(name = "PartnerStatementLine", description = "One counted order with the terms used.",
            requiredProperties = {"workOrderId", "workOrderNumber", "agreementId", "units", "feePerUnit", "amount", "dueDate", "workDoneOn",
                    "daysLate", "complaints", "damageAmount", "delayDeductionPercentPerDay", "complaintDeductionPercent"})
    public record StatementLine(
            UUID workOrderId,
            @Size(max = 20) String workOrderNumber,
            UUID agreementId,
            @Schema(minimum = "1", maximum = "10000") int units,
            @Schema(maxLength = 12) String feePerUnit,
            @Schema(description = "units × feePerUnit.", maxLength = 12) String amount,
            LocalDate dueDate,
            LocalDate workDoneOn,
            @Schema(description = "Work-done date minus due date, when positive; else 0.", minimum = "0", maximum = "100000") int daysLate,
            @Schema(description = "Verified customer complaints about this order.", minimum = "0", maximum = "100000") int complaints,
            @Schema(maxLength = 12) String damageAmount,
            @Schema(maxLength = 6) String delayDeductionPercentPerDay,
            @Schema(maxLength = 6) String complaintDeductionPercent) {
    }

    @Schema(name = "PartnerStatement", description = """
            A settlement statement (结算单). Counts only orders whose work was done in the period (tenant's time zone), that the \
            customer signed (not refused) and the manager accepted, and that no confirmed statement settled yet.
            gross = Σ units × feePerUnit.
            delayDays = the SUM over the counted orders of each order's days late (work-done date − due date, when positive): \
            two orders each one day late make 2 delay days.
            delayDeduction = gross × delayDays × delayDeductionPercentPerDay % (the agreement's; "each day of delay deducts 5% of \
            the total fee").
            complaints = verified customer complaints about the counted orders; complaintDeduction = gross × complaints × \
            complaintDeductionPercent %.
            When the orders come under agreements with different percentages, each deduction is computed per agreement (over \
            that agreement's gross, days and complaints) and summed.
            damageDeduction = Σ damage amounts of the counted orders.
            net = gross − delayDeduction − complaintDeduction − damageDeduction; it may be negative (the partner owes), and is \
            reported as it is. All amounts are rounded half-up to 0.01 per step.""",
            requiredProperties = {"id", "number", "partnerId", "periodFrom", "periodTo", "status", "units", "gross", "delayDays",
                    "delayDeduction", "complaints", "complaintDeduction", "damageDeduction", "net", "lines", "createdAt", "computedAt", "version"})
    public record StatementView(
            UUID id,
            @Schema(examples = "PS-000001") @Size(max = 20) String number,
            UUID partnerId,
            @Size(max = 200) String partnerName,
            LocalDate periodFrom,
            LocalDate periodTo,
            StatementStatus status,
            @Schema(minimum = "0", maximum = "100000000") int units,
            @Schema(maxLength = 14) String gross,
            @Schema(minimum = "0", maximum = "100000000") int delayDays,
            @Schema(maxLength = 14) String delayDeduction,
            @Schema(minimum = "0", maximum = "100000000") int complaints,
            @Schema(maxLength = 14) String complaintDeduction,
            @Schema(maxLength = 14) String damageDeduction,
            @Schema(maxLength = 14) String net,
            @Size(max = 10000) List<StatementLine> lines,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy,
            OffsetDateTime computedAt,
            OffsetDateTime confirmedAt,
            @Size(max = 255) String confirmedBy,
            OffsetDateTime paidAt,
            @Size(max = 255) String paidBy,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "PartnerStatementSummary", description = "A statement without its lines.",
            requiredProperties = {"id", "number", "partnerId", "partnerName", "periodFrom", "periodTo", "status", "units", "gross", "net",
                    "version"})
    public record StatementSummary(
            UUID id,
            @Size(max = 20) String number,
            UUID partnerId,
            @Schema(examples = "郑州安达车载安装有限公司") @Size(max = 200) String partnerName,
            LocalDate periodFrom,
            LocalDate periodTo,
            StatementStatus status,
            @Schema(minimum = "0", maximum = "100000000") int units,
            @Schema(maxLength = 14) String gross,
            @Schema(maxLength = 14) String net,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "PartnerStatementPage", requiredProperties = "items")
    public record StatementPage(@Size(max = 200) List<StatementSummary> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreatePartnerStatementRequest", description = "The period, by the day work was done (first and last day included).")
    public record CreateStatementRequest(@NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate periodFrom, @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate periodTo) {
    }

    @Schema(name = "PartnerStatementActionRequest", description = "Recompute, confirm or mark paid; needs the version you read.")
    public record StatementActionRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }

    // --- partner portal ---------------------------------------------------------------------------------------

    @Schema(name = "PartnerOrderView", description = """
            A job as the partner's staff see it: only what the job needs. The customer's name is shortened to the surname \
            (王*), the phone masked (138****5678), device serials masked to their last 4 characters; no SIM data, identity \
            numbers or other customer details.""",
            requiredProperties = {"workOrderId", "number", "status", "units", "dueDate", "customerName", "description", "deviceSerialsMasked",
                    "customerSigned", "accepted", "taken", "donePhotoIds"})
    public record PartnerOrderView(
            UUID workOrderId,
            @Size(max = 20) String number,
            WorkOrderStatus status,
            @Schema(minimum = "1", maximum = "10000") int units,
            LocalDate dueDate,
            @Schema(examples = "王*") @Size(max = 10) String customerName,
            @Schema(examples = "138****5678") @Size(max = 20) String customerPhoneMasked,
            @Schema(description = "Where the job is.") @Size(max = 500) String siteAddress,
            WorkOrderDtos.Appointment appointment,
            @Size(max = 2000) String description,
            @Schema(description = "The agreement's technical standard.") @Size(max = 20000) String technicalStandard,
            @Size(max = 20) String vehiclePlate,
            @Schema(examples = "****7731") @Size(max = 100) List<@Size(max = 20) String> deviceSerialsMasked,
            boolean customerSigned,
            @Schema(description = "The manager signed the order off for payment.") boolean accepted,
            @Schema(description = "Someone of the partner took the job.") boolean taken,
            OffsetDateTime takenAt,
            @Schema(description = "When the partner reported the job done.") OffsetDateTime reportedDoneAt,
            @Size(max = 2000) String doneNote,
            @Schema(description = "The photos of the partner's report (attachments of the order).") @Size(max = 20) List<UUID> donePhotoIds) {
    }

    @Schema(name = "PartnerReportDoneRequest", description = "The partner's report that the job is done: 1 to 20 photos the partner "
            + "uploaded to this order (attachments of kind PHOTO) and an optional note.", requiredProperties = "photoIds")
    public record ReportDoneRequest(
            @NotNull @Size(min = 1, max = 20) List<@NotNull UUID> photoIds,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "PartnerOrderPage", requiredProperties = "items")
    public record PartnerOrderPage(@Size(max = 200) List<PartnerOrderView> items,
                                   @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                   @Size(max = 200) String nextCursor) {
    }
}
