package io.aftercare.secondment;

import io.aftercare.api.SaneDate;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class SecondmentDtos {

    private SecondmentDtos() {
    }

    @Schema(name = "SecondmentStatus", description = "PLANNED → ACTIVE → ENDED; PLANNED or ACTIVE → CANCELLED.")
    public enum Status { PLANNED, ACTIVE, ENDED, CANCELLED }

    @Schema(name = "Secondment", description = """
            Installers lent (借调) by a service point to a borrowing one. The borrowing point is charged days × persons ×
            the charge per day in force when the secondment was created. Seconded-in installers count as after-sales staff
            of the borrowing point on those days: trips planned for that point may take them and pay them its allowances.""",
            requiredProperties = {"id", "number", "lendingServicePointId", "borrowingServicePointId", "personIds", "firstDay",
                    "lastDay", "days", "status", "chargePerDay", "charge", "createdAt", "createdBy", "version"})
    public record SecondmentView(
            UUID id,
            @Schema(examples = "SE-000001") @Size(max = 20) String number,
            UUID lendingServicePointId,
            UUID borrowingServicePointId,
            @Size(max = 50) List<UUID> personIds,
            LocalDate firstDay,
            LocalDate lastDay,
            @Schema(minimum = "1", maximum = "366") int days,
            Status status,
            @Schema(examples = "100.00", maxLength = 13) String chargePerDay,
            @Schema(description = "days × persons × chargePerDay", examples = "600.00", maxLength = 13) String charge,
            @Size(max = 2000) String note,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "SecondmentPage", requiredProperties = "items")
    public record SecondmentPage(@Size(max = 200) List<SecondmentView> items,
                                 @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateSecondmentRequest")
    public record CreateSecondmentRequest(
            @Schema(description = "The lending service point.") @NotNull UUID lendingServicePointId,
            @NotNull UUID borrowingServicePointId,
            @Schema(description = "Installers of the lending point.") @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> personIds,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate firstDay,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate lastDay,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "SecondmentTransitionRequest")
    public record TransitionRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "EndSecondmentRequest")
    public record EndRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
                             @Schema(description = "The actual last day when it ends early; the charge is recomputed at the stored rate.")
                             @SaneDate(SaneDate.Kind.PLAN) LocalDate lastDay) {
    }

    @Schema(name = "SecondmentCharge", requiredProperties = {"borrowingServicePointId", "personDays", "charge"})
    public record ChargeView(UUID borrowingServicePointId,
                             @Schema(minimum = "0", maximum = "100000") int personDays,
                             @Schema(examples = "600.00", maxLength = 13) String charge) {
    }

    @Schema(name = "SecondmentCharges", description = "Charges of a month per borrowing service point, days prorated to the month.",
            requiredProperties = {"month", "items", "total"})
    public record ChargesView(@Schema(examples = "2026-11", maxLength = 7) String month,
                              @Size(max = 1000) List<ChargeView> items,
                              @Schema(examples = "600.00", maxLength = 13) String total) {
    }

    @Schema(name = "SecondedStaff", description = "Installers seconded into a service point on a day: its after-sales staff that day.",
            requiredProperties = {"servicePointId", "day", "personIds"})
    public record SecondedStaffView(UUID servicePointId, LocalDate day, @Size(max = 1000) List<UUID> personIds) {
    }
}
