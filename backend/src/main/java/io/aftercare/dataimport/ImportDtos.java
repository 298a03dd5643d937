package io.aftercare.dataimport;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ImportDtos {

    private ImportDtos() {
    }

    @Schema(name = "ImportKind", description = "What an import file holds.")
    public enum ImportKind { CUSTOMERS, ASSETS }

    @Schema(name = "ImportStatus", description = "QUEUED: waiting for a worker; RUNNING: rows are being imported; DONE: "
            + "every row was imported or reported; FAILED: the job stopped (see `failureReason`), rows imported before stay.")
    public enum ImportStatus { QUEUED, RUNNING, DONE, FAILED }

    @Schema(name = "ImportJob", description = "A CSV import and its progress. Rows are imported in batches; the counts "
            + "grow after each batch. `processedRows` = `createdRows` + `failedRows`.",
            requiredProperties = {"id", "kind", "status", "totalRows", "processedRows", "createdRows", "failedRows",
                    "createdAt", "createdBy"})
    public record ImportJobView(
            UUID id,
            ImportKind kind,
            ImportStatus status,
            @Schema(description = "Data rows in the file (the header and empty rows not counted).", minimum = "0", maximum = "2147483647")
            int totalRows,
            @Schema(minimum = "0", maximum = "2147483647") int processedRows,
            @Schema(description = "Rows that became customers or assets.", minimum = "0", maximum = "2147483647") int createdRows,
            @Schema(description = "Rows not imported; read why at `/errors`.", minimum = "0", maximum = "2147483647") int failedRows,
            OffsetDateTime createdAt,
            @Schema(description = "Who uploaded the file.") @Size(max = 255) String createdBy,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            @Schema(description = "Why the job FAILED.") @Size(max = 500) String failureReason) {

        static ImportJobView of(ImportJob j) {
            return new ImportJobView(j.id, j.kind, j.status, j.totalRows, j.processedRows, j.createdRows, j.failedRows,
                    j.createdAt, j.createdBy, j.startedAt, j.finishedAt, j.failure);
        }
    }

    @Schema(name = "ImportJobPage", requiredProperties = "items")
    public record ImportJobPage(@Size(max = 200) List<ImportJobView> items,
                                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "ImportRowError", description = "Why one row of the file was not imported.",
            requiredProperties = {"row", "field", "message"})
    public record ImportRowErrorView(
            @Schema(description = "The spreadsheet's row number: the header is row 1, the first data row is 2.",
                    minimum = "2", maximum = "2147483647") int row,
            @Schema(description = "The CSV column, or `row` for the row as a whole.", examples = "phone") @Size(max = 100) String field,
            @Schema(examples = "a customer with this phone exists; not imported") @Size(max = 500) String message) {

        static ImportRowErrorView of(ImportRowError e) {
            return new ImportRowErrorView(e.rowNumber, e.field, e.message);
        }
    }

    @Schema(name = "ImportRowErrorPage", requiredProperties = "items")
    public record ImportRowErrorPage(@Size(max = 200) List<ImportRowErrorView> items,
                                     @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                     @Size(max = 200) String nextCursor) {
    }
}
