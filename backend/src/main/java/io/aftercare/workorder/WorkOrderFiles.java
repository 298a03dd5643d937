package io.aftercare.workorder;

import io.aftercare.attachment.AttachmentDtos;
import io.aftercare.attachment.AttachmentOwner;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Photos, videos and signatures of a work order are seen and added by whoever may see the order: its crew, dispatchers,
 * managers, and the staff of the partner the order was given to.
 */
@ApplicationScoped
public class WorkOrderFiles implements AttachmentOwner {

    private final WorkOrderQueries orders;

    public WorkOrderFiles(WorkOrderQueries orders) {
        this.orders = orders;
    }

    @Override
    public AttachmentDtos.OwnerType type() {
        return AttachmentDtos.OwnerType.WORK_ORDER;
    }

    @Override
    public boolean canSee(UUID ownerId) {
        return orders.isVisible(ownerId);
    }

    @Override
    public boolean canChange(UUID ownerId) {
        return orders.isVisible(ownerId);
    }

    @Override
    public String describe(UUID ownerId) {
        return "The work order " + ownerId;
    }
}
