package io.aftercare.installer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ToolDtos {

    private ToolDtos() {
    }

    @Schema(name = "ToolStatus", description = "ISSUED until the tools come back (RETURNED) or are reported LOST or DAMAGED.")
    public enum ToolStatus { ISSUED, RETURNED, LOST, DAMAGED }

    @Schema(name = "ToolIssue", requiredProperties = {"id", "installerId", "catalogItemId", "toolCode", "toolName", "quantity",
            "status", "issuedAt", "issuedBy", "version"})
    public record ToolIssueView(
            UUID id,
            UUID installerId,
            UUID catalogItemId,
            @Size(max = 64) String toolCode,
            @Size(max = 200) String toolName,
            @Schema(minimum = "1", maximum = "1000") int quantity,
            ToolStatus status,
            OffsetDateTime issuedAt,
            @Size(max = 255) String issuedBy,
            OffsetDateTime closedAt,
            @Schema(description = "What happened, for lost or damaged tools.") @Size(max = 1000) String report,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "ToolIssueList", requiredProperties = "items")
    public record ToolIssueList(@Size(max = 1000) List<ToolIssueView> items) {
    }

    @Schema(name = "IssueToolRequest")
    public record IssueToolRequest(@Schema(description = "A catalogue item of kind TOOL.") @NotNull UUID catalogItemId,
                                   @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    @Schema(name = "ReturnToolRequest")
    public record ReturnToolRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "ToolIncidentRequest", description = "A lost or damaged report: what happened.")
    public record ToolIncidentRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
                                      @NotBlank @Size(max = 1000) String report) {
    }
}
