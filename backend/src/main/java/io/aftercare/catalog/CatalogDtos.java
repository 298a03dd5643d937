package io.aftercare.catalog;

import io.aftercare.api.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class CatalogDtos {

    public static final String CODE = "^[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,63}$";
    static final String CODE_MESSAGE = "1–64 letters, digits, dots, slashes, dashes or underscores, starting with a letter or digit";
    static final String MONEY = "^\\d{1,10}(\\.\\d{1,2})?$";
    static final String MONEY_MESSAGE = "must be an amount like 50.00 (up to 2 decimals)";

    private CatalogDtos() {
    }

    @Schema(name = "CatalogItemKind", description = "PRODUCT: a model customers buy and have installed; PART: a spare "
            + "part used in repairs; TOOL: a tool issued to installers.")
    public enum CatalogItemKind { PRODUCT, PART, TOOL }

    @Schema(name = "WarrantyTerms", description = "A product's warranty (bound to the sales contract): months from installation, "
            + "what it covers, and the fee of a repair once it has run out. Products only.")
    public record WarrantyTerms(
            @Schema(description = "Months from the installation date; 0 for none.", minimum = "0", maximum = "240", examples = "24")
            @Min(0) @Max(240) Integer months,
            @Schema(examples = "整机及主要部件免费维修，人为损坏除外") @Size(max = 1000) String covers,
            @Schema(description = "Proposed for a repair out of warranty, in the tenant's currency.", examples = "120.00", pattern = MONEY)
            @Size(max = 13) @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String outOfWarrantyFee) {

        static WarrantyTerms of(CatalogItem i) {
            return i.warrantyMonths == null && i.warrantyCovers == null && i.outOfWarrantyFee == null ? null
                    : new WarrantyTerms(i.warrantyMonths, i.warrantyCovers, money(i.outOfWarrantyFee));
        }
    }

    @Schema(name = "CatalogItem", description = "An item of the tenant's catalogue.",
            requiredProperties = {"id", "kind", "code", "name", "unit", "createdAt", "updatedAt", "version"})
    public record CatalogItemView(
            UUID id,
            CatalogItemKind kind,
            @Schema(description = "Unique in the tenant.", examples = "GPS-T100") @Size(max = 64) String code,
            @Schema(examples = "车载定位终端 T100") @Size(max = 200) String name,
            @Schema(description = "Unit of quantity.", examples = "台") @Size(max = 20) String unit,
            @Schema(description = "Price in the tenant's currency; absent when the item is not sold.", examples = "1280.00",
                    pattern = MONEY) @Size(max = 13) String price,
            @Schema(description = "A product's warranty terms; absent when it has none.") WarrantyTerms warranty,
            @Schema(description = "Domestic material (国产器材): low-voltage connection work may use only these.") boolean domestic,
            @Schema(description = "A large item that comes from central procurement (统一采购), not bought by the site.") boolean centralProcurement,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static CatalogItemView of(CatalogItem i) {
            return new CatalogItemView(i.id, i.kind, i.code, i.name, i.unit, money(i.price), WarrantyTerms.of(i), i.domestic,
                    i.centralProcurement, i.createdAt, i.updatedAt,
                    i.version);
        }
    }

    /** What other features show of an item they refer to. */
    public record CatalogItemSummary(UUID id, CatalogItemKind kind, String code, String name, WarrantyTerms warranty, String unit,
                                     boolean domestic, boolean centralProcurement) {

        static CatalogItemSummary of(CatalogItem i) {
            return new CatalogItemSummary(i.id, i.kind, i.code, i.name, WarrantyTerms.of(i), i.unit, i.domestic, i.centralProcurement);
        }
    }

    @Schema(name = "CatalogItemPage", requiredProperties = "items")
    public record CatalogItemPage(@Size(max = 200) List<CatalogItemView> items,
                                  @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                  @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CreateCatalogItemRequest")
    public record CreateCatalogItemRequest(
            @NotNull CatalogItemKind kind,
            @Schema(examples = "GPS-T100") @NotBlank @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Schema(examples = "车载定位终端 T100") @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @Schema(examples = "台") @NotBlank @Size(max = 20) String unit,
            @Schema(description = "Price in the tenant's currency; omit when the item is not sold.", examples = "1280.00")
            @Size(max = 13) @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String price,
            @Schema(description = "Products only.") @Valid WarrantyTerms warranty,
            @Schema(description = "Domestic material (国产器材); false when omitted.") Boolean domestic,
            @Schema(description = "Comes from central procurement (统一采购); false when omitted.") Boolean centralProcurement) {
    }

    @Schema(name = "UpdateCatalogItemRequest", description = "The whole item with the `version` you read; the kind "
            + "cannot change. An omitted price or warranty removes it.")
    public record UpdateCatalogItemRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @NotBlank @Size(max = 20) String unit,
            @Size(max = 13) @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String price,
            @Schema(description = "Products only; omitted removes the terms.") @Valid WarrantyTerms warranty,
            @Schema(description = "Domestic material (国产器材); unchanged when omitted.") Boolean domestic,
            @Schema(description = "Comes from central procurement (统一采购); unchanged when omitted.") Boolean centralProcurement) {
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
