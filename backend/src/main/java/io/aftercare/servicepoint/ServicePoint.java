package io.aftercare.servicepoint;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A branch, monitoring centre or partner repair shop of the tenant, with its responsible manager. */
@Entity
@Table(name = "service_point")
public class ServicePoint extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServicePointDtos.ServicePointKind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    public String phone;

    /** A staff account of the tenant; emptied by the database when that account is removed. */
    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
