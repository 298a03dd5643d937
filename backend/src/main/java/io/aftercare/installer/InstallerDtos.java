package io.aftercare.installer;

import io.aftercare.api.SaneDate;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class InstallerDtos {

    static final String MONEY = "^\\d{1,9}(\\.\\d{1,2})?$";
    static final String PHONE = "^\\+?[0-9 ()-]{5,20}$";

    private InstallerDtos() {
    }

    @Schema(name = "InstallerStatus")
    public enum InstallerStatus { ACTIVE, INACTIVE }

    @Schema(name = "WorkingHours", description = "Daily working hours, in the tenant's time zone.")
    public record WorkingHours(
            @Schema(type = SchemaType.STRING, format = "time", pattern = "^\\d{2}:\\d{2}$", maxLength = 5, examples = "08:30")
            @JsonFormat(pattern = "HH:mm") @NotNull LocalTime start,
            @Schema(type = SchemaType.STRING, format = "time", pattern = "^\\d{2}:\\d{2}$", maxLength = 5, examples = "17:30")
            @JsonFormat(pattern = "HH:mm") @NotNull LocalTime end) {
    }

    @Schema(name = "Certification", requiredProperties = {"id", "type", "number", "issuer", "validFrom", "validTo"})
    public record CertificationView(
            UUID id,
            Qualification type,
            @Schema(description = "What the certificate is, for type OTHER.") @Size(max = 100) String otherName,
            @Size(max = 100) String number,
            @Size(max = 200) String issuer,
            LocalDate validFrom,
            LocalDate validTo) {

        static CertificationView of(Certification c) {
            return new CertificationView(c.id, c.type, c.otherName, c.number, c.issuer, c.validFrom, c.validTo);
        }
    }

    @Schema(name = "Installer", description = "A field technician: the installer profile of a staff account (same id).",
            requiredProperties = {"id", "username", "displayName", "phone", "skills", "servicePointIds", "workingHours",
                    "baseSalary", "status", "certifications", "version"})
    public record InstallerView(
            @Schema(description = "The staff account's id.") UUID id,
            @Size(max = 64) String username,
            @Size(max = 201) String displayName,
            @Size(max = 20) String phone,
            @Size(max = 50) List<@Size(max = 100) String> skills,
            @Size(max = 50) List<UUID> servicePointIds,
            WorkingHours workingHours,
            @Schema(description = "Monthly base salary in the tenant's currency.", examples = "4500.00", maxLength = 13)
            String baseSalary,
            InstallerStatus status,
            @Size(max = 50) List<CertificationView> certifications,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "InstallerPage", requiredProperties = "items")
    public record InstallerPage(@Size(max = 200) List<InstallerView> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateInstallerRequest", description = "Makes a staff account holding the installer role an installer.")
    public record CreateInstallerRequest(
            @Schema(description = "Id of a staff account of the tenant with the role installer.") @NotNull UUID staffUserId,
            @Schema(examples = "+86 138 0000 0000") @NotBlank @Size(max = 20) @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
            @Size(max = 50) List<@NotNull UUID> servicePointIds,
            @NotNull @Valid WorkingHours workingHours,
            @Schema(examples = "4500.00", maxLength = 12) @NotNull @Pattern(regexp = MONEY, message = "must be an amount like 4500.00") String baseSalary) {
    }

    @Schema(name = "UpdateInstallerRequest", description = "Changes to an installer; absent fields stay as they are.")
    public record UpdateInstallerRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Size(max = 20) @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
            @Size(max = 50) List<@NotNull UUID> servicePointIds,
            @Valid WorkingHours workingHours,
            @Schema(maxLength = 12) @Pattern(regexp = MONEY, message = "must be an amount like 4500.00") String baseSalary,
            InstallerStatus status) {
    }

    @Schema(name = "CreateCertificationRequest")
    public record CreateCertificationRequest(
            @NotNull Qualification type,
            @Size(max = 100) String otherName,
            @NotBlank @Size(max = 100) String number,
            @NotBlank @Size(max = 200) String issuer,
            @NotNull @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate validFrom,
            @NotNull @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate validTo) {
    }

    @Schema(name = "LeaveStatus")
    public enum LeaveStatus { REQUESTED, APPROVED, REJECTED }

    @Schema(name = "LeaveRequest", requiredProperties = {"id", "installerId", "firstDay", "lastDay", "reason", "status", "createdAt", "version"})
    public record LeaveRequestView(
            UUID id,
            UUID installerId,
            LocalDate firstDay,
            LocalDate lastDay,
            @Size(max = 500) String reason,
            LeaveStatus status,
            @Size(max = 255) String decidedBy,
            OffsetDateTime decidedAt,
            @Size(max = 500) String decisionNote,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static LeaveRequestView of(LeaveRequest l) {
            return new LeaveRequestView(l.id, l.installerId, l.firstDay, l.lastDay, l.reason, l.status,
                    l.decidedBy, l.decidedAt, l.decisionNote, l.createdAt, l.version);
        }
    }

    @Schema(name = "LeaveRequestList", requiredProperties = "items")
    public record LeaveRequestList(@Size(max = 500) List<LeaveRequestView> items) {
    }

    @Schema(name = "CreateLeaveRequest")
    public record CreateLeaveRequest(
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate firstDay,
            @NotNull @SaneDate(SaneDate.Kind.PLAN) LocalDate lastDay,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "LeaveDecision", description = "A manager's decision. Approving leave that overlaps the installer's "
            + "open assigned orders needs `overrideOpenOrders: true`.")
    public record LeaveDecision(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull Boolean approve,
            @Size(max = 500) String note,
            Boolean overrideOpenOrders) {
    }

    /** What the payroll needs of an installer. */
    public record PayProfile(UUID id, String name, java.math.BigDecimal baseSalary, InstallerStatus status) {
    }

    /** An installer's name and status, for lists of whom a job could go to. */
    public record RosterEntry(UUID id, String displayName, InstallerStatus status) {
    }

    /** When and where an installer works: their service points and daily working hours. */
    public record Shift(List<UUID> servicePointIds, java.time.LocalTime start, java.time.LocalTime end) {
    }

    @Schema(name = "InstallerTraining", description = "A training the installer took (岗前培训).",
            requiredProperties = {"id", "course", "trainedOn", "createdAt", "createdBy"})
    public record TrainingView(UUID id, @Size(max = 200) String course, LocalDate trainedOn, OffsetDateTime createdAt,
                               @Size(max = 255) String createdBy) {

        static TrainingView of(InstallerTraining t) {
            return new TrainingView(t.id, t.course, t.trainedOn, t.createdAt, t.createdBy);
        }
    }

    @Schema(name = "InstallerTrainingList", requiredProperties = "items")
    public record TrainingList(@Size(max = 1000) List<TrainingView> items) {
    }

    @Schema(name = "CreateInstallerTrainingRequest")
    public record CreateTrainingRequest(
            @Schema(examples = "低压配电施工岗前培训", maxLength = 200) @NotBlank @Size(max = 200) String course,
            @NotNull @SaneDate(SaneDate.Kind.HISTORY) LocalDate trainedOn) {
    }
}
