package io.aftercare.attachment;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class AttachmentDtos {

    private AttachmentDtos() {
    }

    @Schema(name = "AttachmentOwnerType", description = "What the file belongs to.")
    public enum OwnerType { WORK_ORDER, CERTIFICATION, CONNECTION_APPLICATION }

    @Schema(name = "AttachmentKind")
    public enum Kind { PHOTO, VIDEO, SIGNATURE, CERTIFICATE_SCAN, DOCUMENT }

    @Schema(name = "Attachment", requiredProperties = {"id", "ownerType", "ownerId", "kind", "contentType", "sizeBytes", "sha256",
            "createdAt", "createdBy"})
    public record AttachmentView(
            UUID id,
            OwnerType ownerType,
            UUID ownerId,
            Kind kind,
            @Schema(description = "Detected from the bytes: image/jpeg, image/png, image/webp, application/pdf or video/mp4.")
            @Size(max = 40) String contentType,
            @Size(max = 255) String fileName,
            @Schema(minimum = "1", maximum = "104857600") int sizeBytes,
            @Size(max = 64) String sha256,
            OffsetDateTime createdAt,
            @Size(max = 255) String createdBy) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id, a.ownerType, a.ownerId, a.kind, a.contentType, a.fileName, a.sizeBytes, a.sha256,
                    a.createdAt, a.createdBy);
        }
    }

    @Schema(name = "AttachmentList", requiredProperties = "items")
    public record AttachmentList(@Size(max = 500) List<AttachmentView> items) {
    }

    /** What other features check about a file without loading its bytes. */
    public record AttachmentRef(UUID id, OwnerType ownerType, UUID ownerId, Kind kind, String createdBy) {
    }
}
