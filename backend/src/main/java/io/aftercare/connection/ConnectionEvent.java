package io.aftercare.connection;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One step on an application's timeline. Append-only. */
@Entity
@Table(name = "connection_event")
public class ConnectionEvent extends TenantOwned {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String actor;

    /** The person's display name when the step was taken; null for the validity watch. */
    @Column(name = "actor_name")
    public String actorName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> details;
}
