package io.aftercare.quality;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A product's fault that recurs by one of the tenant's warning rules, with the orders and reports it rests on; raised
 * once per rule and period, acknowledged by the responsible side, and closed with the action taken.
 */
@Entity
@Table(name = "early_warning")
public class EarlyWarning extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String number;

    @Column(name = "product_id", nullable = false, updatable = false)
    public UUID productId;

    @Column(name = "fault_category", nullable = false, updatable = false)
    public String faultCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public QualityDtos.WarningRule rule;

    @Column(name = "period_start", nullable = false, updatable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public int occurrences;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_order_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> evidenceOrderIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_report_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> evidenceReportIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "routed_to")
    public QualityDtos.RoutedTo routedTo;

    @Column(name = "contact_email")
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualityDtos.WarningStatus status;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "action_note")
    public String actionNote;

    @Version
    public int version;
}
