package io.aftercare.partner;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A staff user (role partner) working for a partner; at most one partner per staff user. */
@Entity
@Table(name = "partner_staff")
public class PartnerStaff extends TenantOwned {

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "staff_user_id", nullable = false)
    public UUID staffUserId;

    @Column(name = "linked_at", nullable = false)
    public OffsetDateTime linkedAt;

    @Column(name = "linked_by", nullable = false)
    public String linkedBy;
}
