package io.aftercare.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which tenant ids exist, so that a token naming a made-up tenant is refused cheaply, and whether each is
 * suspended. A replica rechecks the suspension after {@link #STATUS_FRESH}; the replica that suspends or resumes forgets it
 * at once.
 */
@ApplicationScoped
public class KnownTenants {

    static final Duration STATUS_FRESH = Duration.ofSeconds(60);

    private record Status(boolean suspended, long checkedAtNanos) {
    }

    private final Map<UUID, Status> statuses = new ConcurrentHashMap<>();
    private final Map<UUID, LocalDate> createdOn = new ConcurrentHashMap<>();
    private final EntityManager db;
    private final DataSource dataSource;

    public KnownTenants(EntityManager db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    public boolean exists(UUID tenant) {
        return status(tenant) != null;
    }

    /** Whether the tenant is suspended; false for an unknown tenant. */
    public boolean suspended(UUID tenant) {
        Status status = status(tenant);
        return status != null && status.suspended();
    }

    private Status status(UUID tenant) {
        Status known = statuses.get(tenant);
        if (known != null && System.nanoTime() - known.checkedAtNanos() < STATUS_FRESH.toNanos()) {
            return known;
        }
        String found = lookUpStatus(tenant);
        if (found == null) {
            statuses.remove(tenant);
            return null;
        }
        Status status = new Status("SUSPENDED".equals(found), System.nanoTime());
        statuses.put(tenant, status);
        return status;
    }

    /**
     * The tenant's status straight from the pool, outside any request's session: refilling this cache now and then is
     * the platform's cost, not part of the statements a request issues.
     */
    private String lookUpStatus(UUID tenant) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select status from tenant where id = ?")) {
            q.setObject(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the status of tenant " + tenant, e);
        }
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
        statuses.remove(tenant);
        createdOn.remove(tenant);
    }
}
