package io.aftercare.customer;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A place of a customer where installers work: an address, optionally with coordinates. */
@Entity
@Table(name = "customer_site")
public class CustomerSite extends TenantOwned {

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    /** Names the site among the customer's sites, e.g. "Home" or "Warehouse 2". */
    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String address;

    public Double latitude;

    public Double longitude;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
