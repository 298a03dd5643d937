package io.aftercare.attachment;

import io.aftercare.api.Ids;
import io.aftercare.api.Sha256;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Files kept with work orders and certificates, as visible as what they belong to (see {@link AttachmentOwner}). The type is decided by the file's own first bytes, never by the
 * declared Content-Type, and the size limit is the tenant's setting.
 */
@ApplicationScoped
public class AttachmentService {

    static final String ENTITY = "attachment";

    private final SettingsService settings;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final Map<AttachmentDtos.OwnerType, AttachmentOwner> owners = new EnumMap<>(AttachmentDtos.OwnerType.class);

    public AttachmentService(SettingsService settings, CurrentUser caller, AuditLog audit, Instance<AttachmentOwner> owners) {
        this.settings = settings;
        this.caller = caller;
        this.audit = audit;
        owners.forEach(owner -> this.owners.put(owner.type(), owner));
    }

    /** The owner types whose feature answers for their files' visibility. */
    public Set<AttachmentDtos.OwnerType> governedOwnerTypes() {
        return Set.copyOf(owners.keySet());
    }

    @Transactional
    public AttachmentDtos.AttachmentView store(AttachmentDtos.OwnerType ownerType, UUID ownerId, AttachmentDtos.Kind kind,
                                               String fileName, byte[] data) {
        requireVisible(ownerType, ownerId);
        requireChangeable(owner(ownerType), ownerId);
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
        requireVisible(ownerType, ownerId);
        return Attachment.<Attachment>list("ownerType = ?1 and ownerId = ?2 order by id", ownerType, ownerId).stream()
                .map(AttachmentDtos.AttachmentView::of).toList();
    }

    public record Content(String contentType, String fileName, byte[] data) {
    }

    @Transactional
    public Content content(UUID id) {
        Attachment a = visible(id);
        return new Content(a.contentType, a.fileName, a.data);
    }

    @Transactional
    public void delete(UUID id) {
        Attachment a = visible(id);
        requireChangeable(owner(a.ownerType), a.ownerId);
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

    /** Owner, kind and uploader of these attachments of the tenant, by id, in one query (no file bytes); unknown ids are absent. */
    @Transactional
    public Map<UUID, AttachmentDtos.AttachmentRef> refs(java.util.Collection<UUID> ids) {
        Map<UUID, AttachmentDtos.AttachmentRef> refs = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Attachment.getEntityManager().createQuery(
                            "select a.id, a.ownerType, a.ownerId, a.kind, a.createdBy from Attachment a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> refs.put((UUID) r[0], new AttachmentDtos.AttachmentRef((UUID) r[0],
                            (AttachmentDtos.OwnerType) r[1], (UUID) r[2], (AttachmentDtos.Kind) r[3], (String) r[4])));
        }
        return refs;
    }

    /** Whether the caller may see this attachment: it exists in the tenant and the caller may see its owner. */
    @Transactional
    public boolean readable(UUID id) {
        return Attachment.<Attachment>findByIdOptional(id).filter(a -> owner(a.ownerType).canSee(a.ownerId)).isPresent();
    }

    /** The attachment, if the caller may see its owner; otherwise the same 404 as for an id that does not exist. */
    private Attachment visible(UUID id) {
        return Attachment.<Attachment>findByIdOptional(id)
                .filter(a -> owner(a.ownerType).canSee(a.ownerId))
                .orElseThrow(() -> ProblemException.notFound("The attachment " + id));
    }

    private void requireVisible(AttachmentDtos.OwnerType type, UUID ownerId) {
        AttachmentOwner owner = owner(type);
        if (!owner.canSee(ownerId)) {
            throw ProblemException.notFound(owner.describe(ownerId));
        }
    }

    /** Asked once the owner is known to be visible (its 404 comes first). */
    private static void requireChangeable(AttachmentOwner owner, UUID ownerId) {
        if (!owner.canChange(ownerId)) {
            throw ProblemException.forbidden("Your roles do not allow adding or removing files of " + owner.describe(ownerId) + ".");
        }
    }

    private AttachmentOwner owner(AttachmentDtos.OwnerType type) {
        AttachmentOwner owner = owners.get(type);
        if (owner == null) {
            throw new IllegalStateException("No AttachmentOwner answers for " + type);
        }
        return owner;
    }

    private static boolean starts(byte[] d, int offset, byte... prefix) {
        return d.length >= offset + prefix.length && Arrays.equals(Arrays.copyOfRange(d, offset, offset + prefix.length), prefix);
    }

    private static boolean ascii(byte[] d, int offset, String text) {
        return starts(d, offset, text.getBytes(StandardCharsets.US_ASCII));
    }

}
