package io.aftercare.settings;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** The tenant's rule settings, one typed JSON document per tenant. */
@Entity
@Table(name = "rule_book")
public class RuleBook extends TenantOwned {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public SettingsDtos.TenantSettings settings;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
