package io.aftercare.integration;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.identity.IdentityDirectory;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The tenant's integration clients: created in Keycloak with the tenant claim fixed, listed and revoked here. */
@ApplicationScoped
public class IntegrationClientService {

    static final String ENTITY = "integration-client";
    /** Keeps one tenant from filling the identity provider with clients. */
    static final int MAX_PER_TENANT = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final IdentityDirectory identity;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final String tokenUrl;

    public IntegrationClientService(IdentityDirectory identity, TenantContext tenants, CurrentUser caller, AuditLog audit,
                                    @ConfigProperty(name = "aftercare.keycloak.public-url") String keycloakUrl,
                                    @ConfigProperty(name = "aftercare.keycloak.realm") String realm) {
        this.identity = identity;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
        this.tokenUrl = keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    @Transactional
    public List<IntegrationDtos.IntegrationClientView> list() {
        return IntegrationClient.<IntegrationClient>find("order by id").list().stream()
                .map(IntegrationDtos.IntegrationClientView::of).toList();
    }

    @Transactional
    public IntegrationDtos.NewIntegrationClient create(IntegrationDtos.CreateIntegrationClientRequest request) {
        UUID tenant = tenants.require();
        if (IntegrationClient.count() >= MAX_PER_TENANT) {
            throw ProblemException.conflict("A tenant has at most " + MAX_PER_TENANT + " integration clients; revoke one first.");
        }
        String clientId = "int-" + tenant.toString().substring(0, 8) + "-" + suffix();
        IdentityDirectory.ServiceClient created = identity.createServiceClient(tenant, clientId, request.name().strip(),
                Roles.INTEGRATION);
        try {
            IntegrationClient client = new IntegrationClient();
            client.id = created.id();
            client.clientId = created.clientId();
            client.name = request.name().strip();
            client.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            client.createdBy = caller.username();
            client.persistAndFlush();
            IntegrationDtos.IntegrationClientView view = IntegrationDtos.IntegrationClientView.of(client);
            audit.record("integration-client.created", ENTITY, client.id, null, view);
            return new IntegrationDtos.NewIntegrationClient(view, created.secret(), tokenUrl);
        } catch (RuntimeException e) {
            identity.deleteClient(created.id());
            throw e;
        }
    }

    @Transactional
    public void revoke(UUID id) {
        IntegrationClient client = IntegrationClient.<IntegrationClient>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The integration client " + id));
        IntegrationDtos.IntegrationClientView before = IntegrationDtos.IntegrationClientView.of(client);
        client.delete();
        client.flush();
        identity.deleteClient(id);
        audit.record("integration-client.revoked", ENTITY, id, before, null);
    }

    private static String suffix() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
