package io.aftercare.quality;

import io.aftercare.api.SaneDate;
import io.aftercare.api.Texts;
import io.aftercare.workorder.WorkOrderDtos;
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

public final class QualityDtos {

    static final String CATEGORY_MESSAGE = "lower-case letters, digits and dashes";

    private QualityDtos() {
    }

    @Schema(name = "FaultClass", description = "TECHNICAL problems go to engineering; SERVICE problems go to training.")
    public enum FaultClass { TECHNICAL, SERVICE }

    @Schema(name = "FaultCategory", description = "A kind of fault the tenant classifies problems by; work orders and quality reports "
            + "name it by its code.", requiredProperties = {"id", "code", "name", "faultClass", "productIds", "active", "createdAt",
            "updatedAt", "version"})
    public record FaultCategoryView(
            UUID id,
            @Schema(examples = "no-cooling", description = "Unique in the tenant; cannot change.") @Size(max = 50) String code,
            @Schema(examples = "不制冷") @Size(max = 200) String name,
            FaultClass faultClass,
            @Schema(description = "Catalogue products the category applies to; empty for all.") @Size(max = 100) List<UUID> productIds,
            @Schema(description = "Inactive categories stay on past records but are not offered for new ones.") boolean active,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static FaultCategoryView of(FaultCategory c) {
            return new FaultCategoryView(c.id, c.code, c.name, c.faultClass, List.copyOf(c.productIds), c.active, c.createdAt, c.updatedAt,
                    c.version);
        }
    }

    @Schema(name = "FaultCategoryPage", requiredProperties = "items")
    public record FaultCategoryPage(@Size(max = 200) List<FaultCategoryView> items,
                                    @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                    @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateFaultCategoryRequest")
    public record CreateFaultCategoryRequest(
            @Schema(examples = "no-cooling", maxLength = 50) @NotBlank @Size(max = 50)
            @Pattern(regexp = WorkOrderDtos.FAULT_CATEGORY, message = CATEGORY_MESSAGE) String code,
            @Schema(examples = "不制冷") @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @NotNull FaultClass faultClass,
            @Size(max = 100) List<@NotNull UUID> productIds) {
    }

    @Schema(name = "UpdateFaultCategoryRequest", description = "The whole category (its code stays) with the `version` you read.")
    public record UpdateFaultCategoryRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @NotNull FaultClass faultClass,
            @Size(max = 100) List<@NotNull UUID> productIds,
            @NotNull Boolean active) {
    }

    @Schema(name = "QualityReportKind", description = "PRODUCT_QUALITY: a product-quality form (产品质量信息单) an installer fills in on "
            + "site; FEEDBACK: a feedback form (信息反馈单) from a follow-up call or the customer service desk.")
    public enum ReportKind { PRODUCT_QUALITY, FEEDBACK }

    @Schema(name = "QualityReport", description = "One occurrence of a product's fault, recorded on a form.",
            requiredProperties = {"id", "number", "kind", "productId", "productName", "faultCategory", "description", "occurredOn",
                    "recordedAt", "recordedBy"})
    public record QualityReportView(
            UUID id,
            @Schema(examples = "QR-000001") @Size(max = 30) String number,
            ReportKind kind,
            UUID productId,
            @Schema(examples = "GPS 终端 T-100") @Size(max = 200) String productName,
            UUID assetId,
            UUID workOrderId,
            @Schema(examples = "WO-000123") @Size(max = 30) String workOrderNumber,
            @Schema(examples = "no-cooling") @Size(max = 50) String faultCategory,
            @Size(max = 2000) String description,
            LocalDate occurredOn,
            OffsetDateTime recordedAt,
            @Size(max = 255) String recordedBy) {
    }

    @Schema(name = "QualityReportPage", requiredProperties = "items")
    public record QualityReportPage(@Size(max = 200) List<QualityReportView> items,
                                    @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                    @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateQualityReportRequest", description = "Name the product, or the customer's asset (its product is taken), "
            + "or both when they agree.")
    public record CreateQualityReportRequest(
            @NotNull ReportKind kind,
            UUID productId,
            UUID assetId,
            @Schema(description = "The work order the form was filled in on.") UUID workOrderId,
            @Schema(examples = "no-cooling", maxLength = 50) @NotBlank @Size(max = 50)
            @Pattern(regexp = WorkOrderDtos.FAULT_CATEGORY, message = CATEGORY_MESSAGE) String faultCategory,
            @Schema(examples = "压缩机启动后 10 分钟停机") @NotBlank @Size(max = 2000) String description,
            @Schema(description = "The day the fault occurred (the tenant's time zone); default today.")
            @SaneDate(SaneDate.Kind.HISTORY) LocalDate occurredOn) {
    }

    @Schema(name = "EarlyWarningRule", description = "MONTHLY: the tenant's number of occurrences within one calendar month; "
            + "QUARTERLY: within one calendar quarter; CONSECUTIVE_MONTHS: an occurrence in each of the tenant's number of months in a row.")
    public enum WarningRule { MONTHLY, QUARTERLY, CONSECUTIVE_MONTHS }

    @Schema(name = "EarlyWarningRoute", description = "ENGINEERING for a technical fault category; TRAINING for a service one.")
    public enum RoutedTo { ENGINEERING, TRAINING }

    @Schema(name = "EarlyWarningStatus", description = "OPEN when raised; ACKNOWLEDGED by the responsible side; CLOSED with the action taken.")
    public enum WarningStatus { OPEN, ACKNOWLEDGED, CLOSED }

    @Schema(name = "EvidenceRef", requiredProperties = {"id", "number"})
    public record EvidenceRef(UUID id, @Schema(examples = "WO-000123") @Size(max = 30) String number) {
    }

    @Schema(name = "EarlyWarning", description = "A product's fault recurring by one of the tenant's warning rules.",
            requiredProperties = {"id", "number", "productId", "productName", "faultCategory", "rule", "periodStart", "periodEnd",
                    "occurrences", "evidenceOrders", "evidenceReports", "status", "raisedAt", "version"})
    public record EarlyWarningView(
            UUID id,
            @Schema(examples = "EW-000001") @Size(max = 30) String number,
            UUID productId,
            @Size(max = 200) String productName,
            @Schema(examples = "no-cooling") @Size(max = 50) String faultCategory,
            @Schema(description = "The category's name; absent when the code is not in the tenant's list.") @Size(max = 200) String faultCategoryName,
            WarningRule rule,
            @Schema(description = "First day of the period the rule counted (for consecutive months, of the first month).") LocalDate periodStart,
            @Schema(description = "Last day of that period.") LocalDate periodEnd,
            @Schema(minimum = "0", maximum = "2147483647") int occurrences,
            @Schema(description = "The repair orders counted.") @Size(max = 1000) List<EvidenceRef> evidenceOrders,
            @Schema(description = "The quality and feedback forms counted.") @Size(max = 1000) List<EvidenceRef> evidenceReports,
            @Schema(description = "Absent when the fault category is not in the tenant's list (the manager routes it).") RoutedTo routedTo,
            @Schema(description = "The contact the warning was sent to; absent when the tenant named none.") @Size(max = 254) String contactEmail,
            WarningStatus status,
            OffsetDateTime raisedAt,
            OffsetDateTime acknowledgedAt,
            @Size(max = 255) String acknowledgedBy,
            OffsetDateTime closedAt,
            @Size(max = 255) String closedBy,
            @Size(max = 2000) String actionNote,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "EarlyWarningPage", requiredProperties = "items")
    public record EarlyWarningPage(@Size(max = 200) List<EarlyWarningView> items,
                                   @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                   @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "AcknowledgeWarningRequest")
    public record AcknowledgeWarningRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "CloseWarningRequest")
    public record CloseWarningRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Schema(description = "The action taken (e.g. a design change, a training session).", examples = "已通知研发更换压缩机供应商")
            @NotBlank @Size(max = 2000) String actionNote) {
    }
}
