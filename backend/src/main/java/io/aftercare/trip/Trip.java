package io.aftercare.trip;

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

/** A trip of installers to a destination; holds its own copy of the allowance rates in force when it was planned. */
@Entity
@Table(name = "trip")
public class Trip extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String destination;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    @Column(nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TripDtos.Status status;

    @Column(name = "service_point_id")
    public UUID servicePointId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "work_order_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    public List<UUID> workOrderIds;

    @Column(name = "lodging_cap_per_day", nullable = false)
    public BigDecimal lodgingCapPerDay;

    @Column(name = "meal_allowance", nullable = false)
    public BigDecimal mealAllowance;

    @Column(name = "meals_per_day", nullable = false)
    public int mealsPerDay;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "pay_month")
    public LocalDate payMonth;

    @Column(name = "original_month")
    public LocalDate originalMonth;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;

    TripAllowances.Rates rates() {
        return new TripAllowances.Rates(lodgingCapPerDay, mealAllowance, mealsPerDay);
    }

    boolean fieldTask() {
        return !workOrderIds.isEmpty();
    }
}
