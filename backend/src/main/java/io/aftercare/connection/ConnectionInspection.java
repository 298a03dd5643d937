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

/** An intermediate or completion inspection against the approved design, with its checklist and findings. */
@Entity
@Table(name = "connection_inspection")
public class ConnectionInspection extends TenantOwned {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionDtos.InspectionStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionDtos.InspectionResult result;

    @Column(name = "design_revision", nullable = false)
    public int designRevision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ConnectionDtos.ChecklistItem> checklist;

    public String findings;

    @Column(nullable = false)
    public String inspector;

    @Column(name = "inspected_at", nullable = false)
    public OffsetDateTime inspectedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
