package io.aftercare.campaign;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One customer in one campaign: written at launch (once per customer), then opened, booked or opted out through the link. */
@Entity
@Table(name = "campaign_recipient")
public class CampaignRecipient extends TenantOwned {

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    /** The secret in the personal booking link. */
    @Column(nullable = false)
    public String token;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignDtos.RecipientStatus status;

    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "booked_at")
    public OffsetDateTime bookedAt;

    @Column(name = "booked_slot_start")
    public OffsetDateTime bookedSlotStart;

    @Column(name = "service_request_id")
    public UUID serviceRequestId;

    @Column(name = "opted_out_at")
    public OffsetDateTime optedOutAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
