package io.aftercare.notification;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A tenant's own wording of one message kind in one language. */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate extends TenantOwned {

    @Column(nullable = false)
    public String template;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
