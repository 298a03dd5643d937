package io.aftercare.objection;

import io.aftercare.promise.PromiseDtos;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ObjectionDtos {

    private ObjectionDtos() {
    }

    @Schema(name = "ObjectionSource", description = """
            SIGN_OFF_REFUSED: the customer refused to sign the service report.
            FOLLOW_UP: a poor answer in a follow-up call or spot-check visit.
            CUSTOMER_CONTACT: the customer called, wrote or came in.""")
    public enum Source { SIGN_OFF_REFUSED, FOLLOW_UP, CUSTOMER_CONTACT }

    @Schema(name = "ObjectionStatus", description = "OPEN until a service commitment is given (COMMITTED); RESOLVED once done and the customer told.")
    public enum Status { OPEN, COMMITTED, RESOLVED }

    @Schema(name = "CustomerInformedVia", description = "How the customer was told the resolution.")
    public enum InformedVia { PHONE, SMS, EMAIL, VISIT, LETTER }

    @Schema(name = "Objection", description = "A customer's objection (异议) and the service commitment owed.",
            requiredProperties = {"id", "number", "source", "status", "customerId", "customerName", "description", "escalated",
                    "createdAt", "createdBy", "version"})
    public record ObjectionView(
            UUID id,
            @Schema(examples = "OB-000042") @Size(max = 20) String number,
            Source source,
            Status status,
            UUID customerId,
            @Size(max = 200) String customerName,
            @Size(max = 30) String customerPhone,
            UUID workOrderId,
            UUID followUpId,
            @Size(max = 4000) String description,
            @Size(max = 4000) String commitment,
            OffsetDateTime committedAt,
            @Size(max = 255) String committedBy,
            @Size(max = 4000) String resolution,
            InformedVia customerInformedVia,
            OffsetDateTime resolvedAt,
            @Size(max = 255) String resolvedBy,
            @Schema(description = "Escalated to the manager: no commitment in time.") boolean escalated,
            OffsetDateTime escalatedAt,
            @Schema(description = "The commitment promise: 24 h by default, 48 h after a follow-up visit.") PromiseDtos.PromiseView promise,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "ObjectionPage", requiredProperties = "items")
    public record ObjectionPage(@Size(max = 200) List<ObjectionView> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateObjectionRequest", description = "An objection the customer raised by phone, letter or visit.")
    public record CreateObjectionRequest(
            @NotNull UUID customerId,
            @Schema(description = "The work order it is about, if any.") UUID workOrderId,
            @NotBlank @Size(max = 4000) String description) {
    }

    @Schema(name = "ObjectionCommitmentRequest", description = "The service commitment given to the customer; keeps the promise.")
    public record CommitmentRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 4000) String commitment) {
    }

    @Schema(name = "ObjectionResolutionRequest", description = "What was done, and how the customer was told.")
    public record ResolutionRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 4000) String resolution,
            @NotNull InformedVia customerInformedVia) {
    }
}
