package io.aftercare.quality;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A product-quality or feedback form (产品质量信息单, 信息反馈单): one occurrence of a product's fault. */
@Entity
@Table(name = "quality_report")
public class QualityReport extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualityDtos.ReportKind kind;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "asset_id")
    public UUID assetId;

    @Column(name = "work_order_id")
    public UUID workOrderId;

    @Column(name = "fault_category", nullable = false)
    public String faultCategory;

    @Column(nullable = false)
    public String description;

    /** The tenant-local day the fault occurred (or was reported by the customer). */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
