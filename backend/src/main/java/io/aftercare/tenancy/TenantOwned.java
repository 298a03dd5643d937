package io.aftercare.tenancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/**
 * An entity owned by a tenant. Hibernate fills {@code tenantId} from the current tenant on insert and adds it
 * to every query (wall 1); the table's row-level security policy checks it again (wall 2). The tenant id is
 * mapped as a string because the tenant resolver speaks strings; the column is a uuid.
 */
@MappedSuperclass
public abstract class TenantOwned extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
}
