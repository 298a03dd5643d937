package io.aftercare.installer;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A training an installer took (岗前培训): construction staff must have been trained before the work starts. */
@Entity
@Table(name = "installer_training")
public class InstallerTraining extends TenantOwned {

    @Column(name = "installer_id", nullable = false)
    public UUID installerId;

    @Column(nullable = false)
    public String course;

    @Column(name = "trained_on", nullable = false)
    public LocalDate trainedOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
