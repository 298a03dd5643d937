package io.aftercare.identity;

import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logins are scoped to a tenant: every person's Keycloak username is {@code <tenant's login prefix>.<local name>}.
 * Prefixes are unique across tenants and hold no dot, so the part before the first dot names exactly one tenant
 * and one tenant's names can never collide with, or reveal, another tenant's.
 */
@ApplicationScoped
public class Logins {

    /** A tenant's login prefix: 1–40 letters, digits or dashes, not starting or ending with a dash. */
    public static final String PREFIX = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}[A-Za-z0-9])?$";
    public static final String PREFIX_MESSAGE = "1–40 letters, digits or dashes, not starting or ending with a dash";
    /** The longest login: a 40-character prefix, the dot and a 64-character name that already repeats the prefix. */
    public static final int MAX_LENGTH = 105;

    private final EntityManager db;
    private final Map<UUID, String> prefixes = new ConcurrentHashMap<>();

    public Logins(EntityManager db) {
        this.db = db;
    }

    /** The login a tenant's person types: the requested name under the tenant's prefix, which is not doubled. */
    public static String compose(String prefix, String requested) {
        String name = requested.strip().toLowerCase(Locale.ROOT);
        String own = prefix + ".";
        return name.startsWith(own) ? name : own + name;
    }

    /** The name within the tenant: what follows the prefix (prefixes hold no dot). */
    public static String localName(String login) {
        int dot = login.indexOf('.');
        return dot < 0 ? login : login.substring(dot + 1);
    }

    /** The tenant's login prefix; it never changes, so it is read once per tenant. */
    public String prefixOf(UUID tenant) {
        String known = prefixes.get(tenant);
        if (known != null) {
            return known;
        }
        @SuppressWarnings("unchecked")
        List<String> found = db.createNativeQuery("select login_prefix from tenant where id = ?1")
                .setParameter(1, tenant).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.forbidden("The tenant named by your token does not exist.");
        }
        prefixes.put(tenant, found.get(0));
        return found.get(0);
    }

    /** The login under this tenant's prefix. */
    public String of(UUID tenant, String requested) {
        return compose(prefixOf(tenant), requested);
    }
}
