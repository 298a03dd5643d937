package io.aftercare.home;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class HomeDtos {

    private HomeDtos() {
    }

    @Schema(name = "HomeSummary", description = "Where the office's day starts; each figure counts what the list it links to shows.",
            requiredProperties = {"day", "office", "decisions"})
    public record HomeSummary(
            @Schema(description = "Today in the tenant's time zone: the day the figures count.") LocalDate day,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true, description = "The dispatch figures of the day; null for callers without an office role.")
            HomeOfficeFigures office,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true, description = "What waits for the manager's decision; null for everyone else.")
            HomeDecisions decisions) {
    }

    @Schema(name = "HomeOfficeFigures", requiredProperties = {"unassignedToday", "atRisk", "openBreaches", "scheduledToday", "inProgress",
            "completedToday", "byInstaller"})
    public record HomeOfficeFigures(
            @Schema(description = "Orders with an appointment today, not cancelled, with no crew and not given to a partner "
                    + "(the work order list with unassigned=true&scheduledOn=day).", minimum = "0", maximum = "2147483647") long unassignedToday,
            @Schema(description = "Promises at risk and not yet met, as the promise watch shows them.", minimum = "0", maximum = "2147483647") long atRisk,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true, description = "Promise breaches not yet acknowledged; null unless the caller is a manager.",
                    minimum = "0", maximum = "2147483647") Long openBreaches,
            @Schema(description = "Orders with an appointment today, not cancelled, with a crew or given to a partner "
                    + "(unassigned=false&scheduledOn=day).", minimum = "0", maximum = "2147483647") long scheduledToday,
            @Schema(description = "Orders whose crew is on the way, on site or paused (any day).", minimum = "0", maximum = "2147483647") long inProgress,
            @Schema(description = "Orders whose work was done today (completedOn=day).", minimum = "0", maximum = "2147483647") long completedToday,
            @Schema(description = "Every active installer, and anyone else on a crew today, by name.") @Size(max = 10000)
            List<HomeInstallerFigures> byInstaller) {
    }

    @Schema(name = "HomeInstallerFigures", requiredProperties = {"installerId", "displayName", "scheduledToday", "inProgress"})
    public record HomeInstallerFigures(
            UUID installerId,
            @Schema(examples = "李师傅") @Size(max = 255) String displayName,
            @Schema(description = "Orders today with the installer on the crew (installerId&scheduledOn=day).", minimum = "0", maximum = "2147483647") long scheduledToday,
            @Schema(description = "Orders in progress with the installer on the crew.", minimum = "0", maximum = "2147483647") long inProgress) {
    }

    @Schema(name = "HomeDecisions", description = "What waits for the manager.",
            requiredProperties = {"ledgerProposals", "appeals", "expenseClaims", "partnerStatements", "leaveRequests", "earlyWarnings"})
    public record HomeDecisions(
            @Schema(description = "Discipline entries proposed and not yet confirmed or waived.", minimum = "0", maximum = "2147483647") long ledgerProposals,
            @Schema(description = "Appeals against discipline entries not yet decided.", minimum = "0", maximum = "2147483647") long appeals,
            @Schema(description = "Expense claims submitted and not yet decided.", minimum = "0", maximum = "2147483647") long expenseClaims,
            @Schema(description = "Partner statements in draft.", minimum = "0", maximum = "2147483647") long partnerStatements,
            @Schema(description = "Leave requests not yet decided.", minimum = "0", maximum = "2147483647") long leaveRequests,
            @Schema(description = "Early warnings of recurring faults not yet closed.", minimum = "0", maximum = "2147483647") long earlyWarnings) {
    }
}
