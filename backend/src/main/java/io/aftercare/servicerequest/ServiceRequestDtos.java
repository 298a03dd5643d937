package io.aftercare.servicerequest;

import io.aftercare.customer.CustomerDtos;
import io.aftercare.installer.Qualification;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.promise.PromiseDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ServiceRequestDtos {

    private ServiceRequestDtos() {
    }

    @Schema(name = "ServiceRequestChannel", description = "How the request came in: phone call, letter, visit, the web, or an integration.")
    public enum Channel { PHONE, LETTER, VISIT, WEB, API }

    @Schema(name = "ServiceRequestCategory", description = "INSTALLATION, FAULT (a repair) and MAINTENANCE (a check-up) need a visit; "
            + "the others are answered by phone or letter.")
    public enum Category { INSTALLATION, FAULT, MAINTENANCE, CONSULTATION, PRICE_INQUIRY, COMPLAINT }

    @Schema(name = "ServiceRequestStatus", description = "OPEN until it is resolved by phone, converted to a work order, or dismissed.")
    public enum Status { OPEN, RESOLVED_BY_PHONE, CONVERTED, DISMISSED }

    @Schema(name = "CreateServiceRequest", description = "Name an existing customer, or give a new one inline (not both).")
    public record CreateServiceRequest(
            @NotNull Channel channel,
            UUID customerId,
            @Valid CustomerDtos.CreateCustomerRequest newCustomer,
            UUID assetId,
            @NotNull Category category,
            @NotBlank @Size(max = 4000) String description) {
    }

    @Schema(name = "ServiceRequest", requiredProperties = {"id", "number", "channel", "customerId", "customerName", "category",
            "description", "status", "registeredAt", "registeredBy", "version"})
    public record ServiceRequestView(
            UUID id,
            @Schema(examples = "SR-000042") @Size(max = 20) String number,
            Channel channel,
            UUID customerId,
            @Size(max = 200) String customerName,
            UUID assetId,
            Category category,
            @Size(max = 4000) String description,
            Status status,
            @Size(max = 4000) String resolution,
            @Size(max = 1000) String dismissReason,
            @Schema(description = "The work order it became, when converted.") UUID workOrderId,
            @Schema(description = "When it came in: the on-site promise counts from here.") OffsetDateTime registeredAt,
            @Size(max = 255) String registeredBy,
            OffsetDateTime closedAt,
            @Schema(description = "The on-site promise: the request's own while open, its work order's once converted. "
                    + "Absent for requests that need no visit (consultations, price inquiries).")
            PromiseDtos.PromiseView promise,
            @Schema(description = "The slot the customer asked for when booking online.") Slot preferredSlot,
            @Schema(description = "The customer's site to visit, when known.") UUID siteId,
            @Schema(description = "When the customer confirmed the appointment on the tracking page.") OffsetDateTime customerConfirmedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "Slot", description = "A time window.", requiredProperties = {"start", "end"})
    public record Slot(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {
    }

    @Schema(name = "ServiceRequestPage", requiredProperties = "items")
    public record ServiceRequestPage(@Size(max = 200) List<ServiceRequestView> items,
                                     @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                     @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "ResolveByPhoneRequest")
    public record ResolveByPhoneRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
                                        @Schema(description = "What the customer was told.") @NotBlank @Size(max = 4000) String resolution) {
    }

    @Schema(name = "DismissRequest")
    public record DismissRequest(@Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
                                 @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "ConvertRequest", description = "The work order to create for the request's customer (and asset, if any).")
    public record ConvertRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull WorkOrderDtos.WorkOrderType type,
            WorkOrderDtos.Priority priority,
            UUID siteId,
            @NotNull @Valid WorkOrderDtos.Tasks tasks,
            @Size(max = 4) List<@NotNull Qualification> requiredQualifications,
            @Size(max = 100) List<WorkOrderDtos.@NotNull @Valid ItemToBring> itemsToBring,
            @NotNull @Valid WorkOrderDtos.Appointment appointment,
            UUID servicePointId,
            @Schema(maxLength = 12) @Pattern(regexp = "^\\d{1,9}(\\.\\d{1,2})?$", message = "must be an amount like 120.00") String fee,
            @Size(max = 50) @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,49}$", message = "lower-case letters, digits and dashes") String faultCategory) {
    }
}
