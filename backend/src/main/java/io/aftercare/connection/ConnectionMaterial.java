package io.aftercare.connection;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A material used by the construction, with the catalogue's flags as they were when recorded. */
@Entity
@Table(name = "connection_material")
public class ConnectionMaterial extends TenantOwned {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "catalog_item_id", nullable = false)
    public UUID catalogItemId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public BigDecimal quantity;

    public String unit;

    @Column(nullable = false)
    public boolean domestic;

    @Column(name = "central_procurement", nullable = false)
    public boolean centralProcurement;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
