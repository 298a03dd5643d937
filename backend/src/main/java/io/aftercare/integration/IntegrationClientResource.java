package io.aftercare.integration;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/integration-clients")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Integrations")
public class IntegrationClientResource {

    private final IntegrationClientService clients;
    private final Idempotency idempotency;

    public IntegrationClientResource(IntegrationClientService clients, Idempotency idempotency) {
        this.clients = clients;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List the tenant's integration clients", description = "Secrets are never listed.")
    @APIResponse(responseCode = "200", description = "The tenant's integration clients, oldest first.")
    public IntegrationDtos.IntegrationClientList listIntegrationClients() {
        return new IntegrationDtos.IntegrationClientList(clients.list());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an integration client",
            description = "Creates an OAuth2 client (client credentials) whose tokens carry this tenant and the role "
                    + "`integration`. The answer holds the secret; it is shown only this once.")
    @APIResponse(responseCode = "201", description = "The client and its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntegrationDtos.NewIntegrationClient.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntegrationDtos.NewIntegrationClient.class)))
    public RestResponse<IntegrationDtos.NewIntegrationClient> createIntegrationClient(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid IntegrationDtos.CreateIntegrationClientRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createIntegrationClient", body,
                IntegrationDtos.NewIntegrationClient.class, () -> clients.create(body));
        return outcome.toResponse(URI.create("/api/v1/integration-clients/" + outcome.body().client().id()));
    }

    @DELETE
    @Path("/{integrationClientId}")
    @Operation(summary = "Revoke an integration client",
            description = "Deletes the client: its secret stops working at once; tokens already issued expire within minutes.")
    @APIResponse(responseCode = "204", description = "The client was revoked.")
    public void deleteIntegrationClient(@PathParam("integrationClientId") UUID integrationClientId) {
        clients.revoke(integrationClientId);
    }
}
