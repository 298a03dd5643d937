package io.aftercare.customeraccount;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's login: invited by staff, active once the customer signed up, or disabled by staff. */
@Entity
@Table(name = "customer_account")
public class CustomerAccount extends TenantOwned {

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustomerAccountDtos.Status status;

    /** The Keycloak username, once signed up. */
    public String login;

    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;

    @Column(name = "invited_by")
    public String invitedBy;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
