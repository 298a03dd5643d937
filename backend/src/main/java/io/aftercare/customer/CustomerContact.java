package io.aftercare.customer;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person to talk to at a customer (a company's purchaser, a family member); the phone search finds them too. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact extends TenantOwned {

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String phone;

    @Column(name = "phone_digits", insertable = false, updatable = false)
    public String phoneDigits;

    public String email;

    public String role;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
