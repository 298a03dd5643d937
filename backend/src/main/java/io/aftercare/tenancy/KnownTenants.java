package io.aftercare.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers which tenant ids exist, so that a token naming a made-up tenant is refused cheaply. */
@ApplicationScoped
public class KnownTenants {

    private final Set<UUID> seen = ConcurrentHashMap.newKeySet();
    private final Map<UUID, LocalDate> createdOn = new ConcurrentHashMap<>();
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

    /** The day (UTC) the tenant was created, or empty for an unknown tenant. */
    public Optional<LocalDate> createdOn(UUID tenant) {
        LocalDate known = createdOn.get(tenant);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> rows = db.createNativeQuery("select created_at from tenant where id = ?1", OffsetDateTime.class)
                .setParameter(1, tenant).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = ((OffsetDateTime) rows.get(0)).toLocalDate();
        createdOn.put(tenant, day);
        return Optional.of(day);
    }

    public void forget(UUID tenant) {
        seen.remove(tenant);
        createdOn.remove(tenant);
    }
}
