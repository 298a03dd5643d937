package io.aftercare.connection;

import io.aftercare.attachment.AttachmentDtos;
import io.aftercare.attachment.AttachmentOwner;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** An application's files (design scans, the plan notice, inspection photos) are the office's: managers and dispatchers. */
@ApplicationScoped
public class ConnectionFiles implements AttachmentOwner {

    private final CurrentUser caller;

    public ConnectionFiles(CurrentUser caller) {
        this.caller = caller;
    }

    @Override
    public AttachmentDtos.OwnerType type() {
        return AttachmentDtos.OwnerType.CONNECTION_APPLICATION;
    }

    @Override
    @Transactional
    public boolean canSee(UUID ownerId) {
        return office() && ConnectionApplication.count("id", ownerId) > 0;
    }

    @Override
    public boolean canChange(UUID ownerId) {
        return office();
    }

    @Override
    public String describe(UUID ownerId) {
        return "The connection application " + ownerId;
    }

    private boolean office() {
        return caller.roles().contains(Roles.MANAGER) || caller.roles().contains(Roles.DISPATCHER);
    }
}
