package io.aftercare.dataimport;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CSV import and its progress. The uploaded file sits in the row's {@code csv} column, which this entity does
 * not map: progress reads, several a second while a person watches, never load the file.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ImportDtos.ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportDtos.ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "created_rows", nullable = false)
    public int createdRows;

    @Column(name = "failed_rows", nullable = false)
    public int failedRows;

    /** Why a job FAILED as a whole (rows failing on their own do not fail the job). */
    public String failure;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** The worker that may process the job: it checks this token in every batch it commits. */
    @Column(nullable = false)
    public UUID claim;

    /** Renewed with every committed batch; a job whose heartbeat is old has lost its worker and may be claimed again. */
    @Column(name = "heartbeat_at", nullable = false)
    public OffsetDateTime heartbeatAt;
}
