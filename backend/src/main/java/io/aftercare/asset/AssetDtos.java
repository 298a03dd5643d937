package io.aftercare.asset;

import io.aftercare.api.SaneDate;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

public final class AssetDtos {

    public static final String DEVICE_ID = "^[A-Za-z0-9][A-Za-z0-9._/:-]{0,63}$";
    static final String DEVICE_ID_MESSAGE = "1–64 letters, digits, dots, slashes, colons, dashes or underscores, starting with a letter or digit";
    public static final String PLATE = "^[\\p{L}\\p{N}][\\p{L}\\p{N} ·.-]{1,15}$";
    static final String PLATE_MESSAGE = "2–16 letters and digits (spaces, · . - allowed between them)";

    private AssetDtos() {
    }

    @Schema(name = "Asset", description = "An installed product at a customer.",
            requiredProperties = {"id", "customerId", "customerName", "productId", "productCode", "productName",
                    "serialNumber", "underWarranty", "createdAt", "updatedAt", "version"})
    public record AssetView(
            UUID id,
            UUID customerId,
            @Schema(examples = "王芳") @Size(max = 200) String customerName,
            @Schema(description = "A site of the customer; absent when not known.") UUID siteId,
            @Schema(description = "The product model, a catalogue item of kind PRODUCT.") UUID productId,
            @Schema(examples = "GPS-T100") @Size(max = 64) String productCode,
            @Schema(examples = "车载定位终端 T100") @Size(max = 200) String productName,
            @Schema(description = "Unique in the tenant, whatever its case.", examples = "T100-2026-000123") @Size(max = 64) String serialNumber,
            @Schema(examples = "860123456789012") @Size(max = 64) String terminalId,
            @Schema(description = "The SIM card's ICCID or number.", examples = "89860012345678901234") @Size(max = 64) String simId,
            @Schema(description = "In capitals without spaces or separators.", examples = "浙A12345") @Size(max = 16) String vehiclePlate,
            LocalDate installDate,
            @Schema(description = "Last day of the warranty: as set on the asset, else the install date plus the product's warranty "
                    + "months; absent when neither is known.") LocalDate warrantyEnd,
            @Schema(description = "Whether the warranty end comes from the product's terms rather than from the asset itself.")
            boolean warrantyEndFromProduct,
            @Schema(description = "Whether today, in the tenant's time zone, is on or before the warranty end.")
            boolean underWarranty,
            @Schema(description = "The sales contract's number on the warranty card.", examples = "HT-2026-00123") @Size(max = 64) String contractNumber,
            @Schema(description = "What the product's warranty covers.") @Size(max = 1000) String warrantyCovers,
            @Schema(description = "The product's fee for a repair out of warranty.", examples = "120.00") @Size(max = 13) String outOfWarrantyFee,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {
    }

    @Schema(name = "AssetHit", description = "An asset found by the global search: labelled by its product.",
            requiredProperties = {"id", "label", "serialNumber", "customerId", "customerName"})
    public record AssetHit(
            UUID id,
            @Schema(description = "The product's name.", examples = "车载定位终端 T100") @Size(max = 200) String label,
            @Schema(examples = "T100-2026-000123") @Size(max = 64) String serialNumber,
            @Schema(description = "The vehicle's plate, when the asset is on a vehicle.", examples = "浙A12345") @Size(max = 16) String plateNumber,
            UUID customerId,
            @Schema(examples = "王芳") @Size(max = 200) String customerName) {
    }

    @Schema(name = "AssetPage", requiredProperties = "items")
    public record AssetPage(@Size(max = 200) List<AssetView> items,
                            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                            @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateAssetRequest", description = "An installed product; the site, if given, must be one of the customer's.")
    public record CreateAssetRequest(
            @NotNull UUID customerId,
            UUID siteId,
            @Schema(description = "A catalogue item of kind PRODUCT.") @NotNull UUID productId,
            @Schema(examples = "T100-2026-000123") @NotBlank @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String serialNumber,
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String terminalId,
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String simId,
            @Schema(examples = "浙A·12345") @Size(max = 16) @Pattern(regexp = PLATE, message = PLATE_MESSAGE) String vehiclePlate,
            @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate installDate,
            @Schema(description = "Last day of the warranty; not before the install date. Omit to follow the product's warranty months "
                    + "from the install date.") @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate warrantyEnd,
            @Schema(description = "The sales contract's number on the warranty card.", examples = "HT-2026-00123")
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String contractNumber) {
    }

    @Schema(name = "UpdateAssetRequest", description = "The whole asset with the `version` you read; omitted optional fields are removed.")
    public record UpdateAssetRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull UUID customerId,
            UUID siteId,
            @NotNull UUID productId,
            @NotBlank @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String serialNumber,
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String terminalId,
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String simId,
            @Size(max = 16) @Pattern(regexp = PLATE, message = PLATE_MESSAGE) String vehiclePlate,
            @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate installDate,
            @Schema(description = "Omit to follow the product's warranty months from the install date.")
            @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate warrantyEnd,
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String contractNumber) {
    }

    @Schema(name = "AssetWarranty", description = "An asset's warranty on a given day: in or out, until when, what it covers, and the "
            + "fee of a repair out of warranty.", requiredProperties = {"assetId", "productName", "serialNumber"})
    public record AssetWarranty(
            UUID assetId,
            @Size(max = 200) String productName,
            @Size(max = 64) String serialNumber,
            @Size(max = 64) String contractNumber,
            LocalDate warrantyEnd,
            @Schema(description = "Absent when the warranty end is not known.") Boolean inWarranty,
            @Size(max = 1000) String covers,
            @Schema(examples = "120.00") @Size(max = 13) String outOfWarrantyFee) {
    }

    /** An asset from an import file: the customer by its primary phone, the product by its code, the site by its label. */
    public record ImportedAsset(
            @NotBlank @Size(max = 30) String customerPhone,
            @Size(max = 100) String siteLabel,
            @NotBlank @Size(max = 64) String productCode,
            @NotBlank @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String serialNumber,
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String terminalId,
            @Size(max = 64) @Pattern(regexp = DEVICE_ID, message = DEVICE_ID_MESSAGE) String simId,
            @Size(max = 16) @Pattern(regexp = PLATE, message = PLATE_MESSAGE) String vehiclePlate,
            @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate installDate,
            @SaneDate(SaneDate.Kind.DOCUMENT) LocalDate warrantyEnd) {
    }

    /** What the database keeps of a plate, and what a typed plate is compared as. */
    static String plateKey(String plate) {
        return plate == null ? null : plate.replaceAll("[\\s·.-]", "").toUpperCase(Locale.ROOT);
    }
}
