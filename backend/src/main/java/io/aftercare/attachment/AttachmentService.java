package io.aftercare.attachment;

import io.aftercare.api.Ids;
import io.aftercare.api.Sha256;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Files kept with work orders and certificates. The type is decided by the file's own first bytes, never by the
 * declared Content-Type, and the size limit is the tenant's setting.
 */
@ApplicationScoped
public class AttachmentService {

    static final String ENTITY = "attachment";

    private final EntityManager db;
    private final SettingsService settings;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final AuditLog audit;

    public AttachmentService(EntityManager db, SettingsService settings, TenantContext tenants, CurrentUser caller, AuditLog audit) {
        this.db = db;
        this.settings = settings;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public AttachmentDtos.AttachmentView store(AttachmentDtos.OwnerType ownerType, UUID ownerId, AttachmentDtos.Kind kind,
                                               String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw ProblemException.invalidField("body", "the file is empty");
        }
        long limit = settings.current().dispatch().attachmentMaxMegabytes() * 1024L * 1024L;
        if (data.length > limit) {
            throw new ProblemException(413, "attachment-too-large", "Attachment too large",
                    "The file has " + data.length + " bytes; your tenant accepts at most " + limit + " bytes per attachment.",
                    List.of(new FieldError("body", "larger than " + settings.current().dispatch().attachmentMaxMegabytes() + " MB")));
        }
        String contentType = detect(data);
        if (contentType == null) {
            throw new ProblemException(415, "unsupported-file-type", "Unsupported file type",
                    "Attachments may be JPEG, PNG, WebP, PDF or MP4; this file is none of them.",
                    List.of(new FieldError("body", "not a JPEG, PNG, WebP, PDF or MP4 file")));
        }
        if (!ownerExists(ownerType, ownerId)) {
            throw ProblemException.invalidField("ownerId", "no " + ownerType + " of your tenant has this id");
        }
        Attachment a = new Attachment();
        a.id = Ids.newId();
        a.ownerType = ownerType;
        a.ownerId = ownerId;
        a.kind = kind;
        a.contentType = contentType;
        a.fileName = fileName == null ? null : fileName.replaceAll("[\\r\\n\"/\\\\]", "_");
        a.sizeBytes = data.length;
        a.sha256 = Sha256.hex(data);
        a.data = data;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.createdBy = caller.username();
        a.persistAndFlush();
        AttachmentDtos.AttachmentView view = AttachmentDtos.AttachmentView.of(a);
        audit.record("attachment.created", ENTITY, a.id, null, view);
        return view;
    }

    @Transactional
    public List<AttachmentDtos.AttachmentView> list(AttachmentDtos.OwnerType ownerType, UUID ownerId) {
        return Attachment.<Attachment>list("ownerType = ?1 and ownerId = ?2 order by id", ownerType, ownerId).stream()
                .map(AttachmentDtos.AttachmentView::of).toList();
    }

    public record Content(String contentType, String fileName, byte[] data) {
    }

    @Transactional
    public Content content(UUID id) {
        Attachment a = Attachment.<Attachment>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The attachment " + id));
        return new Content(a.contentType, a.fileName, a.data);
    }

    @Transactional
    public void delete(UUID id) {
        Attachment a = Attachment.<Attachment>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The attachment " + id));
        AttachmentDtos.AttachmentView before = AttachmentDtos.AttachmentView.of(a);
        a.delete();
        audit.record("attachment.deleted", ENTITY, id, before, null);
    }

    /** The content type the bytes show, or null when they are not an accepted kind of file. */
    static String detect(byte[] d) {
        if (starts(d, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return "image/jpeg";
        }
        if (starts(d, 0, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte) 0x0A)) {
            return "image/png";
        }
        if (ascii(d, 0, "RIFF") && ascii(d, 8, "WEBP")) {
            return "image/webp";
        }
        if (ascii(d, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (ascii(d, 4, "ftyp")) {
            return "video/mp4";
        }
        return null;
    }

    /** The owner is looked up in the tenant explicitly as well as through row-level security. */
    private boolean ownerExists(AttachmentDtos.OwnerType type, UUID id) {
        String table = switch (type) {
            case WORK_ORDER -> "work_order";
            case CERTIFICATION -> "certification";
        };
        return !db.createNativeQuery("select 1 from " + table + " where tenant_id = cast(?1 as uuid) and id = ?2")
                .setParameter(1, tenants.require().toString()).setParameter(2, id).getResultList().isEmpty();
    }

    private static boolean starts(byte[] d, int offset, byte... prefix) {
        return d.length >= offset + prefix.length && Arrays.equals(Arrays.copyOfRange(d, offset, offset + prefix.length), prefix);
    }

    private static boolean ascii(byte[] d, int offset, String text) {
        return starts(d, offset, text.getBytes(StandardCharsets.US_ASCII));
    }

}
