package io.aftercare.workorder;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.aftercare.api.SaneDate;
import io.aftercare.installer.DispatchProblem;
import io.aftercare.installer.Qualification;
import io.aftercare.promise.PromiseDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import java.util.Map;
import java.util.UUID;

public final class WorkOrderDtos {

    static final String MONEY = "^\\d{1,9}(\\.\\d{1,2})?$";
    static final String MONEY_MESSAGE = "must be an amount like 120.00";

    private WorkOrderDtos() {
    }

    @Schema(name = "WorkOrderType")
    public enum WorkOrderType { INSTALLATION, REPAIR, MAINTENANCE, INSPECTION }

    @Schema(name = "Priority")
    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    @Schema(name = "ReworkCause", description = "Who caused a rework: the installer, the product, or the customer.")
    public enum ReworkCause { INSTALLER, PRODUCT, CUSTOMER }

    public static final String FAULT_CATEGORY = "^[a-z0-9][a-z0-9-]{0,49}$";

    @Schema(name = "WorkOrderTasks", description = "What the job involves; decides required certificates and safety checks.")
    public record Tasks(
            @Schema(description = "Work on the customer's power supply: needs an electrician certificate (电工证).") boolean electricalWork,
            @Schema(description = "Welding: needs a welding permit (操作证) and a flammable-gas check.") boolean welding,
            @Schema(description = "Work at height: needs a height safety certificate.") boolean workAtHeight) {
    }

    @Schema(name = "ItemToBring", requiredProperties = {"name", "quantity"})
    public record ItemToBring(
            @Schema(description = "A catalogue item (part or tool), when it is one.") UUID catalogItemId,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(100000) Integer quantity) {
    }

    @Schema(name = "Appointment", description = "The window agreed with the customer.", requiredProperties = {"start", "end"})
    public record Appointment(@NotNull @SaneDate(SaneDate.Kind.PLAN) OffsetDateTime start, @NotNull @SaneDate(SaneDate.Kind.PLAN) OffsetDateTime end) {
    }

    @Schema(name = "InstallationRecord", description = "What was installed where (安装登记表).")
    public record InstallationRecord(
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> deviceSerials,
            @Size(max = 100) List<@NotBlank @Size(max = 40) String> simIds,
            @Size(max = 20) String vehiclePlate,
            @Size(max = 500) String siteDescription) {
    }

    /**
     * Connection work: the connection feature says whether an order of a type may be made for one of its applications
     * now (the design must be approved before an installation), and hears of each order made for it.
     */
    public interface ConnectionWorkGate {

        /** Throws the problem that refuses it; an unknown application or another customer's is a 400 on the field. */
        void admit(UUID applicationId, UUID customerId, WorkOrderType type);

        /** An order was made for the application (in the same transaction). */
        void linked(UUID applicationId, UUID orderId, String number, WorkOrderType type);
    }

    @Schema(name = "CreateWorkOrderRequest")
    public record CreateWorkOrderRequest(
            @NotNull WorkOrderType type,
            Priority priority,
            @NotNull UUID customerId,
            UUID siteId,
            @Size(max = 50) List<@NotNull UUID> assetIds,
            @NotBlank @Size(max = 2000) String description,
            @NotNull @Valid Tasks tasks,
            @Schema(description = "Certificates required beyond those the tasks imply.")
            @Size(max = 4) List<@NotNull Qualification> requiredQualifications,
            @Size(max = 100) List<@NotNull @Valid ItemToBring> itemsToBring,
            @NotNull @Valid Appointment appointment,
            UUID servicePointId,
            @Schema(description = "Fee of a paid service, in the tenant's currency. Omitted on a repair of an asset out of warranty "
                    + "on the appointment's day, the catalogue's out-of-warranty fee is set (send 0.00 for none).", maxLength = 12)
            @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String fee,
            @Valid InstallationRecord installationRecord,
            @Schema(description = "The fault's category (e.g. `no-gps-signal`); a repair of the same category on the same "
                    + "asset within the tenant's rework window of a completed order is linked as its rework.", examples = "no-gps-signal")
            @Size(max = 50) @Pattern(regexp = FAULT_CATEGORY, message = "lower-case letters, digits and dashes") String faultCategory,
            @Schema(description = "The connection application this survey, installation or inspection is for. An installation is "
                    + "refused until the application's design is approved; an inspection after the supply plan, too.")
            UUID connectionApplicationId) {
    }

    @Schema(name = "AttributeReworkRequest", description = "The manager's attribution of a rework's cause.")
    public record AttributeReworkRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull ReworkCause cause) {
    }

    @Schema(name = "ReworkCount", requiredProperties = {"installerId", "count"})
    public record ReworkCount(@Schema(description = "Lead installer of the original order.") UUID installerId,
                              @Schema(minimum = "0", maximum = "2147483647") long count) {
    }

    @Schema(name = "ReworkCountList", requiredProperties = "items")
    public record ReworkCountList(@Size(max = 1000) List<ReworkCount> items) {
    }

    @Schema(name = "SafetyChecklist", description = "Safety checks (mandatory where they apply): power off before work and "
            + "an electrical safety check after wiring (electrical work), a flammable-gas check (welding), a trial run with "
            + "leak check (installations and repairs), and whether hazards in the customer's supply were found and reported.")
    public record SafetyChecklist(
            Boolean powerOffBeforeWork,
            Boolean electricalSafetyChecked,
            Boolean flammableGasChecked,
            Boolean trialRunLeakChecked,
            Boolean hazardsFound,
            Boolean hazardsReportedToCustomer) {
    }

    @Schema(name = "PartReplaced", requiredProperties = {"name", "quantity"})
    public record PartReplaced(UUID catalogItemId, @NotBlank @Size(max = 200) String name,
                               @NotNull @Min(1) @Max(100000) Integer quantity) {
    }

    @Schema(name = "ServiceReport", description = "The service report (用户服务报告书). An empty partsReplaced list means none.")
    public record ServiceReport(
            @Size(max = 2000) String faultCause,
            @Size(max = 2000) String solution,
            @Size(max = 100) List<@NotNull @Valid PartReplaced> partsReplaced,
            @Size(max = 2000) String customerOpinion,
            @Size(max = 2000) String productSuggestions) {
    }

    @Schema(name = "Ratings", requiredProperties = {"attitude", "timeliness", "quality"})
    public record Ratings(@NotNull @Min(1) @Max(5) Integer attitude, @NotNull @Min(1) @Max(5) Integer timeliness,
                          @NotNull @Min(1) @Max(5) Integer quality) {
    }

    @Schema(name = "SignOff", description = "The customer's sign-off, or their refusal with its reason.")
    public record SignOff(boolean refused, @Size(max = 1000) String refusalReason, Ratings ratings,
                          @Size(max = 2000) String suggestions, @SaneDate(SaneDate.Kind.HISTORY) OffsetDateTime signedAt) {
    }

    @Schema(name = "TimelineEntry", requiredProperties = {"id", "occurredAt", "actorName", "action"})
    public record TimelineEntry(UUID id, OffsetDateTime occurredAt, @Size(max = 255) String actorName,
                                @Schema(description = "The actor's display name, when the actor is a person of the tenant.",
                                        examples = "赵师傅") @Size(max = 255) String actorDisplayName,
                                @Size(max = 50) String action, WorkOrderStatus fromStatus, WorkOrderStatus toStatus,
                                Map<String, Object> details) {

        static TimelineEntry of(WorkOrderEvent e, Map<String, String> names) {
            return new TimelineEntry(e.id, e.occurredAt, e.actorName, names.get(e.actorId), e.action, e.fromStatus, e.toStatus, e.details);
        }
    }

    @Schema(name = "WorkOrder", description = "A dispatched job (派工单).",
            requiredProperties = {"id", "number", "type", "status", "priority", "customerId", "customerName", "assetIds", "description", "tasks",
                    "requiredQualifications", "itemsToBring", "appointment", "helperIds", "late", "hasSignature",
                    "allowedNextStates", "createdAt", "updatedAt", "version"})
    public record WorkOrderView(
            UUID id,
            @Schema(examples = "WO-000042") @Size(max = 20) String number,
            WorkOrderType type,
            WorkOrderStatus status,
            Priority priority,
            UUID customerId,
            @Schema(examples = "王芳") @Size(max = 200) String customerName,
            UUID siteId,
            @Schema(description = "The site's address, when the order names a site.", examples = "杭州市西湖区文三路 90 号")
            @Size(max = 500) String siteAddress,
            @Size(max = 50) List<UUID> assetIds,
            @Size(max = 2000) String description,
            Tasks tasks,
            @Size(max = 4) List<Qualification> requiredQualifications,
            @Size(max = 100) List<ItemToBring> itemsToBring,
            Appointment appointment,
            UUID leadInstallerId,
            @Size(max = 20) List<UUID> helperIds,
            UUID servicePointId,
            @Schema(maxLength = 12) String fee,
            @Schema(maxLength = 12) String paymentCollected,
            InstallationRecord installationRecord,
            @Size(max = 1000) String contactNote,
            OffsetDateTime checkedInAt,
            @Schema(description = "Expected arrival, from the road distance at the tenant's average speed, set when the installer departed "
                    + "(absent when the site or the departure point has no coordinates).") OffsetDateTime eta,
            @Schema(description = "Road km from where the installer departed to the site.", minimum = "0", maximum = "60000") Double etaKm,
            @Schema(description = "Checked in after the window opened plus the tenant's grace minutes.") boolean late,
            @Schema(minimum = "0", maximum = "100000") Integer lateMinutes,
            SafetyChecklist checklist,
            ServiceReport serviceReport,
            SignOff signOff,
            boolean hasSignature,
            @Size(max = 1000) String cancelReason,
            @Schema(maxLength = 50) String faultCategory,
            @Schema(description = "The completed order this repair reworks, when it is one.") UUID reworkOfId,
            ReworkCause reworkCause,
            @Schema(description = "The connection application this order is for, if any.") UUID connectionApplicationId,
            @Schema(description = "The states this order may move to next.") @Size(max = 12) List<WorkOrderStatus> allowedNextStates,
            @Schema(description = "The on-site promise (from the request's registration, or the order's creation).")
            PromiseDtos.PromiseView promise,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "WorkOrderSummary", description = "A work order as lists show it: who, where, when, its state and promise. "
            + "The order's page (getWorkOrder) adds the assets, items to bring, installation record, checklist, service report and sign-off.",
            requiredProperties = {"id", "number", "type", "status", "priority", "customerId", "customerName", "description", "tasks",
                    "requiredQualifications", "appointment", "helperIds", "late", "allowedNextStates", "createdAt", "updatedAt", "version"})
    public record WorkOrderSummary(
            UUID id,
            @Schema(examples = "WO-000042") @Size(max = 20) String number,
            WorkOrderType type,
            WorkOrderStatus status,
            Priority priority,
            UUID customerId,
            @Schema(examples = "王芳") @Size(max = 200) String customerName,
            UUID siteId,
            @Schema(description = "The site's address, when the order names a site.", examples = "杭州市西湖区文三路 90 号")
            @Size(max = 500) String siteAddress,
            @Size(max = 2000) String description,
            Tasks tasks,
            @Size(max = 4) List<Qualification> requiredQualifications,
            Appointment appointment,
            UUID leadInstallerId,
            @Size(max = 20) List<UUID> helperIds,
            UUID servicePointId,
            OffsetDateTime checkedInAt,
            @Schema(description = "Checked in after the window opened plus the tenant's grace minutes.") boolean late,
            @Schema(minimum = "0", maximum = "100000") Integer lateMinutes,
            @Schema(maxLength = 50) String faultCategory,
            @Schema(description = "The states this order may move to next.") @Size(max = 12) List<WorkOrderStatus> allowedNextStates,
            @Schema(description = "The on-site promise (from the request's registration, or the order's creation).")
            PromiseDtos.PromiseView promise,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "WorkOrderDetail", requiredProperties = {"order", "timeline", "job"})
    public record WorkOrderDetail(WorkOrderView order, @Size(max = 1000) List<TimelineEntry> timeline,
                                  @Schema(description = "What the crew needs for the visit (items to bring and required "
                                          + "certificates are on the order).") JobFacts job,
                                  @Schema(description = "The order's assets in or out of warranty on the appointment's day, and "
                                          + "whether a fee applies.") Entitlement entitlement) {
    }

    @Schema(name = "CustomerService", description = "A visit as the customer sees it in their service history.",
            requiredProperties = {"workOrderId", "number", "type", "status", "appointmentStart", "hasServiceReport"})
    public record CustomerService(
            UUID workOrderId,
            @Size(max = 20) String number,
            WorkOrderType type,
            WorkOrderStatus status,
            OffsetDateTime appointmentStart,
            @Schema(description = "The installer who led the visit.", examples = "赵师傅") @Size(max = 201) String installerName,
            @Schema(description = "The signed service report can be downloaded.") boolean hasServiceReport,
            @JsonIgnore List<UUID> assetIds,
            @JsonIgnore UUID leadInstallerId) {
    }

    @Schema(name = "Entitlement", description = "Each asset's warranty on the day of the visit. A repair of an asset out of warranty "
            + "is charged: `proposedFee` sums the products' out-of-warranty fees from the catalogue (absent when none is set).",
            requiredProperties = {"assets", "outOfWarranty", "feeApplies"})
    public record Entitlement(
            @Size(max = 50) List<io.aftercare.asset.AssetDtos.AssetWarranty> assets,
            @Schema(description = "At least one asset is out of warranty on that day.") boolean outOfWarranty,
            @Schema(description = "A repair with an asset out of warranty: the customer pays.") boolean feeApplies,
            @Schema(examples = "120.00", maxLength = 13) String proposedFee) {
    }

    @Schema(name = "JobFacts", description = "Whom to call, where to go, and the safety checks that apply to this job.",
            requiredProperties = "safetyChecks")
    public record JobFacts(
            @Schema(description = "The customer's phone: whom the installer calls before the visit.", examples = "138-1234-5678")
            @Size(max = 30) String customerPhone,
            @Schema(description = "The site to go to; absent when the order names no site.") JobSite site,
            @Schema(description = "The checks to record on completion, in order.") @Size(max = 6) List<SafetyCheckItem> safetyChecks) {
    }

    @Schema(name = "JobSite", requiredProperties = "address")
    public record JobSite(@Schema(examples = "杭州市西湖区文三路 90 号") @Size(max = 500) String address,
                          @Schema(minimum = "-90", maximum = "90") Double latitude,
                          @Schema(minimum = "-180", maximum = "180") Double longitude) {
    }

    @Schema(name = "SafetyCheckItem", requiredProperties = {"key", "onlyWhenHazardsFound"})
    public record SafetyCheckItem(
            @Schema(description = "Stable key: the field of the completion's `checklist` to set.") SafetyCheck key,
            @Schema(description = "Required only when `hazardsFound` is true.") boolean onlyWhenHazardsFound) {
    }

    @Schema(name = "WorkOrderHit", description = "A work order found by the global search.",
            requiredProperties = {"id", "number", "status", "customerName"})
    public record WorkOrderHit(
            UUID id,
            @Schema(examples = "WO-000042") @Size(max = 20) String number,
            WorkOrderStatus status,
            @Schema(examples = "王芳") @Size(max = 200) String customerName,
            @Schema(description = "The site's address; absent when the order names no site.", examples = "杭州市西湖区文三路 90 号")
            @Size(max = 500) String siteAddress,
            @Schema(description = "Start of the appointment window.") OffsetDateTime scheduledStart) {
    }

    @Schema(name = "CandidateReason", description = "Why an installer may not take the job (or, for `overlap`, what else they hold then). "
            + "`qualification` with the certificate codes; `date`: the leave day, or when the certificate expired or starts; "
            + "`orderNumbers` with `overlap`.", requiredProperties = "code")
    public record CandidateReason(
            DispatchProblem.Code code,
            Qualification qualification,
            LocalDate date,
            @Size(max = 50) List<@Size(max = 20) String> orderNumbers) {

        public static CandidateReason of(DispatchProblem p) {
            return new CandidateReason(p.code(), p.qualification(), p.date(), p.orderNumbers());
        }
    }

    @Schema(name = "AssignCandidate", description = "An installer of the tenant and whether the assign action would take them for this job, "
            + "with what ranks them: the service point, the day's workload and the road from their previous job.",
            requiredProperties = {"installerId", "displayName", "eligible", "reasons", "jobsThatDay"})
    public record AssignCandidate(
            UUID installerId,
            @Schema(examples = "赵师傅") @Size(max = 255) String displayName,
            @Schema(description = "False exactly when assigning them would be refused; the reasons say why.") boolean eligible,
            @Size(max = 20) List<CandidateReason> reasons,
            @Schema(description = "Open orders they hold with an appointment on that day (this one excluded).",
                    minimum = "0", maximum = "1000") int jobsThatDay,
            @Schema(description = "Road km (straight line times the tenant's road factor) to the site from their previous job that day, "
                    + "or else from their latest check-in; absent when either place has no coordinates.",
                    minimum = "0", maximum = "60000") Double distanceKm,
            @Schema(description = "The job the distance is measured from; absent when measured from a check-in.", examples = "WO-000041")
            @Size(max = 20) String previousOrderNumber,
            @Schema(description = "They work for the order's service point; absent when the order has none.") Boolean sameServicePoint) {
    }

    @Schema(name = "AssignCandidates", requiredProperties = {"day", "items"})
    public record AssignCandidates(
            @Schema(description = "The appointment's day in the tenant's time zone: certificates and leave are checked for it.")
            LocalDate day,
            @Schema(description = "Ranked: eligible first, then those of the order's service point, then the fewest jobs that day, then the "
                    + "shortest road from their previous job, then by name.") @Size(max = 1000) List<AssignCandidate> items) {
    }

    @Schema(name = "WorkOrderPage", requiredProperties = "items")
    public record WorkOrderPage(@Size(max = 200) List<WorkOrderSummary> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    // --- actions: each carries the version the caller read -------------------------------------------------

    @Schema(name = "TransitionRequest", description = "An action that needs nothing but the version you read.")
    public record TransitionRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "CloseWorkOrderRequest", description = """
            Closing by hand skips the after-service follow-up, which closes a filed order by itself once the customer is             reached: say why it is skipped (kept on the order's timeline).""")
    public record CloseRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(examples = "客户明确拒绝回访") @NotBlank @Size(max = 1000) String followUpSkippedReason) {
    }

    @Schema(name = "AssignRequest")
    public record AssignRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull UUID leadInstallerId,
            @Size(max = 10) List<@NotNull UUID> helperIds) {
    }

    @Schema(name = "ContactRequest", description = "The installer confirmed address and details with the customer.")
    public record ContactRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "What was confirmed (address, details, items to bring).") @NotBlank @Size(max = 1000) String note) {
    }

    @Schema(name = "DepartRequest", description = "Leaving for the site; the installer's position, when the device gives it, makes the ETA.")
    public record DepartRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    @Schema(name = "CheckInRequest")
    public record CheckInRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    @Schema(name = "PauseRequest", description = "Leaving the site for a while; the customer must have been told.")
    public record PauseRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 500) String reason,
            Boolean customerInformed) {
    }

    @Schema(name = "CompleteRequest", description = "The safety checklist and the service report.")
    public record CompleteRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Valid SafetyChecklist checklist,
            @Valid ServiceReport report,
            @Schema(description = "Payment collected on site for a paid service.", maxLength = 12)
            @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String paymentCollected) {
    }

    @Schema(name = "SignOffRequest", description = "Either the signature with ratings, or a refusal with its reason.")
    public record SignOffRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "The customer's signature as a base64 PNG.", maxLength = 700000) @Size(max = 700000) String signaturePng,
            @Valid Ratings ratings,
            @Size(max = 2000) String suggestions,
            Boolean refused,
            @Size(max = 1000) String refusalReason) {
    }

    @Schema(name = "PausePromiseRequest", description = "Stop the on-site clock while waiting for the customer or for parts.")
    public record PausePromiseRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull PromiseDtos.PauseReason reason,
            @Size(max = 1000) String note) {
    }

    /** Where an order stands for settlement: its status, when the work was done and whether the customer signed (not refused). */
    public record Progress(UUID id, String number, WorkOrderStatus status, OffsetDateTime workDoneAt, boolean customerSigned) {
    }

    /** An order's number and customer, for other features' references. */
    public record OrderRef(UUID id, String number, UUID customerId) {
    }

    @Schema(name = "ConnectionWorkOrder", description = "A survey, installation or inspection order made for a connection application.",
            requiredProperties = {"id", "number", "type", "status"})
    public record ConnectionOrder(UUID id, @Size(max = 20) String number, WorkOrderType type, WorkOrderStatus status,
                                  OffsetDateTime appointmentStart, OffsetDateTime workDoneAt) {
    }

    /** An order whose installer checked out (work done) and has not reported in. */
    public record CheckedOut(UUID id, String number, UUID leadInstallerId, OffsetDateTime workDoneAt) {
    }

    @Schema(name = "RescheduleRequest")
    public record RescheduleRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull @Valid Appointment appointment,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "CancelRequest")
    public record CancelRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
