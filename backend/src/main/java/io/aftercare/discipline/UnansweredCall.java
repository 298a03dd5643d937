package io.aftercare.discipline;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A call to an installer that went unanswered, recorded by a dispatcher or a telephony integration. */
@Entity
@Table(name = "unanswered_call")
public class UnansweredCall extends TenantOwned {

    @Column(name = "installer_id", nullable = false)
    public UUID installerId;

    @Column(name = "called_at", nullable = false)
    public OffsetDateTime calledAt;

    @Column(name = "external_id")
    public String externalId;

    public String note;

    /** Within the tenant's phone-duty hours when called: only then does the rule apply. */
    @Column(name = "within_duty", nullable = false)
    public boolean withinDuty;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
