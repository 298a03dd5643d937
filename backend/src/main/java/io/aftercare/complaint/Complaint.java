package io.aftercare.complaint;

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

/** A customer's complaint (投诉) about a work order and/or an installer. */
@Entity
@Table(name = "complaint")
@DynamicUpdate
public class Complaint extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintDtos.Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintDtos.Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintDtos.Status status;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "work_order_id")
    public UUID workOrderId;

    @Column(name = "installer_id")
    public UUID installerId;

    @Column(name = "complainant_name")
    public String complainantName;

    @Column(name = "complainant_phone")
    public String complainantPhone;

    @Column(nullable = false)
    public String description;

    @Column(name = "investigation_note")
    public String investigationNote;

    /** Verified; stays true after closing. */
    @Column(nullable = false)
    public boolean verified;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "remedial_action")
    public String remedialAction;

    @Column(name = "customer_answer")
    public String customerAnswer;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Embedded
    public PromiseClock promise;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;
}
