package io.aftercare.customer;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** An end customer of the tenant, a person or a company; its primary phone identifies it in the tenant. */
@Entity
@Table(name = "customer")
public class Customer extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustomerDtos.CustomerKind kind;

    @Column(nullable = false)
    public String name;

    /** As given, e.g. "138-1234-5678". */
    @Column(nullable = false)
    public String phone;

    /** The phone's digits, computed by the database; only queries read it. */
    @Column(name = "phone_digits", insertable = false, updatable = false)
    public String phoneDigits;

    public String email;

    public String notes;

    /** zh-CN or en; null: the tenant's language. */
    public String language;

    /** Set once the customer opts out of campaigns; no campaign messages them from then on. */
    @Column(name = "campaign_opt_out_at")
    public OffsetDateTime campaignOptOutAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /** What the database keeps of a phone for searching: its digits. */
    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }
}
