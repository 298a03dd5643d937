package io.aftercare.quality;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A kind of fault the tenant classifies problems by (e.g. {@code no-cooling}); its class routes recurring ones:
 * technical problems to engineering, service problems to training. Work orders and quality reports name it by code.
 */
@Entity
@Table(name = "fault_category")
public class FaultCategory extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "class", nullable = false)
    public QualityDtos.FaultClass faultClass;

    /** The products the category applies to; empty for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "product_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> productIds;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
