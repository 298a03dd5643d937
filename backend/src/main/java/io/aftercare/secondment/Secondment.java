package io.aftercare.secondment;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Installers lent by one service point to another for some days; the borrowing point is charged per day and person. */
@Entity
@Table(name = "secondment")
public class Secondment extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Column(name = "lending_point_id", nullable = false)
    public UUID lendingPointId;

    @Column(name = "borrowing_point_id", nullable = false)
    public UUID borrowingPointId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "person_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    public List<UUID> personIds;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SecondmentDtos.Status status;

    @Column(name = "charge_per_day", nullable = false)
    public BigDecimal chargePerDay;

    @Column(nullable = false)
    public BigDecimal charge;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;
}
