package io.aftercare.search;

import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Search")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(operationId = "searchEverything", summary = "Search work orders, customers and assets",
            description = "Work orders whose number starts with `q` (ignoring case) or whose customer matches; customers whose "
                    + "name contains `q` (ignoring case) or whose phone or a contact's phone starts with its digits (spaces, dashes "
                    + "and a +86 / 0086 country code do not matter; at least 3 digits); assets whose serial number or vehicle "
                    + "plate starts with `q`. At most 8 of each, newest first.")
    @APIResponse(responseCode = "200", description = "The hits, grouped.")
    public SearchDtos.SearchResults searchEverything(
            @Parameter(description = "What was typed: an order number, a name, a phone, a serial number or a plate.", example = "138 1234")
            @QueryParam("q") @NotNull @Size(min = 2, max = 100) String q) {
        return search.search(q);
    }
}
