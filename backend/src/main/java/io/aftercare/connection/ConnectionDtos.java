package io.aftercare.connection;

import io.aftercare.api.SaneDate;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.workorder.WorkOrderDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Power-connection acceptance (报装接电, doc 4): an application from the customer's request to the meter being connected. */
public final class ConnectionDtos {

    private ConnectionDtos() {
    }

    @Schema(name = "SupplyClass", description = """
            RESIDENTIAL (居民), LOW_VOLTAGE (低压电力), HIGH_VOLTAGE_SINGLE (高压单电源), HIGH_VOLTAGE_DUAL (高压双电源).
            The class sets the supply plan's deadline, the plan's validity, the design documents and the review deadline.""")
    public enum SupplyClass {
        RESIDENTIAL, LOW_VOLTAGE, HIGH_VOLTAGE_SINGLE, HIGH_VOLTAGE_DUAL;

        public boolean highVoltage() {
            return this == HIGH_VOLTAGE_SINGLE || this == HIGH_VOLTAGE_DUAL;
        }
    }

    @Schema(name = "ConnectionApplicationKind", description = "NEW_CONNECTION (新装), CAPACITY_INCREASE (增容), CHANGE_OF_USE (变更用电).")
    public enum ApplicationKind { NEW_CONNECTION, CAPACITY_INCREASE, CHANGE_OF_USE }

    @Schema(name = "ConnectionApplicationSource", description = "STAFF: registered by staff for the customer. CUSTOMER: by the customer online.")
    public enum Source { STAFF, CUSTOMER }

    @Schema(name = "ConnectionStatus", description = """
            APPLIED: waiting for the survey and the supply plan (the SUPPLY_PLAN promise runs) → PLAN_NOTIFIED or CANCELLED.
            PLAN_NOTIFIED: the plan is notified and valid until its day; the customer designs → DESIGN_REVIEW, APPLIED (an
            objection reopens the plan) or CANCELLED (withdrawn, or the plan expired).
            DESIGN_REVIEW: the design is under review (the DESIGN_REVIEW promise runs) → DESIGN_APPROVED, DESIGN_CHANGES_REQUIRED, or
            CONSTRUCTION when a design changed during construction is approved again.
            DESIGN_CHANGES_REQUIRED → DESIGN_REVIEW (changed design submitted again) or CANCELLED.
            DESIGN_APPROVED → CONSTRUCTION (fees paid and work started; the plan's validity ends) or DESIGN_REVIEW (a changed design).
            CONSTRUCTION: materials are recorded, the intermediate inspection and then the completion inspection follow; a failed
            completion inspection stays here with its findings → ACCEPTED, or DESIGN_REVIEW (a changed design).
            ACCEPTED: the completion inspection passed → CONNECTED (supply contract signed, meter installed).
            CONNECTED and CANCELLED are final.""")
    public enum Status {
        APPLIED, PLAN_NOTIFIED, DESIGN_REVIEW, DESIGN_CHANGES_REQUIRED, DESIGN_APPROVED, CONSTRUCTION, ACCEPTED, CONNECTED, CANCELLED;

        /** The states this one may move to next. */
        public List<Status> next() {
            return switch (this) {
                case APPLIED -> List.of(PLAN_NOTIFIED, CANCELLED);
                case PLAN_NOTIFIED -> List.of(DESIGN_REVIEW, APPLIED, CANCELLED);
                case DESIGN_REVIEW -> List.of(DESIGN_APPROVED, DESIGN_CHANGES_REQUIRED, CONSTRUCTION, CANCELLED);
                case DESIGN_CHANGES_REQUIRED -> List.of(DESIGN_REVIEW, CANCELLED);
                case DESIGN_APPROVED -> List.of(CONSTRUCTION, DESIGN_REVIEW, CANCELLED);
                case CONSTRUCTION -> List.of(ACCEPTED, DESIGN_REVIEW, CANCELLED);
                case ACCEPTED -> List.of(CONNECTED, CANCELLED);
                case CONNECTED, CANCELLED -> List.of();
            };
        }

        /** Before construction: the plan's validity counts (unless construction started and the design changed since). */
        public boolean planRunning() {
            return this == PLAN_NOTIFIED || this == DESIGN_REVIEW || this == DESIGN_CHANGES_REQUIRED || this == DESIGN_APPROVED;
        }
    }

    @Schema(name = "ConnectionAction", description = "What can be done to an application now, by its step's endpoint.")
    public enum Action {
        EXPLAIN_DELAY, NOTIFY_PLAN, OBJECT_TO_PLAN, EXTEND_PLAN, SUBMIT_DESIGN, REVIEW_DESIGN, START_CONSTRUCTION, RECORD_MATERIAL,
        INSPECT_INTERMEDIATE, INSPECT_COMPLETION, CONNECT, CANCEL
    }

    @Schema(name = "DesignDocument", description = """
            The design documents of doc 4 §5. High voltage needs all 13: DESIGN_AND_DESCRIPTION (受电工程设计及说明书),
            LOAD_DISTRIBUTION (用电负荷分布图), LOAD_COMPOSITION (负荷组成、性质及保安负荷), POWER_QUALITY_EQUIPMENT (影响电能质量的用电设备清单),
            MAIN_EQUIPMENT_LIST (主要电气设备一览表), PRODUCTION_CONSUMPTION (生产设备耗电及允许中断供电时间),
            WIRING_AND_LAYOUT (一、二次接线图与平面布置图), POWER_FACTOR_COMPENSATION (功率因数计算及无功补偿方式),
            PROTECTION_AND_METERING (继电保护、过电压保护及计量装置方式), CONCEALED_WORK (隐蔽工程设计资料), DISTRIBUTION_NETWORK (配电网络布置图),
            OWN_GENERATION (自备电源及接线方式), OTHERS_REQUIRED (其他必需资料). Low voltage and residential need LOAD_COMPOSITION and
            MAIN_EQUIPMENT_LIST (负荷组成和用电设备清单).""")
    public enum DesignDocument {
        DESIGN_AND_DESCRIPTION, LOAD_DISTRIBUTION, LOAD_COMPOSITION, POWER_QUALITY_EQUIPMENT, MAIN_EQUIPMENT_LIST, PRODUCTION_CONSUMPTION,
        WIRING_AND_LAYOUT, POWER_FACTOR_COMPENSATION, PROTECTION_AND_METERING, CONCEALED_WORK, DISTRIBUTION_NETWORK, OWN_GENERATION,
        OTHERS_REQUIRED;

        /** The documents a design of this class must include. */
        public static List<DesignDocument> requiredFor(SupplyClass supplyClass) {
            return supplyClass.highVoltage() ? List.of(values()) : List.of(LOAD_COMPOSITION, MAIN_EQUIPMENT_LIST);
        }
    }

    @Schema(name = "DesignReviewResult")
    public enum ReviewResult { APPROVED, CHANGES_REQUIRED }

    @Schema(name = "ContractorKind", description = "OWN: the tenant's own installers. PARTNER: an outsourcing partner.")
    public enum ContractorKind { OWN, PARTNER }

    @Schema(name = "ConnectionInspectionStage", description = "INTERMEDIATE (中间检查) during construction; COMPLETION (竣工检验) before connection.")
    public enum InspectionStage { INTERMEDIATE, COMPLETION }

    @Schema(name = "ConnectionInspectionResult", description = "PASSED when every checklist item passed.")
    public enum InspectionResult { PASSED, FAILED }

    @Schema(name = "ConnectionCancelReason", description = "WITHDRAWN by the customer or staff; PLAN_EXPIRED: the plan's validity ended "
            + "before construction started (逾期注销).")
    public enum CancelReason { WITHDRAWN, PLAN_EXPIRED }

    // --- requests ------------------------------------------------------------------------------------------------------

    @Schema(name = "CreateConnectionApplicationRequest", description = "An application staff register for a customer. Name a site of "
            + "the customer or write the address.")
    public record CreateRequest(
            @NotNull UUID customerId,
            @NotNull ApplicationKind kind,
            @NotNull SupplyClass supplyClass,
            @Schema(description = "Capacity asked for, in kVA.", examples = "80", minimum = "0.1", maximum = "1000000")
            @NotNull @DecimalMin("0.1") @DecimalMax("1000000") @Digits(integer = 7, fraction = 1) BigDecimal capacityKva,
            UUID siteId,
            @Schema(description = "The site's address when it is not one of the customer's sites.", maxLength = 500)
            @Size(max = 500) String siteAddress,
            @Schema(maxLength = 2000) @Size(max = 2000) String description) {
    }

    @Schema(name = "MyConnectionApplicationRequest", description = "The customer's own application: one of their addresses or a new one.")
    public record MyApplicationRequest(
            @NotNull ApplicationKind kind,
            @NotNull SupplyClass supplyClass,
            @Schema(description = "Capacity asked for, in kVA.", examples = "8", minimum = "0.1", maximum = "1000000")
            @NotNull @DecimalMin("0.1") @DecimalMax("1000000") @Digits(integer = 7, fraction = 1) BigDecimal capacityKva,
            UUID siteId,
            @Schema(maxLength = 500) @Size(max = 500) String siteAddress,
            @Schema(maxLength = 2000) @Size(max = 2000) String description) {
    }

    @Schema(name = "ConnectionDelayRequest", description = "Why the supply plan will be late, told to the customer (若不能如期确定供电方案，应向用户说明原因).")
    public record DelayRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(maxLength = 1000) @NotBlank @Size(max = 1000) String explanation) {
    }

    @Schema(name = "ConnectionPlanRequest", description = "The supply plan decided after the survey, notified to the customer in writing. "
            + "Notified after its deadline, it needs `lateExplanation` unless a delay was explained before.")
    public record PlanRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "The plan: supply point, voltage, capacity, metering, works on each side.", maxLength = 4000)
            @NotBlank @Size(max = 4000) String plan,
            @Schema(maxLength = 1000) @Size(max = 1000) String lateExplanation) {
    }

    @Schema(name = "ConnectionObjectionRequest", description = "The customer disagrees with the plan (within the tenant's months of its notice).")
    public record ObjectionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ConnectionExtensionRequest", description = "Extends the plan's validity to a later day. Asked at least the tenant's notice "
            + "days before it expires; all extensions together no longer than the plan's original period.")
    public record ExtensionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate validUntil,
            @Schema(maxLength = 1000) @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "DesignDocumentItem", requiredProperties = "document")
    public record DocumentItem(
            @NotNull DesignDocument document,
            @Schema(description = "A scan attached to the application (ownerType CONNECTION_APPLICATION); the paper copies count without it.")
            UUID attachmentId) {
    }

    @Schema(name = "DesignSubmissionRequest", description = "The design documents the customer handed in; a design changed after its "
            + "review is submitted again.")
    public record DesignSubmissionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "Paper copies handed in (the tenant's number, 一式两份).", minimum = "1", maximum = "10")
            @NotNull @Min(1) @jakarta.validation.constraints.Max(10) Integer copies,
            @NotNull @NotEmpty @Size(max = 13) List<@NotNull @Valid DocumentItem> documents) {
    }

    @Schema(name = "DesignReviewRequest", description = "The written review opinion, returned with one reviewed copy.")
    public record DesignReviewRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull ReviewResult result,
            @Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String opinion) {
    }

    @Schema(name = "ConstructionRequest", description = "Fees paid and construction started, by a qualified contractor with trained staff.")
    public record ConstructionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull ContractorKind contractor,
            @Schema(description = "For contractor PARTNER.") UUID partnerId,
            @Schema(description = "The crew; each must have a training record, and own installers an electrician's certificate.")
            @NotNull @NotEmpty @Size(max = 50) List<@NotNull UUID> installerIds,
            @NotNull @SaneDate(SaneDate.Kind.HISTORY) LocalDate feesPaidOn,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate startedOn) {
    }

    @Schema(name = "ConnectionMaterialRequest", description = "A material used, from the catalogue.")
    public record MaterialRequest(
            @NotNull UUID catalogItemId,
            @Schema(examples = "120", minimum = "0.01", maximum = "99999999")
            @NotNull @DecimalMin("0.01") @DecimalMax("99999999") @Digits(integer = 8, fraction = 2) BigDecimal quantity) {
    }

    @Schema(name = "InspectionChecklistItem", requiredProperties = {"item", "passed"})
    public record ChecklistItem(
            @Schema(examples = "接线与审核图纸一致", maxLength = 200) @NotBlank @Size(max = 200) String item,
            @NotNull Boolean passed,
            @Schema(description = "What was found; needed when the item failed.", maxLength = 1000) @Size(max = 1000) String finding) {
    }

    @Schema(name = "ConnectionInspectionRequest")
    public record InspectionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull InspectionStage stage,
            @Schema(examples = "李工", maxLength = 100) @NotBlank @Size(max = 100) String inspector,
            @NotNull @NotEmpty @Size(max = 50) List<@NotNull @Valid ChecklistItem> checklist) {
    }

    @Schema(name = "ConnectRequest", description = "Supply contract signed, meter installed, connected (装表接电).")
    public record ConnectRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(examples = "GD-2026-0012", maxLength = 50) @NotBlank @Size(max = 50) String supplyContractNumber,
            @NotNull @SaneDate(SaneDate.Kind.HISTORY) LocalDate contractSignedOn,
            @Schema(examples = "3310001234567", maxLength = 50) @NotBlank @Size(max = 50) String meterNumber) {
    }

    @Schema(name = "ConnectionCancelRequest")
    public record CancelRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(maxLength = 1000) @NotBlank @Size(max = 1000) String reason) {
    }

    // --- views ---------------------------------------------------------------------------------------------------------

    @Schema(name = "SupplyPlan", requiredProperties = {"text", "notifiedAt", "validUntil", "originalValidUntil", "objectionUntil"})
    public record PlanView(
            @Size(max = 4000) String text,
            OffsetDateTime notifiedAt,
            @Schema(description = "The last day the plan is valid (extensions included).") LocalDate validUntil,
            @Schema(description = "The last day before any extension.") LocalDate originalValidUntil,
            @Schema(description = "The last day the customer may object.") LocalDate objectionUntil,
            @Schema(description = "The last day an extension can be asked.") LocalDate extensionAskUntil,
            @Schema(description = "The latest day an extension may reach.") LocalDate extensionLimit,
            @Schema(description = "When the customer was told the plan is about to expire.") OffsetDateTime expiryWarnedAt) {
    }

    @Schema(name = "DesignDocumentView", requiredProperties = {"document", "included"})
    public record DocumentView(DesignDocument document, boolean included, UUID attachmentId) {
    }

    @Schema(name = "DesignRevision", description = "A design submitted, with its review once done.",
            requiredProperties = {"revision", "copies", "documents", "submittedAt", "submittedBy"})
    public record DesignView(
            @Schema(minimum = "1", maximum = "1000") int revision,
            @Schema(minimum = "1", maximum = "10") int copies,
            @Size(max = 13) List<DocumentView> documents,
            OffsetDateTime submittedAt,
            @Schema(description = "The name of who handed it in (their login where the token carries no name).") @Size(max = 255) String submittedBy,
            ReviewResult result,
            @Size(max = 4000) String opinion,
            OffsetDateTime reviewedAt,
            @Schema(description = "The name of who reviewed it.") @Size(max = 255) String reviewedBy) {
    }

    @Schema(name = "CrewMember", requiredProperties = {"id", "name"})
    public record CrewMember(UUID id, @Size(max = 200) String name) {
    }

    @Schema(name = "Construction", requiredProperties = {"contractor", "crew", "feesPaidOn", "startedOn"})
    public record ConstructionView(
            ContractorKind contractor,
            UUID partnerId,
            @Size(max = 200) String partnerName,
            @Size(max = 50) List<CrewMember> crew,
            LocalDate feesPaidOn,
            LocalDate startedOn) {
    }

    @Schema(name = "ConnectionMaterial", requiredProperties = {"id", "catalogItemId", "name", "quantity", "domestic", "centralProcurement",
            "recordedAt", "recordedBy"})
    public record MaterialView(
            UUID id,
            UUID catalogItemId,
            @Size(max = 200) String name,
            @Schema(examples = "120.00", maxLength = 12) String quantity,
            @Size(max = 20) String unit,
            boolean domestic,
            @Schema(description = "A large item from central procurement (统一采购).") boolean centralProcurement,
            OffsetDateTime recordedAt,
            @Schema(description = "The name of who recorded it.") @Size(max = 255) String recordedBy) {
    }

    @Schema(name = "ConnectionInspection", requiredProperties = {"id", "stage", "result", "designRevision", "checklist", "inspector",
            "inspectedAt"})
    public record InspectionView(
            UUID id,
            InspectionStage stage,
            InspectionResult result,
            @Schema(description = "The approved design revision inspected against.", minimum = "1", maximum = "1000") int designRevision,
            @Size(max = 50) List<ChecklistItem> checklist,
            @Schema(description = "The failed items' findings, which go back to construction.") @Size(max = 20000) String findings,
            @Size(max = 100) String inspector,
            OffsetDateTime inspectedAt) {
    }

    @Schema(name = "ConnectionResult", requiredProperties = {"supplyContractNumber", "contractSignedOn", "meterNumber", "connectedAt"})
    public record ConnectedView(@Size(max = 50) String supplyContractNumber, LocalDate contractSignedOn, @Size(max = 50) String meterNumber,
                                OffsetDateTime connectedAt) {
    }

    @Schema(name = "ConnectionApplication", description = "An application with every step so far and what can be done next.",
            requiredProperties = {"id", "number", "status", "kind", "supplyClass", "capacityKva", "source", "customerId", "customerName",
                    "siteAddress", "requiredDocuments", "designs", "materials", "inspections", "workOrders", "allowedNextStates",
                    "allowedActions", "createdAt", "createdBy", "updatedAt", "version"})
    public record ApplicationView(
            UUID id,
            @Schema(examples = "CA-000001") @Size(max = 20) String number,
            Status status,
            ApplicationKind kind,
            SupplyClass supplyClass,
            @Schema(examples = "80.0", maxLength = 10) String capacityKva,
            Source source,
            UUID customerId,
            @Size(max = 200) String customerName,
            @Size(max = 40) String customerPhone,
            UUID siteId,
            @Size(max = 500) String siteAddress,
            @Size(max = 2000) String description,
            @Schema(description = "The explanation given to the customer for a late plan.") @Size(max = 1000) String delayExplanation,
            OffsetDateTime delayExplainedAt,
            PlanView plan,
            @Schema(description = "The documents this class needs (the checklist).") @Size(max = 13) List<DesignDocument> requiredDocuments,
            @Schema(description = "Every design submitted, the latest last.") @Size(max = 1000) List<DesignView> designs,
            ConstructionView construction,
            @Size(max = 1000) List<MaterialView> materials,
            @Size(max = 1000) List<InspectionView> inspections,
            ConnectedView connection,
            @Size(max = 100) List<WorkOrderDtos.ConnectionOrder> workOrders,
            CancelReason cancelReason,
            @Size(max = 1000) String cancelNote,
            OffsetDateTime cancelledAt,
            @Schema(description = "The supply-plan or design-review promise, whichever the application is in.") PromiseDtos.PromiseView promise,
            @Size(max = 9) List<Status> allowedNextStates,
            @Size(max = 12) List<Action> allowedActions,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "ConnectionApplicationHit", description = "A connection application the global search found.",
            requiredProperties = {"id", "number", "status", "supplyClass", "customerName", "siteAddress"})
    public record ConnectionHit(
            UUID id,
            @Schema(examples = "CA-000001") @Size(max = 20) String number,
            Status status,
            SupplyClass supplyClass,
            @Size(max = 200) String customerName,
            @Size(max = 500) String siteAddress) {
    }

    @Schema(name = "ConnectionApplicationSummary", description = "An application as lists show it.",
            requiredProperties = {"id", "number", "status", "kind", "supplyClass", "capacityKva", "customerId", "customerName", "siteAddress",
                    "createdAt"})
    public record Summary(
            UUID id,
            @Size(max = 20) String number,
            Status status,
            ApplicationKind kind,
            SupplyClass supplyClass,
            @Schema(maxLength = 10) String capacityKva,
            UUID customerId,
            @Size(max = 200) String customerName,
            @Size(max = 500) String siteAddress,
            LocalDate planValidUntil,
            PromiseDtos.PromiseView promise,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "ConnectionApplicationPage", requiredProperties = "items")
    public record Page(@Size(max = 200) List<Summary> items,
                       @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "ConnectionEvent", description = "One step on the application's timeline.", requiredProperties = {"at", "kind", "actor", "details"})
    public record EventView(
            OffsetDateTime at,
            @Schema(examples = "plan-notified", maxLength = 40) String kind,
            @Schema(description = "Who did it (their login); `system` for the validity watch. Empty on the customer's own pages, "
                    + "which name people only by actorName.", maxLength = 255) String actor,
            @Schema(description = "Their name as it read when they did it; absent for the validity watch and for steps recorded "
                    + "before names were kept.", examples = "王建国", maxLength = 255) String actorName,
            @Schema(description = "The step's particulars (plan, reason, opinion, result, ...).", additionalProperties = DetailText.class)
            @Size(max = 20) Map<String, String> details) {
    }

    /** A value of an event's particulars, for the contract. */
    @Schema(name = "ConnectionEventDetail", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 4000)
    public static final class DetailText {
        private DetailText() {
        }
    }

    @Schema(name = "ConnectionTimeline", requiredProperties = "items")
    public record Timeline(@Size(max = 1000) List<EventView> items) {
    }

    @Schema(name = "MyConnectionApplication", description = "The customer's view of their application.",
            requiredProperties = {"number", "status", "kind", "supplyClass", "capacityKva", "siteAddress", "requiredDocuments", "timeline",
                    "allowedActions", "createdAt", "version"})
    public record MyApplicationView(
            @Size(max = 20) String number,
            Status status,
            ApplicationKind kind,
            SupplyClass supplyClass,
            @Schema(maxLength = 10) String capacityKva,
            @Size(max = 500) String siteAddress,
            @Schema(description = "When the supply plan is promised, while it is awaited.") OffsetDateTime planDueAt,
            @Size(max = 1000) String delayExplanation,
            PlanView plan,
            @Size(max = 13) List<DesignDocument> requiredDocuments,
            @Schema(description = "The latest design and its review.") DesignView design,
            @Schema(description = "When the review is promised, while it is awaited.") OffsetDateTime reviewDueAt,
            @Schema(description = "The latest inspection.") InspectionView lastInspection,
            ConnectedView connection,
            CancelReason cancelReason,
            @Size(max = 1000) List<EventView> timeline,
            @Schema(description = "OBJECT_TO_PLAN and EXTEND_PLAN, when they are open to the customer now.") @Size(max = 2) List<Action> allowedActions,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "MyConnectionApplicationList", requiredProperties = "items")
    public record MyList(@Size(max = 200) List<MyApplicationView> items) {
    }

    @Schema(name = "ConnectionDeadline", description = "A promised time: an amount of days or months.", requiredProperties = {"amount", "unit"})
    public record Deadline(@Schema(minimum = "1", maximum = "365") int amount,
                           @Schema(description = "CALENDAR_DAYS, WORKING_DAYS or MONTHS.", maxLength = 20) String unit) {
    }

    @Schema(name = "ConnectionProcedure", description = "What the tenant publishes about connection applications (用电业务程序和收费标准).",
            requiredProperties = {"company", "enabled", "planDeadlines", "planValidity", "extensionNoticeDays", "reviewDeadlines",
                    "objectionMonths", "designCopies", "highVoltageDocuments", "lowVoltageDocuments", "fees", "note"})
    public record Procedure(
            @Size(max = 200) String company,
            boolean enabled,
            @Schema(description = "Supply-plan deadline by class.") @Size(max = 4) Map<SupplyClass, Deadline> planDeadlines,
            @Schema(description = "Plan validity by class, in months.") @Size(max = 4) Map<SupplyClass, Deadline> planValidity,
            @Schema(minimum = "1", maximum = "90") int extensionNoticeDays,
            @Schema(description = "Design-review deadline by class.") @Size(max = 4) Map<SupplyClass, Deadline> reviewDeadlines,
            @Schema(minimum = "1", maximum = "12") int objectionMonths,
            @Schema(minimum = "1", maximum = "10") int designCopies,
            @Schema(description = "Design documents a high-voltage design needs.") @Size(max = 13) List<DesignDocument> highVoltageDocuments,
            @Schema(description = "Design documents a low-voltage or residential design needs.") @Size(max = 13) List<DesignDocument> lowVoltageDocuments,
            @Size(max = 30) List<SettingsDtos.ConnectionFee> fees,
            @Size(max = 2000) String note) {
    }
}
