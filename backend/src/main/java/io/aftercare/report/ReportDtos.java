package io.aftercare.report;

import io.aftercare.kpi.KpiDtos;
import io.aftercare.quality.QualityDtos;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(name = "PeriodicReportKind", description = "WEEKLY: the weekly report (周报), Monday to Sunday; MONTHLY: the monthly analysis "
            + "(月度分析), a calendar month. Both in the tenant's time zone.")
    public enum ReportKind { WEEKLY, MONTHLY }

    @Schema(name = "PeriodicReportSummary", description = "A kept report, without its contents.",
            requiredProperties = {"id", "kind", "periodStart", "periodEnd", "generatedAt", "generatedBy"})
    public record ReportSummary(UUID id, ReportKind kind, LocalDate periodStart, LocalDate periodEnd, OffsetDateTime generatedAt,
                                @Schema(description = "`system` when generated on schedule, else the person's login.") @Size(max = 255)
                                String generatedBy) {
    }

    @Schema(name = "PeriodicReportPage", requiredProperties = "items")
    public record ReportPage(@Size(max = 200) List<ReportSummary> items,
                             @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "PeriodicReport", description = "A weekly report or monthly analysis with its contents as generated.",
            requiredProperties = {"id", "kind", "periodStart", "periodEnd", "generatedAt", "generatedBy", "content"})
    public record ReportView(UUID id, ReportKind kind, LocalDate periodStart, LocalDate periodEnd, OffsetDateTime generatedAt,
                             @Size(max = 255) String generatedBy, ReportContent content) {
    }

    @Schema(name = "GenerateReportRequest", description = "Any past period: the week or month holding periodStart.")
    public record GenerateReportRequest(
            @NotNull ReportKind kind,
            @Schema(description = "A day of the period; the report covers its week (Monday to Sunday) or its calendar month.")
            @NotNull LocalDate periodStart) {
    }

    @Schema(name = "PeriodicReportContent", description = "What document 2 §4 asks of the weekly report and the monthly analysis: "
            + "calls, web inquiries and requests by category, their outcomes, promise compliance, recurring problems and their "
            + "routing, spot-check findings, and the figures per installer and service point. The indicators are those of the "
            + "Kpi schema over the period, with the period before it.",
            requiredProperties = {"tenantName", "timeZone", "currency", "figures", "requestOutcomes", "unansweredCalls", "warnings", "spotChecks",
                    "installers", "servicePoints"})
    public record ReportContent(
            @Size(max = 200) String tenantName,
            @Size(max = 64) String timeZone,
            @Schema(description = "ISO 4217 code of the tenant's money figures.", examples = "CNY") @Size(max = 3) String currency,
            @Size(max = 100) List<KpiDtos.KpiFigure> figures,
            @Schema(description = "Requests registered in the period by their state now (ServiceRequestStatus).") @Size(max = 10)
            List<Count> requestOutcomes,
            @Schema(description = "Calls to installers that went unanswered in the period.", minimum = "0", maximum = "9223372036854775807")
            long unansweredCalls,
            @Schema(description = "Early warnings raised in the period.") @Size(max = 1000) List<WarningLine> warnings,
            SpotChecks spotChecks,
            @Size(max = 10000) List<InstallerLine> installers,
            @Size(max = 1000) List<ServicePointLine> servicePoints) {
    }

    @Schema(name = "ReportCount", requiredProperties = {"key", "count"})
    public record Count(@Size(max = 40) String key, @Schema(minimum = "0", maximum = "9223372036854775807") long count) {
    }

    @Schema(name = "ReportWarningLine", requiredProperties = {"number", "productName", "faultCategory", "rule", "periodStart", "periodEnd",
            "occurrences", "status"})
    public record WarningLine(@Size(max = 30) String number, @Size(max = 200) String productName, @Size(max = 50) String faultCategory,
                              @Size(max = 200) String faultCategoryName, QualityDtos.WarningRule rule, LocalDate periodStart,
                              LocalDate periodEnd, @Schema(minimum = "0", maximum = "2147483647") int occurrences,
                              QualityDtos.RoutedTo routedTo, QualityDtos.WarningStatus status) {
    }

    @Schema(name = "ReportSpotChecks", description = "Spot-check visits (抽查回访) completed in the period.",
            requiredProperties = {"visits", "poorAnswers"})
    public record SpotChecks(@Schema(minimum = "0", maximum = "9223372036854775807") long visits,
                             @Schema(description = "Mean of the answers (1–5); absent without visits.") Double averageScore,
                             @Schema(description = "Visits with an answer at or below the tenant's poor-answer mark.", minimum = "0",
                                     maximum = "9223372036854775807") long poorAnswers) {
    }

    @Schema(name = "ReportInstallerLine", requiredProperties = {"installerId", "name", "ordersDone", "firstTimeFixed", "checkIns", "late",
            "verifiedComplaints"})
    public record InstallerLine(UUID installerId, @Size(max = 255) String name,
                                @Schema(minimum = "0", maximum = "9223372036854775807") long ordersDone,
                                @Schema(description = "Orders done with no rework linked.", minimum = "0", maximum = "9223372036854775807")
                                long firstTimeFixed,
                                @Schema(minimum = "0", maximum = "9223372036854775807") long checkIns,
                                @Schema(minimum = "0", maximum = "9223372036854775807") long late,
                                @Schema(description = "Mean sign-off rating (1–5) of the orders done; absent without ratings.") Double satisfaction,
                                @Schema(minimum = "0", maximum = "9223372036854775807") long verifiedComplaints) {
    }

    @Schema(name = "ReportServicePointLine", requiredProperties = {"name", "ordersDone", "late"})
    public record ServicePointLine(UUID servicePointId,
                                   @Schema(description = "The service point's name; empty for orders of no service point.") @Size(max = 200) String name,
                                   @Schema(minimum = "0", maximum = "9223372036854775807") long ordersDone,
                                   @Schema(minimum = "0", maximum = "9223372036854775807") long late) {
    }
}
