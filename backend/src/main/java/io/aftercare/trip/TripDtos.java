package io.aftercare.trip;

import io.aftercare.api.Texts;
import io.aftercare.api.SaneDate;
import io.aftercare.money.Money;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class TripDtos {

    private TripDtos() {
    }

    @Schema(name = "TripStatus", description = "PLANNED until the trip is over (COMPLETED: its allowances are paid) or CANCELLED.")
    public enum Status { PLANNED, COMPLETED, CANCELLED }

    @Schema(name = "TripRates", description = "The allowance rates copied from the tenant's settings when the trip was planned.",
            requiredProperties = {"lodgingCapPerDay", "mealAllowancePerMeal", "mealsPerDay"})
    public record RatesView(@Schema(examples = "100.00", maxLength = 13) String lodgingCapPerDay,
                            @Schema(examples = "15.00", maxLength = 13) String mealAllowancePerMeal,
                            @Schema(minimum = "0", maximum = "6") int mealsPerDay) {
    }

    @Schema(name = "TripAllowance", description = """
            One person's allowance: meals for every day; lodging per night at the amount claimed (expense claims' LODGING
            receipts) up to the cap, above it only with the manager's approval. A same-day trip earns meals only; a trip
            without a linked work order earns nothing.""",
            requiredProperties = {"personId", "days", "nights", "meals", "lodgingClaimed", "lodging", "lodgingAboveCap", "total"})
    public record AllowanceView(UUID personId,
                                @Schema(minimum = "1", maximum = "366") int days,
                                @Schema(minimum = "0", maximum = "365") int nights,
                                @Schema(examples = "135.00", maxLength = 13) String meals,
                                @Schema(examples = "240.00", maxLength = 13) String lodgingClaimed,
                                @Schema(examples = "200.00", maxLength = 13) String lodging,
                                @Schema(description = "Lodging above the cap was claimed without the manager's approval: only the cap is paid.")
                                boolean lodgingAboveCap,
                                @Schema(examples = "335.00", maxLength = 13) String total) {

        static AllowanceView of(TripAllowance a) {
            return new AllowanceView(a.personId, a.days, a.nights, Money.format(a.meals), Money.format(a.lodgingClaimed),
                    Money.format(a.lodging), a.lodgingAboveCap, Money.format(a.total));
        }
    }

    @Schema(name = "Trip", description = "A trip (出差) of installers to a destination for linked work orders.",
            requiredProperties = {"id", "number", "destination", "firstDay", "lastDay", "days", "purpose", "status", "personIds",
                    "workOrderIds", "rates", "allowances", "allowanceTotal", "createdAt", "createdBy", "version"})
    public record TripView(
            UUID id,
            @Schema(examples = "TR-000001") @Size(max = 20) String number,
            @Size(max = 100) String destination,
            LocalDate firstDay,
            LocalDate lastDay,
            @Schema(minimum = "1", maximum = "366") int days,
            @Size(max = 2000) String purpose,
            Status status,
            @Schema(description = "The service point the trip is made for, if any.") UUID servicePointId,
            @Size(max = 50) List<UUID> personIds,
            @Size(max = 50) List<UUID> workOrderIds,
            RatesView rates,
            @Size(max = 50) List<AllowanceView> allowances,
            @Schema(examples = "670.00", maxLength = 13) String allowanceTotal,
            @Schema(description = "The pay month the allowances count in, once COMPLETED.", examples = "2026-11", maxLength = 7) String payMonth,
            OffsetDateTime completedAt,
            OffsetDateTime cancelledAt,
            @Size(max = 2000) String cancelReason,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "TripPage", requiredProperties = "items")
    public record TripPage(@Size(max = 200) List<TripView> items,
                           @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateTripRequest", description = "Plan a trip; the allowance rates in force now are kept with it.")
    public record CreateTripRequest(
            @Schema(description = "Installers on the trip.") @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> personIds,
            @Schema(description = "The destination city.", examples = "苏州") @NotBlank @Size(max = 100) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String destination,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate firstDay,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate lastDay,
            @Schema(description = "The field tasks of the trip; without any the trip earns no allowance.")
            @NotNull @Size(max = 50) List<@NotNull UUID> workOrderIds,
            @NotBlank @Size(max = 2000) String purpose,
            @Schema(description = "The service point the trip is made for: its own installers and those seconded into it on the trip's days may go.")
            UUID servicePointId) {
    }

    @Schema(name = "TripTransitionRequest")
    public record TransitionRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "CancelTripRequest")
    public record CancelRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
                                @NotBlank @Size(max = 2000) String reason) {
    }

    /** What expense claims need of a trip. */
    public record TripRef(UUID id, String number, String destination, LocalDate firstDay, LocalDate lastDay, Status status,
                          List<UUID> personIds, BigDecimal lodgingCapPerDay) {
    }

    /** Lodging nights claimed by one person, recorded on the trip's allowance when their claim is approved. */
    public record LodgingNight(BigDecimal amount, boolean aboveCapApproved) {
    }
}
