package io.aftercare.dataimport;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * CSV imports of customers and assets. The upload is checked (encoding, header) and counted while the request
 * waits, stored in a new job, and imported in the background by {@link ImportQueue}.
 * <p>
 * The uploaded file is kept as bytes in the job row rather than parsed into a staging table: storing it is one
 * insert, so the upload answers at once whatever the file's size (a staging table costs the request an insert
 * per row, 50 000 for a large file, before it can answer), and a job interrupted by a restart resumes from the
 * file after its last committed batch. The file is at most the 12 MB body limit and is deleted when the job ends.
 */
@ApplicationScoped
public class ImportService {

    static final String ENTITY = "import";
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final CustomerImportFormat customerFormat;
    private final AssetImportFormat assetFormat;
    private final ImportQueue queue;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final EntityManager db;
    private final int leaseSeconds;

    public ImportService(CustomerImportFormat customerFormat, AssetImportFormat assetFormat, ImportQueue queue, TenantContext tenants,
                  CurrentUser caller, AuditLog audit, EntityManager db,
                  @ConfigProperty(name = "aftercare.import.lease-seconds", defaultValue = "120") int leaseSeconds) {
        this.customerFormat = customerFormat;
        this.assetFormat = assetFormat;
        this.queue = queue;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
        this.db = db;
        this.leaseSeconds = leaseSeconds;
    }

    /** What Idempotency-Key replays compare: the same key with another file is refused. */
    public record Upload(ImportDtos.ImportKind kind, String sha256, int bytes) {
    }

    public static Upload fingerprint(ImportDtos.ImportKind kind, byte[] csv) {
        try {
            return new Upload(kind, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)), csv.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks and counts the file and stores it in a new QUEUED job. The job is claimed for this replica: after the
     * transaction commits, call {@link #start} with the same claim.
     */
    @Transactional
    public ImportDtos.ImportJobView accept(ImportDtos.ImportKind kind, byte[] csv, UUID claim) {
        int rows = count(format(kind), csv);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ImportJob job = new ImportJob();
        job.id = Ids.newId();
        job.kind = kind;
        job.status = ImportDtos.ImportStatus.QUEUED;
        job.totalRows = rows;
        job.createdBy = caller.username();
        job.createdAt = now;
        job.claim = claim;
        job.heartbeatAt = now;
        job.persistAndFlush();
        db.createNativeQuery("update import_job set csv = ?1 where tenant_id = ?2 and id = ?3")
                .setParameter(1, csv).setParameter(2, tenants.require()).setParameter(3, job.id).executeUpdate();
        ImportDtos.ImportJobView view = ImportDtos.ImportJobView.of(job);
        audit.record("import.created", ENTITY, job.id, null, view);
        return view;
    }

    /** Hands an accepted job to this replica's workers. */
    public void start(UUID jobId, UUID claim) {
        queue.submit(tenants.require(), jobId, claim);
    }

    /**
     * The job's progress. A job whose worker has gone (a restart, a crashed replica: no heartbeat for the lease) is
     * claimed here and resumed after its last committed batch, so watching a job is enough to finish it.
     */
    public ImportDtos.ImportJobView get(UUID id) {
        UUID tenant = tenants.require();
        Watched watched = QuarkusTransaction.requiringNew().call(() -> watch(id));
        if (watched.claim() != null) {
            queue.submit(tenant, id, watched.claim());
        }
        return watched.view();
    }

    /** Newest first. */
    @Transactional
    public Keyset.Slice<ImportDtos.ImportJobView> list(ImportDtos.ImportKind kind, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        List<ImportJob> rows = query.rows((where, params) -> ImportJob.find(where, params));
        return Keyset.slice(rows, query.limit(), j -> j.id, ImportDtos.ImportJobView::of);
    }

    /** The job's row errors in file order. Two queries whatever the page size. */
    @Transactional
    public Keyset.Slice<ImportDtos.ImportRowErrorView> errors(UUID jobId, Integer limit, String cursor) {
        find(jobId);
        int pageSize = Keyset.limit(limit);
        int[] after = ErrorCursor.parse(cursor);
        List<ImportRowError> rows = (after == null
                ? ImportRowError.<ImportRowError>find("jobId = ?1 order by rowNumber, seq", jobId)
                : ImportRowError.<ImportRowError>find(
                "jobId = ?1 and (rowNumber > ?2 or (rowNumber = ?2 and seq > ?3)) order by rowNumber, seq",
                jobId, after[0], (short) after[1])).page(0, pageSize + 1).list();
        boolean more = rows.size() > pageSize;
        List<ImportRowError> page = more ? rows.subList(0, pageSize) : rows;
        ImportRowError last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Keyset.Slice<>(page.stream().map(ImportDtos.ImportRowErrorView::of).toList(),
                more ? ErrorCursor.of(last.rowNumber, last.seq) : null);
    }

    ImportFormat format(ImportDtos.ImportKind kind) {
        return switch (kind) {
            case CUSTOMERS -> customerFormat;
            case ASSETS -> assetFormat;
        };
    }

    private record Watched(ImportDtos.ImportJobView view, UUID claim) {
    }

    private Watched watch(UUID id) {
        ImportJob job = find(id);
        boolean open = job.status == ImportDtos.ImportStatus.QUEUED || job.status == ImportDtos.ImportStatus.RUNNING;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (open && job.heartbeatAt.isBefore(now.minusSeconds(leaseSeconds)) && !queue.isHere(id)) {
            UUID claim = UUID.randomUUID();
            int claimed = db.createQuery("""
                            update ImportJob set claim = :claim, heartbeatAt = :now
                            where id = :id and claim = :previous and heartbeatAt < :stale""")
                    .setParameter("claim", claim).setParameter("now", now).setParameter("id", id)
                    .setParameter("previous", job.claim).setParameter("stale", now.minusSeconds(leaseSeconds))
                    .executeUpdate();
            if (claimed == 1) {
                LOG.infof("Import %s had no heartbeat since %s; resuming it after row %d", id, job.heartbeatAt, job.processedRows);
                return new Watched(ImportDtos.ImportJobView.of(job), claim);
            }
        }
        return new Watched(ImportDtos.ImportJobView.of(job), null);
    }

    private static ImportJob find(UUID id) {
        return ImportJob.<ImportJob>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The import " + id));
    }

    /** Checks encoding and header, and counts the data rows; reads one row at a time. */
    static int count(ImportFormat format, byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw ProblemException.invalidField("body", "the file is empty; its first row names the columns: "
                    + String.join(",", format.columns()));
        }
        try (CsvReader reader = CsvReader.utf8(csv)) {
            columns(format, reader.next());
            int rows = 0;
            for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
                if (!blank(cells)) {
                    rows++;
                }
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidField("body", "the file is not UTF-8 text; in Excel save it as \"CSV UTF-8\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header's column names, checked: known, each once, the required ones present. Trailing empty cells are ignored. */
    static List<String> columns(ImportFormat format, List<String> header) {
        List<String> names = new ArrayList<>(header.stream().map(ImportService::columnName).toList());
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                errors.add(new FieldError("header", "column " + (i + 1) + " has no name"));
            } else if (!format.columns().contains(name)) {
                errors.add(new FieldError("header", "unknown column '" + name + "'; allowed: " + String.join(", ", format.columns())));
            } else if (!seen.add(name)) {
                errors.add(new FieldError("header", "column '" + name + "' appears twice"));
            }
        }
        format.columns().stream().filter(c -> format.requiredColumns().contains(c) && !seen.contains(c))
                .forEach(c -> errors.add(new FieldError("header", "missing column '" + c + "'")));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The header row of the file is not one this import reads.", errors);
        }
        return names;
    }

    /** "Serial Number" and "serial-number" name the column serial_number. */
    static String columnName(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Keyset cursor over (row, seq), opaque to clients. */
    static final class ErrorCursor {

        private ErrorCursor() {
        }

        static String of(int row, short seq) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((row + "." + seq).getBytes(StandardCharsets.US_ASCII));
        }

        static int[] parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
                return new int[] {Integer.parseInt(parts[0]), Short.parseShort(parts[1])};
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("The cursor is not one this API issued.",
                        List.of(new FieldError("cursor", "unknown cursor; pass nextCursor from the previous page")));
            }
        }
    }
}
