package io.aftercare.attachment;

import java.util.UUID;

/**
 * A kind of record that owns files. Every attachment read and write asks the owner's own feature whether the caller
 * may see the owner (and so its files) or change it, so a file is never more visible than what it belongs to.
 * Each {@link AttachmentDtos.OwnerType} has exactly one implementation (a test checks it).
 */
public interface AttachmentOwner {

    AttachmentDtos.OwnerType type();

    /** Whether the caller may see this owner; false for an unknown id, another tenant's, or one hidden from the caller. */
    boolean canSee(UUID ownerId);

    /** Whether the caller may add files to this owner or remove them (only asked when {@link #canSee} holds). */
    boolean canChange(UUID ownerId);

    /** How the owner names itself in a 404, the same words its own endpoints use. */
    String describe(UUID ownerId);
}
