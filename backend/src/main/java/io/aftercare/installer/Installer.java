package io.aftercare.installer;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A field technician: the profile of a staff account (same id) with the role installer. */
@Entity
@Table(name = "installer")
public class Installer extends TenantOwned {

    @Column(nullable = false)
    public String phone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> skills;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_point_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> servicePointIds;

    @Column(name = "working_hours_start", nullable = false)
    public LocalTime workingHoursStart;

    @Column(name = "working_hours_end", nullable = false)
    public LocalTime workingHoursEnd;

    @Column(name = "base_salary", nullable = false)
    public BigDecimal baseSalary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstallerDtos.InstallerStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public int version;
}
