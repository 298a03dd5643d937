package io.aftercare.integration;

import io.aftercare.api.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class IntegrationDtos {

    private IntegrationDtos() {
    }

    @Schema(name = "IntegrationClient", description = "A system of the tenant that calls the API with client credentials.",
            requiredProperties = {"id", "clientId", "name", "createdAt", "createdBy"})
    public record IntegrationClientView(
            UUID id,
            @Schema(description = "The OAuth2 client_id to request tokens with.", examples = "int-north-star-erp-7k2m")
            @Size(max = 100) String clientId,
            @Size(max = 100) String name,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy) {

        static IntegrationClientView of(IntegrationClient c) {
            return new IntegrationClientView(c.id, c.clientId, c.name, c.createdAt, c.createdBy);
        }
    }

    @Schema(name = "NewIntegrationClient", description = "A new integration with its secret. The secret is shown this once.",
            requiredProperties = {"client", "clientSecret", "tokenUrl"})
    public record NewIntegrationClient(
            IntegrationClientView client,
            @Schema(description = "The client secret: store it now, it cannot be read again.", format = "password")
            @Size(max = 100) String clientSecret,
            @Schema(description = "Where to request tokens (grant_type=client_credentials).")
            @Size(max = 500) String tokenUrl) {
    }

    @Schema(name = "IntegrationClientList", requiredProperties = "items")
    public record IntegrationClientList(@Size(max = 100) List<IntegrationClientView> items) {
    }

    @Schema(name = "CreateIntegrationClientRequest")
    public record CreateIntegrationClientRequest(
            @Schema(description = "What the integration is, e.g. the system's name.", examples = "ERP order sync")
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[\\p{L}\\p{N} ._()-]+$",
                    message = "letters, digits, spaces and . _ ( ) - only") @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name) {
    }
}
