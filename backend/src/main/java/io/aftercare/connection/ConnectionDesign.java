package io.aftercare.connection;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A design revision handed in for review, and its written opinion once reviewed. */
@Entity
@Table(name = "connection_design")
public class ConnectionDesign extends TenantOwned {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public int copies;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ConnectionDtos.DocumentItem> documents;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Enumerated(EnumType.STRING)
    public ConnectionDtos.ReviewResult result;

    public String opinion;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;
}
