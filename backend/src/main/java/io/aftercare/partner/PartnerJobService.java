package io.aftercare.partner;

import io.aftercare.attachment.AttachmentDtos;
import io.aftercare.attachment.AttachmentService;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.staff.StaffDtos;
import io.aftercare.staff.StaffService;
import io.aftercare.workorder.PartnerJobs;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderLifecycle;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The partner's side of a job given to it: a staff member of the partner takes the job, then reports it done with photos
 * they uploaded to the order. Both steps land on the order's timeline; the order's own lifecycle stays the office's.
 */
@ApplicationScoped
public class PartnerJobService implements PartnerJobs {

    static final String ORDER_ENTITY = PartnerOrders.ORDER_ENTITY;

    private final PartnerPortal portal;
    private final WorkOrderQueries workOrders;
    private final WorkOrderLifecycle lifecycle;
    private final AttachmentService attachments;
    private final StaffService staff;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final EntityManager db;

    public PartnerJobService(PartnerPortal portal, WorkOrderQueries workOrders, WorkOrderLifecycle lifecycle, AttachmentService attachments, StaffService staff,
                             CurrentUser caller, AuditLog audit, EntityManager db) {
        this.portal = portal;
        this.workOrders = workOrders;
        this.lifecycle = lifecycle;
        this.attachments = attachments;
        this.staff = staff;
        this.caller = caller;
        this.audit = audit;
        this.db = db;
    }

    /** Whether the calling partner staff member's partner has this order (one query). */
    @Override
    @Transactional
    public boolean callerWorksOn(UUID workOrderId) {
        UUID me;
        try {
            me = UUID.fromString(caller.id());
        } catch (IllegalArgumentException notAPerson) {
            return false;
        }
        return db.createQuery("""
                        select count(o) from PartnerOrder o, PartnerStaff s
                        where s.partnerId = o.partnerId and s.staffUserId = :me and o.workOrderId = :order""", Long.class)
                .setParameter("me", me).setParameter("order", workOrderId).getSingleResult() > 0;
    }

    /** A staff member of the partner takes the job; 409 partner-order-taken once taken, or when the order is over. */
    @Transactional
    public PartnerDtos.PartnerOrderView take(UUID workOrderId) {
        PartnerOrder order = mine(workOrderId);
        WorkOrderDtos.Progress progress = workOrders.progress(List.of(workOrderId)).get(workOrderId);
        if (order.takenAt != null) {
            throw new ProblemException(409, "partner-order-taken", "Job taken already",
                    "Work order " + progress.number() + " was taken already by " + order.takenBy + ".",
                    List.of(new FieldError("takenAt", "is set")));
        }
        if (progress.status() == WorkOrderStatus.CANCELLED || progress.workDoneAt() != null) {
            throw new ProblemException(409, "partner-order-taken", "Job cannot be taken",
                    "Work order " + progress.number() + " is " + progress.status() + ": there is nothing left to take.",
                    List.of(new FieldError("status", "is " + progress.status())));
        }
        order.takenAt = PartnerService.now();
        order.takenBy = caller.username();
        order.flush();
        lifecycle.recordPartnerStep(workOrderId, "partner-took-job", Map.of("partnerId", order.partnerId.toString()));
        audit.record("partner.order-taken", ORDER_ENTITY, order.id, null, Map.of("workOrderId", workOrderId, "takenBy", order.takenBy));
        return portal.myOrder(workOrderId);
    }

    /**
     * The partner reports the job done with photos it uploaded to this order; 409 partner-order-not-taken before the job was
     * taken, partner-order-reported when it was reported already; 400 naming photoIds for a photo that is not theirs.
     */
    @Transactional
    public PartnerDtos.PartnerOrderView reportDone(UUID workOrderId, PartnerDtos.ReportDoneRequest request) {
        PartnerOrder order = mine(workOrderId);
        if (order.takenAt == null) {
            throw new ProblemException(409, "partner-order-not-taken", "Job not taken",
                    "Take the job before reporting it done.", List.of(new FieldError("takenAt", "is not set")));
        }
        if (order.reportedDoneAt != null) {
            throw new ProblemException(409, "partner-order-reported", "Job reported already",
                    "The job was reported done already by " + order.reportedDoneBy + ".",
                    List.of(new FieldError("reportedDoneAt", "is set")));
        }
        List<UUID> photos = new ArrayList<>(new LinkedHashSet<>(request.photoIds()));
        checkPhotos(order, photos);
        order.reportedDoneAt = PartnerService.now();
        order.reportedDoneBy = caller.username();
        order.doneNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        order.donePhotoIds = photos;
        order.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("photoIds", photos.stream().map(UUID::toString).toList());
        if (order.doneNote != null) {
            details.put("note", order.doneNote);
        }
        lifecycle.recordPartnerStep(workOrderId, "partner-reported-done", details);
        audit.record("partner.order-reported-done", ORDER_ENTITY, order.id, null, details);
        return portal.myOrder(workOrderId);
    }

    /** Each photo must be a PHOTO attachment of this order uploaded by the caller or another staff member of the partner. */
    private void checkPhotos(PartnerOrder order, List<UUID> photos) {
        Map<UUID, AttachmentDtos.AttachmentRef> refs = attachments.refs(photos);
        Set<String> uploaders = new HashSet<>();
        uploaders.add(caller.username());
        List<UUID> staffIds = PartnerStaff.<PartnerStaff>list("partnerId", order.partnerId).stream().map(s -> s.staffUserId).toList();
        staff.byIds(staffIds).values().stream().map(StaffDtos.StaffUserView::username).forEach(uploaders::add);
        List<FieldError> wrong = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            AttachmentDtos.AttachmentRef ref = refs.get(photos.get(i));
            String problem = ref == null || ref.ownerType() != AttachmentDtos.OwnerType.WORK_ORDER || !ref.ownerId().equals(order.workOrderId)
                    ? "photo " + (i + 1) + " (" + photos.get(i) + ") is not an attachment of this order"
                    : ref.kind() != AttachmentDtos.Kind.PHOTO ? "photo " + (i + 1) + " (" + photos.get(i) + ") is a " + ref.kind() + ", not a photo"
                    : !uploaders.contains(ref.createdBy()) ? "photo " + (i + 1) + " (" + photos.get(i) + ") was not uploaded by your partner"
                    : null;
            if (problem != null) {
                wrong.add(new FieldError("photoIds", problem));
            }
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.badRequest(wrong.size() + " of the photos cannot be used for this report.", wrong);
        }
    }

    /** The caller's partner's order for this work order; 404 like an unknown id for any other. */
    private PartnerOrder mine(UUID workOrderId) {
        UUID partnerId = portal.callerPartner();
        PartnerOrder order = PartnerOrder.<PartnerOrder>find("workOrderId = ?1 and partnerId = ?2", workOrderId, partnerId).firstResult();
        if (order == null) {
            throw ProblemException.notFound("The work order " + workOrderId);
        }
        return order;
    }
}
