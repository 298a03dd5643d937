package io.aftercare.catalog;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** Installers read the catalogue (what to bring); managers and dispatchers maintain it. Partners see none of it. */
@Path("/api/v1/catalog-items")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Catalogue")
public class CatalogResource {

    private final CatalogService catalog;
    private final Idempotency idempotency;

    public CatalogResource(CatalogService catalog, Idempotency idempotency) {
        this.catalog = catalog;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "List the tenant's catalogue",
            description = "Product models, parts and tools, oldest first, keyset-paginated; filter by kind and by `q`, "
                    + "which matches the start of the code or any part of the name, ignoring case.")
    @APIResponse(responseCode = "200", description = "A page of catalogue items, oldest first.")
    public CatalogDtos.CatalogItemPage listCatalogItems(
            @Parameter(description = "Only items of this kind.", schema = @Schema(implementation = CatalogDtos.CatalogItemKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Start of the code or part of the name.", example = "T100")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @BeanParam @Valid PageRequest page) {
        var slice = catalog.list(QueryValues.enumValue(CatalogDtos.CatalogItemKind.class, "kind", kind), q, page.limit(), page.cursor());
        return new CatalogDtos.CatalogItemPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Add a catalogue item",
            description = "A product model, part or tool. The code is unique in the tenant, whatever its case.")
    @APIResponse(responseCode = "201", description = "The item was added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogDtos.CatalogItemView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogDtos.CatalogItemView.class)))
    public RestResponse<CatalogDtos.CatalogItemView> createCatalogItem(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid CatalogDtos.CreateCatalogItemRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createCatalogItem", body, CatalogDtos.CatalogItemView.class,
                () -> catalog.create(body));
        return outcome.toResponse(URI.create("/api/v1/catalog-items/" + outcome.body().id()));
    }

    @GET
    @Path("/{catalogItemId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a catalogue item", description = "One item of the caller's tenant; other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The catalogue item.")
    public CatalogDtos.CatalogItemView getCatalogItem(@PathParam("catalogItemId") UUID catalogItemId) {
        return catalog.get(catalogItemId);
    }

    @PUT
    @Path("/{catalogItemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Change a catalogue item",
            description = "Send the whole item with the `version` you read; a stale version answers 409. The kind cannot change.")
    @APIResponse(responseCode = "200", description = "The item as changed.")
    public CatalogDtos.CatalogItemView updateCatalogItem(@PathParam("catalogItemId") UUID catalogItemId,
                                                         @NotNull @Valid CatalogDtos.UpdateCatalogItemRequest body) {
        return catalog.update(catalogItemId, body);
    }

    @DELETE
    @Path("/{catalogItemId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Delete a catalogue item",
            description = "Only an item no asset or work order refers to can be deleted; otherwise 409.")
    @APIResponse(responseCode = "204", description = "The item was deleted.")
    public void deleteCatalogItem(@PathParam("catalogItemId") UUID catalogItemId) {
        catalog.delete(catalogItemId);
    }
}
