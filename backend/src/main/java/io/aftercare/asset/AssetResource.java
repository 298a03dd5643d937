package io.aftercare.asset;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/**
 * Managers and dispatchers keep assets; installers read them (serials, SIM and plate of what they service).
 * Partners see none of it: SIM data is confidential (DOMAIN.md, outsourced installation).
 */
@Path("/api/v1/assets")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Assets")
public class AssetResource {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final AssetService assets;
    private final Idempotency idempotency;

    public AssetResource(AssetService assets, Idempotency idempotency) {
        this.assets = assets;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Find assets",
            description = "Installed products of the tenant, oldest first, keyset-paginated; filter by customer, product "
                    + "model, the start of the serial number (ignoring case) or the start of the vehicle plate (ignoring "
                    + "case, spaces and separators).")
    @APIResponse(responseCode = "200", description = "A page of assets, oldest first.")
    public AssetDtos.AssetPage listAssets(
            @Parameter(description = "Only assets of this customer.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36, pattern = UUID_PATTERN))
            @QueryParam("customerId") @Size(max = 36) @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String customerId,
            @Parameter(description = "Only assets of this product model.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36, pattern = UUID_PATTERN))
            @QueryParam("productId") @Size(max = 36) @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String productId,
            @Parameter(description = "Start of the serial number.", example = "T100-2026")
            @QueryParam("serial") @Size(min = 1, max = 64) String serial,
            @Parameter(description = "Start of the vehicle plate.", example = "浙A12")
            @QueryParam("plate") @Size(min = 1, max = 16) String plate,
            @BeanParam @Valid PageRequest page) {
        var slice = assets.list(customerId == null ? null : UUID.fromString(customerId),
                productId == null ? null : UUID.fromString(productId), serial, plate, page.limit(), page.cursor());
        return new AssetDtos.AssetPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Register an asset",
            description = "An installed product at a customer (optionally at one of its sites). The serial number is unique "
                    + "in the tenant, whatever its case.")
    @APIResponse(responseCode = "201", description = "The asset was registered.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssetDtos.AssetView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssetDtos.AssetView.class)))
    public RestResponse<AssetDtos.AssetView> createAsset(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid AssetDtos.CreateAssetRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createAsset", body, AssetDtos.AssetView.class, () -> assets.create(body));
        return outcome.toResponse(URI.create("/api/v1/assets/" + outcome.body().id()));
    }

    @GET
    @Path("/{assetId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read an asset", description = "One asset of the caller's tenant; other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The asset.")
    public AssetDtos.AssetView getAsset(@PathParam("assetId") UUID assetId) {
        return assets.get(assetId);
    }

    @PUT
    @Path("/{assetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Change an asset", description = "Send the whole asset with the `version` you read; a stale one answers 409.")
    @APIResponse(responseCode = "200", description = "The asset as changed.")
    public AssetDtos.AssetView updateAsset(@PathParam("assetId") UUID assetId, @NotNull @Valid AssetDtos.UpdateAssetRequest body) {
        return assets.update(assetId, body);
    }

    @DELETE
    @Path("/{assetId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Delete an asset", description = "Removes a wrongly registered asset.")
    @APIResponse(responseCode = "204", description = "The asset was deleted.")
    public void deleteAsset(@PathParam("assetId") UUID assetId) {
        assets.delete(assetId);
    }
}
