package io.aftercare.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A company or franchise store: owns all other data. The platform's own table, not tenant-owned. */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    /** Every login of the tenant is {@code <loginPrefix>.<local name>}; unique across tenants, never changed. */
    @Column(name = "login_prefix", nullable = false, updatable = false)
    public String loginPrefix;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String locale;

    @Column(nullable = false, columnDefinition = "char(3)")
    public String currency;

    /** ISO 3166-1 alpha-2; the country whose published holidays the tenant's calendar inherits. Null: none. */
    @Column
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenantDtos.TenantStatus status = TenantDtos.TenantStatus.ACTIVE;

    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public int version;
}
