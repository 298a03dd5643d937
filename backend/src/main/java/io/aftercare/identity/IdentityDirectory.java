package io.aftercare.identity;

import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * People's accounts live in Keycloak: this creates, changes and removes them through the admin API, with the
 * tenant as a user attribute that Keycloak puts into every token as the {@code tenant} claim.
 */
@ApplicationScoped
public class IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(IdentityDirectory.class);

    private final Keycloak keycloak;
    private final String realm;

    public IdentityDirectory(Keycloak keycloak, @ConfigProperty(name = "aftercare.keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    public record NewAccount(UUID tenant, String username, String email, String firstName, String lastName,
                             String password, boolean temporaryPassword, Collection<String> roles) {
    }

    public boolean usernameTaken(String username) {
        return call(() -> !realm().users().searchByUsername(username, true).isEmpty());
    }

    /** Creates the account with its roles; answers its id (the subject of its tokens). */
    public UUID create(NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setEmail(account.email());
        user.setEmailVerified(true);
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(true);
        user.setAttributes(Map.of(TenantContext.CLAIM, List.of(account.tenant().toString())));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(account.password());
        password.setTemporary(account.temporaryPassword());
        user.setCredentials(List.of(password));
        UUID id = call(() -> {
            try (Response created = realm().users().create(user)) {
                if (created.getStatus() == 409) {
                    throw new ProblemException(409, "account-exists", "Account exists",
                            "An account with this username or e-mail already exists.",
                            List.of(new FieldError("username", "taken, or the e-mail is"), new FieldError("email", "taken, or the username is")));
                }
                return createdId(created, "account");
            }
        });
        try {
            setRoles(id, account.roles(), Set.copyOf(account.roles()));
        } catch (RuntimeException e) {
            delete(id);
            throw e;
        }
        return id;
    }

    /** Changes the given attributes; a null argument leaves that attribute as it is. */
    public void update(UUID id, String email, String firstName, String lastName, Boolean enabled) {
        call(() -> {
            UserResource resource = realm().users().get(id.toString());
            UserRepresentation user = resource.toRepresentation();
            if (email != null) {
                user.setEmail(email);
            }
            if (firstName != null) {
                user.setFirstName(firstName);
            }
            if (lastName != null) {
                user.setLastName(lastName);
            }
            if (enabled != null) {
                user.setEnabled(enabled);
            }
            resource.update(user);
            return null;
        });
    }

    /** Makes the account hold exactly {@code wanted} among the {@code managed} roles; other roles stay. */
    public void setRoles(UUID id, Collection<String> wanted, Collection<String> managed) {
        call(() -> {
            var realmRoles = realm().users().get(id.toString()).roles().realmLevel();
            Set<String> held = Set.copyOf(realmRoles.listAll().stream().map(RoleRepresentation::getName).toList());
            List<RoleRepresentation> add = wanted.stream().filter(r -> !held.contains(r)).map(this::role).toList();
            List<RoleRepresentation> remove = managed.stream().filter(r -> held.contains(r) && !wanted.contains(r)).map(this::role).toList();
            if (!add.isEmpty()) {
                realmRoles.add(add);
            }
            if (!remove.isEmpty()) {
                realmRoles.remove(remove);
            }
            return null;
        });
    }

    public void delete(UUID id) {
        call(() -> {
            try (Response ignored = realm().users().delete(id.toString())) {
                return null;
            }
        });
    }

    /** A confidential client with a service account whose tokens carry the tenant and the given realm role. */
    public record ServiceClient(UUID id, String clientId, String secret) {
    }

    public ServiceClient createServiceClient(UUID tenant, String clientId, String name, String role) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setDescription("Integration of tenant " + tenant + ", created through the Aftercare API");
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setProtocolMappers(List.of(
                mapper("tenant", "oidc-hardcoded-claim-mapper", Map.of("claim.name", TenantContext.CLAIM,
                        "claim.value", tenant.toString(), "jsonType.label", "String")),
                mapper("groups", "oidc-usermodel-realm-role-mapper", Map.of("claim.name", "groups",
                        "jsonType.label", "String", "multivalued", "true"))));
        UUID id = call(() -> {
            try (Response created = realm().clients().create(client)) {
                if (created.getStatus() == 409) {
                    throw ProblemException.conflict("A client with this id exists already.");
                }
                return createdId(created, "client");
            }
        });
        try {
            return call(() -> {
                var resource = realm().clients().get(id.toString());
                String serviceAccount = resource.getServiceAccountUser().getId();
                realm().users().get(serviceAccount).roles().realmLevel().add(List.of(role(role)));
                return new ServiceClient(id, clientId, resource.getSecret().getValue());
            });
        } catch (RuntimeException e) {
            deleteClient(id);
            throw e;
        }
    }

    public void deleteClient(UUID id) {
        call(() -> {
            try {
                realm().clients().get(id.toString()).remove();
            } catch (jakarta.ws.rs.NotFoundException alreadyGone) {
                LOG.infof("Client %s was already gone from Keycloak", id);
            }
            return null;
        });
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        var withTokens = new java.util.HashMap<>(config);
        withTokens.put("access.token.claim", "true");
        withTokens.put("introspection.token.claim", "true");
        mapper.setConfig(withTokens);
        return mapper;
    }

    /** The id Keycloak gave a created resource, from the Location of its 201 answer. */
    private static UUID createdId(Response created, String what) {
        if (created.getStatus() != 201) {
            throw new IllegalStateException("Keycloak answered " + created.getStatus() + " to a new " + what);
        }
        String location = created.getLocation().getPath();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private RoleRepresentation role(String name) {
        return realm().roles().get(name).toRepresentation();
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            throw e;
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "Keycloak admin call failed");
            throw ProblemException.unavailable("The identity provider did not complete the change; nothing was changed. Try again.");
        }
    }
}
