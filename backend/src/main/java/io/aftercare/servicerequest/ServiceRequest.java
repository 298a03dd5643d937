package io.aftercare.servicerequest;

import io.aftercare.tenancy.TenantOwned;
import io.aftercare.promise.PromiseClock;
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

/** A request or inquiry as it came in; the on-site promise counts from its registration time. */
@Entity
@Table(name = "service_request")
@DynamicUpdate // the promise watch marks promise columns concurrently; an update writes only what it changed
public class ServiceRequest extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceRequestDtos.Channel channel;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "asset_id")
    public UUID assetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceRequestDtos.Category category;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceRequestDtos.Status status;

    public String resolution;

    @Column(name = "dismiss_reason")
    public String dismissReason;

    @Column(name = "work_order_id")
    public UUID workOrderId;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The on-site promise while the request is open; a converted request's promise moves to its work order. */
    @Embedded
    public PromiseClock promise;

    @Column(name = "preferred_slot_start")
    public OffsetDateTime preferredSlotStart;

    @Column(name = "preferred_slot_end")
    public OffsetDateTime preferredSlotEnd;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "customer_confirmed_at")
    public OffsetDateTime customerConfirmedAt;

    @Version
    public int version;
}
