package io.aftercare.installer;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Tools handed to an installer; closed when returned, or reported lost or damaged. */
@Entity
@Table(name = "tool_issue")
public class ToolIssue extends TenantOwned {

    @Column(name = "installer_id", nullable = false)
    public UUID installerId;

    @Column(name = "catalog_item_id", nullable = false)
    public UUID catalogItemId;

    @Column(nullable = false)
    public int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ToolDtos.ToolStatus status;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public String report;

    @Version
    public int version;
}
