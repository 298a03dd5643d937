package io.aftercare.installer;

import io.aftercare.attachment.AttachmentDtos;
import io.aftercare.attachment.AttachmentOwner;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * A certificate's scans are seen by managers and dispatchers, and by the installer who holds it; like the certificate
 * itself, only managers and dispatchers add or remove them.
 */
@ApplicationScoped
public class CertificateFiles implements AttachmentOwner {

    private final InstallerService installers;
    private final CurrentUser caller;

    public CertificateFiles(InstallerService installers, CurrentUser caller) {
        this.installers = installers;
        this.caller = caller;
    }

    @Override
    public AttachmentDtos.OwnerType type() {
        return AttachmentDtos.OwnerType.CERTIFICATION;
    }

    @Override
    public boolean canSee(UUID ownerId) {
        return installers.certificateHolder(ownerId)
                .filter(holder -> office() || holder.toString().equals(caller.id()))
                .isPresent();
    }

    @Override
    public boolean canChange(UUID ownerId) {
        return office();
    }

    @Override
    public String describe(UUID ownerId) {
        return "The certification " + ownerId;
    }

    private boolean office() {
        return caller.roles().contains(Roles.MANAGER) || caller.roles().contains(Roles.DISPATCHER);
    }
}
