package io.aftercare.complaint;

import io.aftercare.api.Texts;
import io.aftercare.api.SaneDate;
import io.aftercare.promise.PromiseDtos;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ComplaintDtos {

    private ComplaintDtos() {
    }

    @Schema(name = "ComplaintChannel", description = "How the complaint came in.")
    public enum Channel { PHONE, LETTER, VISIT, WEB }

    @Schema(name = "ComplaintCategory", description = """
            QUARREL_WITH_CUSTOMER, ASKING_FOR_MONEY_OR_GIFTS and NOT_SERVING_ON_TIME, once verified, give the installer the
            tenant's verified-complaint consequence (a major demerit by default). REWORK, ATTITUDE and OTHER are recorded and
            counted (e.g. against an outsourcing partner); the manager adds a ledger entry by hand where one is due.""")
    public enum Category {
        QUARREL_WITH_CUSTOMER, ASKING_FOR_MONEY_OR_GIFTS, NOT_SERVING_ON_TIME, REWORK, ATTITUDE, OTHER;

        /** The categories the rule book punishes with the verified-complaint consequence. */
        public boolean carriesConsequence() {
            return this == QUARREL_WITH_CUSTOMER || this == ASKING_FOR_MONEY_OR_GIFTS || this == NOT_SERVING_ON_TIME;
        }
    }

    @Schema(name = "ComplaintStatus", description = "OPEN → INVESTIGATING → VERIFIED or REJECTED → CLOSED (with the remedial action taken).")
    public enum Status { OPEN, INVESTIGATING, VERIFIED, REJECTED, CLOSED }

    @Schema(name = "Complaint", description = "A customer's complaint (投诉).",
            requiredProperties = {"id", "number", "channel", "category", "status", "description", "verified", "receivedAt", "createdBy", "version"})
    public record ComplaintView(
            UUID id,
            @Schema(examples = "CP-000042") @Size(max = 20) String number,
            Channel channel,
            Category category,
            Status status,
            UUID customerId,
            @Size(max = 200) String customerName,
            UUID workOrderId,
            @Size(max = 20) String workOrderNumber,
            UUID installerId,
            @Size(max = 200) String installerName,
            @Size(max = 200) String complainantName,
            @Size(max = 30) String complainantPhone,
            @Size(max = 4000) String description,
            @Size(max = 4000) String investigationNote,
            @Schema(description = "Verified (also after closing).") boolean verified,
            OffsetDateTime decidedAt,
            @Size(max = 255) String decidedBy,
            @Size(max = 4000) String decisionNote,
            @Size(max = 4000) String remedialAction,
            @Schema(description = "The answer given to the customer; giving it keeps the promise.") @Size(max = 4000) String customerAnswer,
            OffsetDateTime closedAt,
            @Size(max = 255) String closedBy,
            @Schema(description = "The answer promise: the objection commitment hours from receipt.") PromiseDtos.PromiseView promise,
            OffsetDateTime receivedAt,
            @Size(max = 255) String createdBy,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "ComplaintPage", requiredProperties = "items")
    public record ComplaintPage(@Size(max = 200) List<ComplaintView> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateComplaintRequest", description = """
            A complaint about a work order and/or an installer. Without an installer, the order's lead installer is the one
            complained about; without a customer, the order's customer.""")
    public record CreateComplaintRequest(
            @NotNull Channel channel,
            @NotNull Category category,
            UUID workOrderId,
            UUID installerId,
            UUID customerId,
            @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String complainantName,
            @Schema(examples = "13800138000") @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 -]{5,30}$", message = "must be a phone number") String complainantPhone,
            @NotBlank @Size(max = 4000) String description,
            @Schema(description = "When it came in (a letter's date); now when absent.") @SaneDate(SaneDate.Kind.HISTORY) OffsetDateTime receivedAt) {
    }

    @Schema(name = "ComplaintStepRequest", description = "A step of the investigation with its note.")
    public record StepRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @Size(max = 4000) String note,
            @Schema(description = "The answer given to the customer, when given now.") @Size(max = 4000) String customerAnswer) {
    }

    @Schema(name = "CloseComplaintRequest", description = "Closing: the remedial action taken, and the customer's answer unless given before.")
    public record CloseRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 4000) String remedialAction,
            @Size(max = 4000) String customerAnswer) {
    }
}
