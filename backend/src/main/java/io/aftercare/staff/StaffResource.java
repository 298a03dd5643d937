package io.aftercare.staff;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Staff")
public class StaffResource {

    private final StaffService staff;
    private final Idempotency idempotency;

    public StaffResource(StaffService staff, Idempotency idempotency) {
        this.staff = staff;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List the tenant's staff accounts",
            description = "Staff of the caller's tenant, oldest first, keyset-paginated; optionally only those holding a role.")
    @APIResponse(responseCode = "200", description = "A page of staff accounts, oldest first.")
    public StaffDtos.StaffUserPage listUsers(
            @Parameter(description = "Only accounts holding this role.",
                    schema = @Schema(implementation = StaffDtos.StaffRole.class))
            @QueryParam("role") String role,
            @BeanParam @Valid PageRequest page) {
        var slice = staff.list(QueryValues.enumValue(StaffDtos.StaffRole.class, "role", role), page.limit(), page.cursor());
        return new StaffDtos.StaffUserPage(slice.items(), staff.loginPrefix(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account",
            description = "Creates the person's login in the identity provider with the given roles, bound to this tenant. "
                    + "The login is the tenant's login prefix, a dot and the given username (the prefix is not doubled when "
                    + "the username already starts with it); names are checked before the identity provider sees them. A 409 concerns only this tenant's logins (or a taken e-mail address).")
    @APIResponse(responseCode = "201", description = "The account was created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffDtos.StaffUserView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffDtos.StaffUserView.class)))
    public RestResponse<StaffDtos.StaffUserView> createUser(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid StaffDtos.CreateStaffUserRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createUser", body, StaffDtos.StaffUserView.class,
                () -> staff.create(body));
        return outcome.toResponse(URI.create("/api/v1/users/" + outcome.body().id()));
    }

    @GET
    @Path("/{userId}")
    @Operation(summary = "Read a staff account", description = "One staff account of the caller's tenant; other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The staff account.")
    public StaffDtos.StaffUserView getUser(@PathParam("userId") UUID userId) {
        return staff.get(userId);
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{userId}")
    @Operation(summary = "Change a staff account",
            description = "Change names, e-mail, roles, or disable/enable the login. Send the `version` you read.")
    @APIResponse(responseCode = "200", description = "The account as changed.")
    public StaffDtos.StaffUserView updateUser(@PathParam("userId") UUID userId,
                                              @NotNull @Valid StaffDtos.UpdateStaffUserRequest body) {
        return staff.update(userId, body);
    }

    @DELETE
    @Path("/{userId}")
    @Operation(summary = "Remove a staff account", description = "Deletes the login and removes the person from the tenant.")
    @APIResponse(responseCode = "204", description = "The account was removed.")
    public void deleteUser(@PathParam("userId") UUID userId) {
        staff.delete(userId);
    }
}
