package io.aftercare.followup;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A follow-up call or visit to a customer, with its attempts and the customer's answers. */
@Entity
@Table(name = "follow_up")
@DynamicUpdate // the promise watch marks promise columns concurrently; an update writes only what it changed
public class FollowUp extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpDtos.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpDtos.Status status;

    @Column(name = "work_order_id")
    public UUID workOrderId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attempt_log", nullable = false)
    public List<FollowUpDtos.Attempt> attemptLog;

    @Column(name = "knows_usage")
    public Integer knowsUsage;

    @Column(name = "meets_needs")
    public Integer meetsNeeds;

    @Column(name = "installer_attitude")
    public Integer installerAttitude;

    public String suggestions;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "objection_id")
    public UUID objectionId;

    @Column(name = "sample_key")
    public String sampleKey;

    @Embedded
    public PromiseClock promise;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public int version;
}
