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
 * It is the one place that turns what Keycloak refuses into problems: names are checked before Keycloak sees
 * them, a refusal that slips past the checks is a 400/409 naming the field, and Keycloak out of reach is a 503.
 */
@ApplicationScoped
public class IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(IdentityDirectory.class);

    /** A person's first or last name: letters of any script, digits, spaces, dots, apostrophes, dashes, middle dots. */
    public static final String PERSON_NAME = "^(?:[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .'\u00B7-]*)?$";
    public static final String PERSON_NAME_MESSAGE = "only letters, digits, spaces, dots, apostrophes and dashes";
    public static final int PERSON_NAME_MAX = 100;
    /** A login (Keycloak username): lower-case letters, digits, dots, underscores and dashes. */
    public static final String LOGIN = "^[a-z0-9][a-z0-9._-]*[a-z0-9]$";
    public static final String LOGIN_MESSAGE = "only lower-case letters, digits, dots, underscores and dashes, "
            + "starting and ending with a letter or digit";
    private static final java.util.regex.Pattern PERSON_NAME_PATTERN = java.util.regex.Pattern.compile(PERSON_NAME);
    private static final java.util.regex.Pattern LOGIN_PATTERN = java.util.regex.Pattern.compile(LOGIN);
    private static final java.util.regex.Pattern EMAIL_PATTERN =
            java.util.regex.Pattern.compile("^[^\\s@<>\"()\\[\\]\\\\,;:]+@[^\\s@<>\"'()\\[\\]\\\\,;:]+$");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Keycloak keycloak;
    private final String realm;

    public IdentityDirectory(Keycloak keycloak, @ConfigProperty(name = "aftercare.keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    public record NewAccount(UUID tenant, String username, String email, String firstName, String lastName,
                             String password, boolean temporaryPassword, Collection<String> roles, Map<String, String> attributes) {

        public NewAccount(UUID tenant, String username, String email, String firstName, String lastName,
                          String password, boolean temporaryPassword, Collection<String> roles) {
            this(tenant, username, email, firstName, lastName, password, temporaryPassword, roles, Map.of());
        }
    }

    /** Creates the account with its roles; answers its id (the subject of its tokens). */
    public UUID create(NewAccount account) {
        checkAccount(account.username(), account.email(), account.firstName(), account.lastName());
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setEmail(account.email());
        user.setEmailVerified(true);
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(true);
        Map<String, List<String>> attributes = new java.util.HashMap<>();
        account.attributes().forEach((name, value) -> attributes.put(name, List.of(value)));
        attributes.put(TenantContext.CLAIM, List.of(account.tenant().toString()));
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(account.password());
        password.setTemporary(account.temporaryPassword());
        user.setCredentials(List.of(password));
        UUID id = call(() -> {
            try (Response created = realm().users().create(user)) {
                if (created.getStatus() == 400 || created.getStatus() == 409) {
                    throw refusal(created.getStatus(), created.readEntity(String.class));
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
        checkAccount(null, email, firstName, lastName);
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

    /**
     * Renames an account's login (the upgrade to tenant-scoped logins). Answers false when the account is gone;
     * renaming to the name it already has changes nothing, so a rename that is run again is harmless.
     */
    public boolean rename(UUID id, String login) {
        checkAccount(login, null, null, null);
        return call(() -> {
            UserResource resource = realm().users().get(id.toString());
            UserRepresentation user;
            try {
                user = resource.toRepresentation();
            } catch (WebApplicationException e) {
                if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                    return false;
                }
                throw e;
            }
            if (!login.equals(user.getUsername())) {
                user.setUsername(login);
                resource.update(user);
            }
            return true;
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

    /** Checks what a person typed before Keycloak sees it, with rules a person understands; null means unchanged. */
    public static void checkAccount(String login, String email, String firstName, String lastName) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (login != null && (login.length() < 3 || login.length() > Logins.MAX_LENGTH || !LOGIN_PATTERN.matcher(login).matches())) {
            errors.add(new FieldError("username", "3–" + Logins.MAX_LENGTH + " characters, " + LOGIN_MESSAGE));
        }
        if (email != null && (email.length() > 254 || !EMAIL_PATTERN.matcher(email).matches())) {
            errors.add(new FieldError("email", "must be an e-mail address like li.wei@example.com"));
        }
        checkName(errors, "firstName", firstName);
        checkName(errors, "lastName", lastName);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(java.util.stream.Collectors.joining("; ")), errors);
        }
    }

    private static void checkName(List<FieldError> errors, String field, String value) {
        if (value != null && (value.length() > PERSON_NAME_MAX || !PERSON_NAME_PATTERN.matcher(value).matches())) {
            errors.add(new FieldError(field, "up to " + PERSON_NAME_MAX + " characters, " + PERSON_NAME_MESSAGE));
        }
    }

    /**
     * What Keycloak refused, as a problem naming the field: its 400 answers carry the field (or an error message
     * that names one), its 409 answers say whether the username or the e-mail is taken.
     */
    public static ProblemException refusal(int status, String body) {
        String field = null;
        String message = "";
        try {
            var answer = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            field = answer.path("field").asText(null);
            message = answer.path("errorMessage").asText(answer.path("error").asText(""));
        } catch (java.io.IOException | RuntimeException unreadable) {
            LOG.debugf("Keycloak answered %d with an unreadable body", status);
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (field == null || !Set.of("username", "email", "firstName", "lastName").contains(field)) {
            field = lower.contains("email") ? "email"
                    : lower.contains("firstname") || lower.contains("first name") ? "firstName"
                    : lower.contains("lastname") || lower.contains("last name") ? "lastName" : "username";
        }
        LOG.infof("Keycloak refused an account change: %d %s (%s)", status, message, field);
        if (status == 409) {
            String what = "email".equals(field) ? "e-mail address" : "username";
            return new ProblemException(409, "account-exists", "Account exists",
                    "An account with this " + what + " exists already; choose another.",
                    List.of(new FieldError(field, "taken")));
        }
        return ProblemException.badRequest("The identity provider refused " + field + ": check its value.",
                List.of(new FieldError(field, "refused by the identity provider (" + (message.isBlank() ? "invalid" : message) + ")")));
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

    private static String body(Response response) {
        try {
            return response.readEntity(String.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
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
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 400 || status == 409) {
                throw refusal(status, body(e.getResponse()));
            }
            LOG.warnf(e, "Keycloak admin call failed");
            throw ProblemException.unavailable("The identity provider did not complete the change; nothing was changed. Try again.");
        } catch (ProcessingException | IllegalStateException e) {
            LOG.warnf(e, "Keycloak admin call failed");
            throw ProblemException.unavailable("The identity provider did not complete the change; nothing was changed. Try again.");
        }
    }
}
