package io.aftercare.campaign;

import io.aftercare.notification.NotificationDtos;
import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A maintenance campaign (预约维护): who is told, in which words, and when they may book a visit. */
@Entity
@Table(name = "campaign")
public class Campaign extends TenantOwned {

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignDtos.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationDtos.Channel channel;

    @Column(name = "installed_within_months")
    public Integer installedWithinMonths;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "warranty_ending_within_days")
    public Integer warrantyEndingWithinDays;

    @Column(name = "service_point_id")
    public UUID servicePointId;

    @Column(name = "not_serviced_for_months")
    public Integer notServicedForMonths;

    @Column(name = "message_zh", nullable = false)
    public String messageZh;

    @Column(name = "message_en", nullable = false)
    public String messageEn;

    @Column(name = "visits_from", nullable = false)
    public LocalDate visitsFrom;

    @Column(name = "visits_until", nullable = false)
    public LocalDate visitsUntil;

    @Column(name = "slot_capacity", nullable = false)
    public int slotCapacity;

    @Column(name = "quiet_from")
    public LocalTime quietFrom;

    @Column(name = "quiet_until")
    public LocalTime quietUntil;

    @Column(name = "send_at")
    public OffsetDateTime sendAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignDtos.Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "launched_at")
    public OffsetDateTime launchedAt;

    @Column(name = "launched_by")
    public String launchedBy;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    CampaignDtos.Segment segment() {
        return new CampaignDtos.Segment(installedWithinMonths, productId, warrantyEndingWithinDays, servicePointId, notServicedForMonths);
    }
}
