package io.aftercare.connection;

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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A connection application (报装接电) and where it stands; its steps' records hang off it. */
@Entity
@Table(name = "connection_application")
@DynamicUpdate // the promise watch and the validity watch mark their columns concurrently
public class ConnectionApplication extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionDtos.Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionDtos.ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "supply_class", nullable = false)
    public ConnectionDtos.SupplyClass supplyClass;

    @Column(name = "capacity_kva", nullable = false)
    public BigDecimal capacityKva;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionDtos.Source source;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "site_address", nullable = false)
    public String siteAddress;

    public String description;

    @Column(name = "delay_explanation")
    public String delayExplanation;

    @Column(name = "delay_explained_at")
    public OffsetDateTime delayExplainedAt;

    public String plan;

    @Column(name = "plan_notified_at")
    public OffsetDateTime planNotifiedAt;

    @Column(name = "plan_original_valid_until")
    public LocalDate planOriginalValidUntil;

    @Column(name = "plan_valid_until")
    public LocalDate planValidUntil;

    @Column(name = "plan_expiry_warned_at")
    public OffsetDateTime planExpiryWarnedAt;

    @Column(name = "design_revision", nullable = false)
    public int designRevision;

    @Column(name = "fees_paid_on")
    public LocalDate feesPaidOn;

    @Column(name = "construction_started_on")
    public LocalDate constructionStartedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "contractor_kind")
    public ConnectionDtos.ContractorKind contractorKind;

    @Column(name = "partner_id")
    public UUID partnerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "crew_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> crewIds;

    @Column(name = "supply_contract_number")
    public String supplyContractNumber;

    @Column(name = "contract_signed_on")
    public LocalDate contractSignedOn;

    @Column(name = "meter_number")
    public String meterNumber;

    @Column(name = "connected_at")
    public OffsetDateTime connectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    public ConnectionDtos.CancelReason cancelReason;

    @Column(name = "cancel_note")
    public String cancelNote;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Embedded
    public PromiseClock promise;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
