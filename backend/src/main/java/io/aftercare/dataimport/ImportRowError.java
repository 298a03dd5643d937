package io.aftercare.dataimport;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** Why one row of an import file was not imported; a row may have several. */
@Entity
@Table(name = "import_error")
public class ImportRowError extends TenantOwned {

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    /** The spreadsheet's row number: the header is row 1. */
    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    /** Orders the errors of one row. */
    @Column(nullable = false)
    public short seq;

    /** The CSV column, or {@code row} for the row as a whole. */
    @Column(nullable = false)
    public String field;

    @Column(nullable = false)
    public String message;
}
