package io.aftercare.dataimport;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports a job's file in batches, each in its own transaction in the job's tenant: the batch's rows, their errors
 * and the job's progress commit together, so the counts a person watches are always what is in the database and
 * a resumed job continues exactly after the last committed batch. A row that fails is reported and never stops the
 * others; a batch that fails as a whole (a concurrent write took a phone or serial) is tried once more.
 */
@ApplicationScoped
public class ImportProcessor {

    private static final Logger LOG = Logger.getLogger(ImportProcessor.class);

    private final TenantContext tenants;
    private final EntityManager db;
    private final AuditLog audit;
    private final CustomerImportFormat customerFormat;
    private final AssetImportFormat assetFormat;
    private final int batchSize;

    public ImportProcessor(TenantContext tenants, EntityManager db, AuditLog audit, CustomerImportFormat customerFormat,
                           AssetImportFormat assetFormat,
                           @ConfigProperty(name = "aftercare.import.batch-size", defaultValue = "500") int batchSize) {
        this.tenants = tenants;
        this.db = db;
        this.audit = audit;
        this.customerFormat = customerFormat;
        this.assetFormat = assetFormat;
        this.batchSize = batchSize;
    }

    @ActivateRequestContext
    public void process(UUID tenant, UUID jobId, UUID claim) {
        MDC.put("tenant", tenant.toString());
        try {
            tenants.runAs(tenant, () -> run(jobId, claim));
        } finally {
            MDC.remove("tenant");
        }
    }

    private record Begun(ImportDtos.ImportKind kind, byte[] csv, int processedRows) {
    }

    private record Row(int number, List<String> cells) {
    }

    private void run(UUID jobId, UUID claim) {
        Begun begun = QuarkusTransaction.requiringNew().call(() -> begin(jobId, claim));
        if (begun == null) {
            return;
        }
        ImportFormat format = begun.kind() == ImportDtos.ImportKind.CUSTOMERS ? customerFormat : assetFormat;
        try (CsvReader csv = CsvReader.utf8(begun.csv())) {
            List<String> columns = ImportService.columns(format, csv.next());
            int skip = begun.processedRows();
            List<Row> batch = new ArrayList<>(batchSize);
            for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
                if (ImportService.blank(cells)) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                batch.add(new Row(csv.recordNumber(), cells));
                if (batch.size() == batchSize) {
                    if (Thread.currentThread().isInterrupted() || !commit(jobId, claim, format, columns, batch)) {
                        return;
                    }
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty() && !commit(jobId, claim, format, columns, batch)) {
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, claim, ImportDtos.ImportStatus.DONE, null));
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.infof("Import %s interrupted; it resumes when next watched", jobId);
                return;
            }
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Import %s failed errorId=%s", jobId, errorId);
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, claim, ImportDtos.ImportStatus.FAILED,
                    "An unexpected error stopped the import; the rows imported before it stay. errorId " + errorId));
        }
    }

    private Begun begin(UUID jobId, UUID claim) {
        ImportJob job = claimed(jobId, claim);
        if (job == null) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        job.status = ImportDtos.ImportStatus.RUNNING;
        if (job.startedAt == null) {
            job.startedAt = now;
        }
        job.heartbeatAt = now;
        byte[] csv = (byte[]) db.createNativeQuery("select csv from import_job where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenants.current()).setParameter(2, jobId).getSingleResult();
        return new Begun(job.kind, csv, job.processedRows);
    }

    /** Tries a batch twice: a concurrent write may have taken a phone or serial that the second try reports. */
    private boolean commit(UUID jobId, UUID claim, ImportFormat format, List<String> columns, List<Row> batch) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> importBatch(jobId, claim, format, columns, batch));
        } catch (RuntimeException first) {
            LOG.warnf(first, "Import %s: the batch from row %d failed; trying it once more", jobId, batch.get(0).number());
            return QuarkusTransaction.requiringNew().call(() -> importBatch(jobId, claim, format, columns, batch));
        }
    }

    private boolean importBatch(UUID jobId, UUID claim, ImportFormat format, List<String> columns, List<Row> batch) {
        db.unwrap(Session.class).setJdbcBatchSize(batchSize);
        // The tables grow under the import: a plan cached while they were small (a sequential scan) would stay and
        // make every later batch's look-ups slower. Plan each statement for the table as it is now.
        db.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        ImportJob job = claimed(jobId, claim);
        if (job == null) {
            return false;
        }
        List<List<FieldError>> outcomes = new ArrayList<>(batch.size());
        List<Map<String, String>> rows = new ArrayList<>(batch.size());
        List<Integer> rowIndex = new ArrayList<>(batch.size());
        for (Row row : batch) {
            List<FieldError> errors = new ArrayList<>();
            Map<String, String> values = values(columns, row.cells(), errors);
            outcomes.add(errors);
            if (errors.isEmpty()) {
                rows.add(values);
                rowIndex.add(outcomes.size() - 1);
            }
        }
        List<List<FieldError>> imported = format.importBatch(rows);
        for (int j = 0; j < imported.size(); j++) {
            outcomes.get(rowIndex.get(j)).addAll(imported.get(j));
        }
        int created = 0;
        for (int i = 0; i < batch.size(); i++) {
            List<FieldError> errors = outcomes.get(i);
            if (errors.isEmpty()) {
                created++;
                continue;
            }
            for (int seq = 0; seq < errors.size(); seq++) {
                ImportRowError error = new ImportRowError();
                error.id = Ids.newId();
                error.jobId = jobId;
                error.rowNumber = batch.get(i).number();
                error.seq = (short) seq;
                error.field = errors.get(seq).field();
                error.message = truncate(errors.get(seq).message(), 500);
                error.persist();
            }
        }
        job.processedRows += batch.size();
        job.createdRows += created;
        job.failedRows += batch.size() - created;
        job.heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
        return true;
    }

    private void finish(UUID jobId, UUID claim, ImportDtos.ImportStatus status, String failure) {
        ImportJob job = claimed(jobId, claim);
        if (job == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        job.status = status;
        job.failure = failure;
        job.finishedAt = now;
        job.heartbeatAt = now;
        db.flush();
        // The file holds customers' personal data: keep it no longer than the import needs it.
        db.createNativeQuery("update import_job set csv = null where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenants.current()).setParameter(2, jobId).executeUpdate();
        audit.record(status == ImportDtos.ImportStatus.DONE ? "import.finished" : "import.failed", ImportService.ENTITY,
                jobId, null, ImportDtos.ImportJobView.of(job));
        LOG.infof("Import %s %s: %d rows, %d created, %d failed", jobId, status, job.processedRows, job.createdRows, job.failedRows);
    }

    /** The job, locked, if this worker still holds it and it is not over; null otherwise. */
    private ImportJob claimed(UUID jobId, UUID claim) {
        ImportJob job = db.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !claim.equals(job.claim)
                || (job.status != ImportDtos.ImportStatus.QUEUED && job.status != ImportDtos.ImportStatus.RUNNING)) {
            return null;
        }
        return job;
    }

    /** A row's non-empty values by column; cells beyond the header's columns must be empty. */
    private static Map<String, String> values(List<String> columns, List<String> cells, List<FieldError> errors) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (i >= columns.size()) {
                errors.add(new FieldError("row", "has a value in column " + (i + 1) + " but the header names only "
                        + columns.size() + " columns"));
                return values;
            }
            if (value.indexOf('\u0000') >= 0) {
                // PostgreSQL stores no NUL character: one would fail the whole batch instead of this row.
                errors.add(new FieldError(columns.get(i), "contains a NUL character"));
                continue;
            }
            values.put(columns.get(i), value);
        }
        return values;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
