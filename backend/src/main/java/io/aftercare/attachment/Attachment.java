package io.aftercare.attachment;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file kept with a work order or a certificate. The bytes load only when asked for. */
@Entity
@Table(name = "attachment")
public class Attachment extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false)
    public AttachmentDtos.OwnerType ownerType;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttachmentDtos.Kind kind;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] data;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
