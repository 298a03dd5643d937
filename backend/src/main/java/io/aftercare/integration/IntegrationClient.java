package io.aftercare.integration;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A tenant's integration: a Keycloak client (id = the Keycloak client's id) whose tokens name the tenant. */
@Entity
@Table(name = "integration_client")
public class IntegrationClient extends TenantOwned {

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
