package io.aftercare.objection;

import io.aftercare.promise.PromiseClock;
import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's objection; the service commitment is due within the tenant's promise, else it escalates. */
@Entity
@Table(name = "objection")
@DynamicUpdate // the promise watch marks promise and escalation columns concurrently
public class Objection extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectionDtos.Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectionDtos.Status status;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "work_order_id")
    public UUID workOrderId;

    @Column(name = "follow_up_id")
    public UUID followUpId;

    @Column(nullable = false)
    public String description;

    public String commitment;

    @Column(name = "committed_at")
    public OffsetDateTime committedAt;

    @Column(name = "committed_by")
    public String committedBy;

    public String resolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_informed_via")
    public ObjectionDtos.InformedVia customerInformedVia;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    @Embedded
    public PromiseClock promise;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;
}
