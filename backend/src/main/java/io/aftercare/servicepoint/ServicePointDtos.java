package io.aftercare.servicepoint;

import io.aftercare.api.Texts;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ServicePointDtos {

    static final String PHONE = "^(?=(?:[^0-9]*[0-9]){5})\\+?[0-9 ()-]{5,30}$";
    static final String PHONE_MESSAGE = "a phone number of at least 5 digits (digits, spaces, ( ) - and a leading + allowed)";

    private ServicePointDtos() {
    }

    @Schema(name = "ServicePointKind", description = "BRANCH: a branch of the tenant (服务网点); MONITORING_CENTRE: a "
            + "monitoring centre (监控中心); PARTNER_REPAIR_SHOP: an authorised partner repair shop (特约维修点).")
    public enum ServicePointKind { BRANCH, MONITORING_CENTRE, PARTNER_REPAIR_SHOP }

    @Schema(name = "ServicePoint", description = "A place the tenant serves customers from.",
            requiredProperties = {"id", "kind", "name", "address", "createdAt", "updatedAt", "version"})
    public record ServicePointView(
            UUID id,
            ServicePointKind kind,
            @Schema(description = "Unique in the tenant.", examples = "杭州西湖服务网点") @Size(max = 200) String name,
            @Schema(examples = "浙江省杭州市西湖区文三路 100 号") @Size(max = 500) String address,
            @Schema(examples = "0571-8888 6666") @Size(max = 30) String phone,
            @Schema(description = "The staff account responsible for it; absent when none is named or the account was removed.")
            UUID managerId,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static ServicePointView of(ServicePoint p) {
            return new ServicePointView(p.id, p.kind, p.name, p.address, p.phone, p.managerId, p.createdAt, p.updatedAt, p.version);
        }
    }

    @Schema(name = "ServicePointPage", requiredProperties = "items")
    public record ServicePointPage(@Size(max = 200) List<ServicePointView> items,
                                   @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                   @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateServicePointRequest")
    public record CreateServicePointRequest(
            @NotNull ServicePointKind kind,
            @Schema(examples = "杭州西湖服务网点") @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @Schema(examples = "浙江省杭州市西湖区文三路 100 号") @NotBlank @Size(max = 500) String address,
            @Schema(examples = "0571-8888 6666") @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Schema(description = "A staff account of the tenant.") UUID managerId) {
    }

    @Schema(name = "UpdateServicePointRequest", description = "The whole service point with the `version` you read; "
            + "omitted optional fields are removed.")
    public record UpdateServicePointRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull ServicePointKind kind,
            @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @NotBlank @Size(max = 500) String address,
            @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            UUID managerId) {
    }
}
