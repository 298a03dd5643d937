package io.aftercare.workorder;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One entry of a work order's timeline: a transition, or a refused attempt worth keeping. Append-only. */
@Entity
@Table(name = "work_order_event")
public class WorkOrderEvent extends TenantOwned {

    @Column(name = "work_order_id", nullable = false)
    public UUID workOrderId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public WorkOrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public WorkOrderStatus toStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
