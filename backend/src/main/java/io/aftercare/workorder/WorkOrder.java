package io.aftercare.workorder;

import io.aftercare.tenancy.TenantOwned;
import io.aftercare.promise.PromiseClock;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A dispatched job at a customer's site. Only {@link WorkOrderIntake} makes it and {@link WorkOrderLifecycle} changes it, one transition at a time. */
@Entity
@Table(name = "work_order")
@DynamicUpdate // the promise watch marks promise columns concurrently; an update writes only what it changed
public class WorkOrder extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkOrderDtos.WorkOrderType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkOrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkOrderDtos.Priority priority;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "site_id")
    public UUID siteId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "asset_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> assetIds;

    @Column(nullable = false)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public WorkOrderDtos.Tasks tasks;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_qualifications", nullable = false, columnDefinition = "text[]")
    public List<String> requiredQualifications;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "items_to_bring", nullable = false)
    public List<WorkOrderDtos.ItemToBring> itemsToBring;

    @Column(name = "appointment_start", nullable = false)
    public OffsetDateTime appointmentStart;

    @Column(name = "appointment_end", nullable = false)
    public OffsetDateTime appointmentEnd;

    @Column(name = "lead_installer_id")
    public UUID leadInstallerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "helper_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> helperIds;

    @Column(name = "service_point_id")
    public UUID servicePointId;

    public BigDecimal fee;

    @Column(name = "payment_collected")
    public BigDecimal paymentCollected;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "installation_record")
    public WorkOrderDtos.InstallationRecord installationRecord;

    @Column(name = "contact_note")
    public String contactNote;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "check_in_latitude")
    public Double checkInLatitude;

    @Column(name = "check_in_longitude")
    public Double checkInLongitude;

    /** Expected arrival, set when the installer departs (when both ends have coordinates). */
    @Column(name = "eta_at")
    public OffsetDateTime etaAt;

    /** Road km from where the installer departed to the site. */
    @Column(name = "eta_km")
    public Double etaKm;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "late_minutes")
    public Integer lateMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    public WorkOrderDtos.SafetyChecklist checklist;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "service_report")
    public WorkOrderDtos.ServiceReport serviceReport;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sign_off")
    public WorkOrderDtos.SignOff signOff;

    /** The customer's signature: loaded only when read (lists and views need only {@link #hasSignature}). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png")
    public byte[] signaturePng;

    /** Whether the order holds a signature, read by the database instead of the image itself. */
    @Formula("(signature_png is not null)")
    public boolean hasSignature;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "fault_category")
    public String faultCategory;

    @Column(name = "work_done_at")
    public OffsetDateTime workDoneAt;

    @Column(name = "rework_of_id")
    public UUID reworkOfId;

    @Column(name = "connection_application_id")
    public UUID connectionApplicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rework_cause")
    public WorkOrderDtos.ReworkCause reworkCause;

    @Column(name = "rework_attributed_by")
    public String reworkAttributedBy;

    @Column(name = "rework_attributed_at")
    public OffsetDateTime reworkAttributedAt;

    /** The on-site promise: from the request's registration (or the order's creation) to check-in. */
    @Embedded
    public PromiseClock promise;

    /** Given to an outsourcing partner (its crew is the partner's); read only here, the partner feature links it. */
    @Formula("(exists (select 1 from partner_order p where p.tenant_id = tenant_id and p.work_order_id = id))")
    public boolean givenToPartner;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /** Installers on the job: the lead first, then the helpers. */
    List<UUID> crew() {
        java.util.ArrayList<UUID> crew = new java.util.ArrayList<>();
        if (leadInstallerId != null) {
            crew.add(leadInstallerId);
        }
        crew.addAll(helperIds);
        return crew;
    }

    /**
     * The crew checks in on site at {@code arrived}. A late arrival: after the appointment window opened plus the
     * tenant's grace minutes; its lateness counts from the window's opening.
     */
    void checkIn(OffsetDateTime arrived, int graceMinutes, Double latitude, Double longitude) {
        checkedInAt = arrived;
        checkInLatitude = latitude;
        checkInLongitude = longitude;
        late = arrived.isAfter(appointmentStart.plusMinutes(graceMinutes));
        lateMinutes = late ? (int) java.time.Duration.between(appointmentStart, arrived).toMinutes() : null;
    }
}
