package io.aftercare.partner;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A work order given to a partner under an agreement, with the manager's sign-off and any damage the partner owes. */
@Entity
@Table(name = "partner_order")
public class PartnerOrder extends TenantOwned {

    @Column(name = "work_order_id", nullable = false, updatable = false)
    public UUID workOrderId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(nullable = false)
    public int units;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "damage_amount")
    public BigDecimal damageAmount;

    @Column(name = "damage_note")
    public String damageNote;

    /** The confirmed statement that settled these units; null while unsettled. */
    /** When a staff member of the partner took the job (the partner's acceptance; the manager's is {@link #acceptedAt}). */
    @Column(name = "taken_at")
    public OffsetDateTime takenAt;

    @Column(name = "taken_by")
    public String takenBy;

    @Column(name = "reported_done_at")
    public OffsetDateTime reportedDoneAt;

    @Column(name = "reported_done_by")
    public String reportedDoneBy;

    @Column(name = "done_note")
    public String doneNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "done_photo_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> donePhotoIds = new ArrayList<>();

    @Column(name = "statement_id")
    public UUID statementId;

    @Version
    public int version;
}
