package io.aftercare.report;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A weekly report or monthly analysis, kept as generated. */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReportDtos.ReportKind kind;

    @Column(name = "period_start", nullable = false, updatable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    public LocalDate periodEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public ReportDtos.ReportContent content;

    @Column(name = "generated_at", nullable = false, updatable = false)
    public OffsetDateTime generatedAt;

    @Column(name = "generated_by", nullable = false, updatable = false)
    public String generatedBy;
}
