package io.aftercare.quality;

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

/** Staff read the fault categories (they classify repairs and forms by them); managers keep the list. */
@Path("/api/v1/fault-categories")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Product quality")
public class FaultCategoryResource {

    private final FaultCategories categories;
    private final Idempotency idempotency;

    public FaultCategoryResource(FaultCategories categories, Idempotency idempotency) {
        this.categories = categories;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "List the fault categories", description = "Oldest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of fault categories.")
    public QualityDtos.FaultCategoryPage listFaultCategories(
            @Parameter(description = "true: only those offered for new records; false: only the retired ones.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") @Size(max = 5) String active,
            @BeanParam @Valid PageRequest page) {
        var slice = categories.list(QueryValues.bool("active", active), page.limit(), page.cursor());
        return new QualityDtos.FaultCategoryPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Add a fault category", description = "Its code is unique in the tenant (409 otherwise) and cannot change later.")
    @APIResponse(responseCode = "201", description = "The category was added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualityDtos.FaultCategoryView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualityDtos.FaultCategoryView.class)))
    public RestResponse<QualityDtos.FaultCategoryView> createFaultCategory(@BeanParam @Valid IdempotencyKey key,
                                                                           @NotNull @Valid QualityDtos.CreateFaultCategoryRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createFaultCategory", body, QualityDtos.FaultCategoryView.class,
                () -> categories.create(body));
        return outcome.toResponse(URI.create("/api/v1/fault-categories/" + outcome.body().id()));
    }

    @GET
    @Path("/{faultCategoryId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a fault category", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The category.")
    public QualityDtos.FaultCategoryView getFaultCategory(@PathParam("faultCategoryId") UUID faultCategoryId) {
        return categories.get(faultCategoryId);
    }

    @PUT
    @Path("/{faultCategoryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Change a fault category", description = "Name, class, products and whether it is offered; send the `version` you read.")
    @APIResponse(responseCode = "200", description = "The category as changed.")
    public QualityDtos.FaultCategoryView updateFaultCategory(@PathParam("faultCategoryId") UUID faultCategoryId,
                                                             @NotNull @Valid QualityDtos.UpdateFaultCategoryRequest body) {
        return categories.update(faultCategoryId, body);
    }
}
