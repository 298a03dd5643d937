package io.aftercare.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aftercare.workorder.WorkOrderDtos;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class KpiDtos {

    private KpiDtos() {
    }

    @Schema(name = "KpiReport", description = "The tenant's key performance indicators for a period, each with the same figure for the "
            + "period of the same length just before it.",
            requiredProperties = {"from", "to", "previousFrom", "previousTo", "timeZone", "filters", "figures"})
    public record KpiReport(
            @Schema(description = "First day of the period (tenant-local).") LocalDate from,
            @Schema(description = "Last day of the period, included.") LocalDate to,
            @Schema(description = "First day of the previous period: as many days, ending the day before from.") LocalDate previousFrom,
            LocalDate previousTo,
            @Schema(examples = "Asia/Shanghai", description = "The tenant's time zone: where the days begin and end.") @Size(max = 64) String timeZone,
            KpiFilters filters,
            @Size(max = 100) List<KpiFigure> figures) {
    }

    @Schema(name = "KpiFilters", description = "The order filters the figures were narrowed by; null when not set.")
    public record KpiFilters(
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) UUID installerId,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) UUID servicePointId,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) UUID productId,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) WorkOrderDtos.WorkOrderType type) {
    }

    @Schema(name = "KpiFigure", description = "One indicator: its value in the period and in the previous one, and, for a rate, the counts "
            + "it is made of.", requiredProperties = {"kpi", "unit", "value", "previous", "breakdown"})
    public record KpiFigure(
            Kpi kpi,
            Kpi.Unit unit,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true, description = "Null when there is nothing to measure (a rate of nothing).")
            Double value,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) Double previous,
            @Schema(description = "For a rate: the count it takes the share of (e.g. orders done).", minimum = "0", maximum = "9223372036854775807")
            Long base,
            @Schema(description = "For a rate: the count that is the share (e.g. orders done with no rework).", minimum = "0",
                    maximum = "9223372036854775807") Long count,
            @Size(max = 50) List<KpiPart> breakdown) {
    }

    @Schema(name = "KpiPart", description = "One part of an indicator (a channel, a category, a promise kind, a cause, a source, a kind). "
            + "For promise compliance and satisfaction a part is that part's own rate or score; otherwise it is the part's count or amount.",
            requiredProperties = {"dimension", "key", "value", "previous"})
    public record KpiPart(
            @Schema(examples = "channel", description = "What the parts are split by: channel, category, promiseKind, cause, source or kind.")
            @Size(max = 20) String dimension,
            @Schema(examples = "PHONE", description = "The part, as the enum value of its dimension.") @Size(max = 40) String key,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) Double value,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) Double previous) {
    }
}
