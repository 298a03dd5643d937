package io.aftercare.installer;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A certificate an installer holds, valid from one date to another (both inclusive). */
@Entity
@Table(name = "certification")
public class Certification extends TenantOwned {

    @Column(name = "installer_id", nullable = false)
    public UUID installerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Qualification type;

    @Column(name = "other_name")
    public String otherName;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
