package io.aftercare.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers which tenant ids exist, so that a token naming a made-up tenant is refused cheaply. */
@ApplicationScoped
public class KnownTenants {

    private final Set<UUID> seen = ConcurrentHashMap.newKeySet();
    private final EntityManager db;

    public KnownTenants(EntityManager db) {
        this.db = db;
    }

    public boolean exists(UUID tenant) {
        if (seen.contains(tenant)) {
            return true;
        }
        boolean exists = !db.createNativeQuery("select 1 from tenant where id = ?1")
                .setParameter(1, tenant).getResultList().isEmpty();
        if (exists) {
            seen.add(tenant);
        }
        return exists;
    }

    public void forget(UUID tenant) {
        seen.remove(tenant);
    }
}
