package io.aftercare.partner;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.money.Money;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Work orders given to a partner under one of its agreements: the assignment, the manager's sign-off once the customer
 * signed, damage the partner caused, and the daily quota against the units done.
 */
@ApplicationScoped
public class PartnerOrders {

    static final String ORDER_ENTITY = "partner-order";
    static final Set<WorkOrderStatus> CUSTOMER_SIGNED_STATES =
            EnumSet.of(WorkOrderStatus.SIGNED_OFF, WorkOrderStatus.REPORTED_IN, WorkOrderStatus.FILED, WorkOrderStatus.CLOSED);
    static final int MAX_QUOTA_DAYS = 366;

    private final WorkOrderQueries workOrders;
    private final TenantService tenantService;
    private final CurrentUser caller;
    private final AuditLog audit;

    public PartnerOrders(WorkOrderQueries workOrders, TenantService tenantService, CurrentUser caller, AuditLog audit) {
        this.workOrders = workOrders;
        this.tenantService = tenantService;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<PartnerDtos.PartnerOrderAdminView> list(UUID partnerId, Integer limit, String cursor) {
        PartnerService.find(partnerId);
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        List<PartnerOrder> rows = after == null
                ? PartnerOrder.<PartnerOrder>find("partnerId = ?1 order by id", partnerId).page(0, pageSize + 1).list()
                : PartnerOrder.<PartnerOrder>find("partnerId = ?1 and id > ?2 order by id", partnerId, after).page(0, pageSize + 1).list();
        Map<UUID, WorkOrderDtos.Progress> progress = workOrders.progress(rows.stream().map(o -> o.workOrderId).toList());
        return Keyset.slice(rows, pageSize, o -> o.id, o -> view(o, progress.get(o.workOrderId)));
    }

    @Transactional
    public PartnerDtos.PartnerOrderAdminView get(UUID id) {
        return view(findOrder(id));
    }

    /** Gives a work order to the partner under one of its agreements. */
    @Transactional
    public PartnerDtos.PartnerOrderAdminView assign(UUID partnerId, PartnerDtos.AssignOrderRequest request) {
        PartnerService.find(partnerId);
        PartnerAgreement agreement = PartnerAgreement.<PartnerAgreement>findByIdOptional(request.agreementId())
                .filter(a -> a.partnerId.equals(partnerId))
                .orElseThrow(() -> ProblemException.invalidField("agreementId", "is not an agreement of this partner"));
        WorkOrderDtos.Progress progress = workOrders.progress(List.of(request.workOrderId())).get(request.workOrderId());
        if (progress == null) {
            throw ProblemException.invalidField("workOrderId", "no work order of your tenant has this id");
        }
        if (progress.status() == WorkOrderStatus.CANCELLED) {
            throw ProblemException.invalidField("workOrderId", "the work order is cancelled");
        }
        if (PartnerOrder.count("workOrderId", request.workOrderId()) > 0) {
            throw new ProblemException(409, "partner-order-taken", "Work order given to a partner already",
                    "Work order " + progress.number() + " is given to a partner already.",
                    List.of(new FieldError("workOrderId", "is given to a partner already")));
        }
        PartnerOrder order = new PartnerOrder();
        order.id = Ids.newId();
        order.workOrderId = request.workOrderId();
        order.partnerId = partnerId;
        order.agreementId = agreement.id;
        order.units = request.units() == null ? 1 : request.units();
        order.dueDate = request.dueDate();
        order.assignedAt = PartnerService.now();
        order.assignedBy = caller.username();
        order.persistAndFlush();
        PartnerDtos.PartnerOrderAdminView view = view(order, progress);
        audit.record("partner.order-assigned", ORDER_ENTITY, order.id, null, view);
        return view;
    }

    /** The manager's sign-off; only after the customer signed the acceptance. */
    @Transactional
    public PartnerDtos.PartnerOrderAdminView accept(UUID id, PartnerDtos.AcceptRequest request) {
        PartnerOrder order = current(id, request.version());
        WorkOrderDtos.Progress progress = workOrders.progress(List.of(order.workOrderId)).get(order.workOrderId);
        if (order.acceptedAt != null) {
            throw new ProblemException(409, "partner-order-accepted", "Already accepted",
                    "Work order " + progress.number() + " was accepted already.", List.of(new FieldError("acceptedAt", "is set")));
        }
        if (!customerSigned(progress)) {
            throw new ProblemException(409, "partner-order-unsigned", "Customer has not signed",
                    "Work order " + progress.number() + " is " + progress.status() + " without the customer's signed acceptance.",
                    List.of(new FieldError("workOrderStatus", "is " + progress.status())));
        }
        PartnerDtos.PartnerOrderAdminView before = view(order, progress);
        order.acceptedAt = PartnerService.now();
        order.acceptedBy = caller.username();
        order.flush();
        PartnerDtos.PartnerOrderAdminView after = view(order, progress);
        audit.record("partner.order-accepted", ORDER_ENTITY, order.id, before, after);
        return after;
    }

    /** Damage the partner caused; it is deducted on the statement. Not once a confirmed statement settled the order. */
    @Transactional
    public PartnerDtos.PartnerOrderAdminView damage(UUID id, PartnerDtos.DamageRequest request) {
        PartnerOrder order = current(id, request.version());
        if (order.statementId != null) {
            throw new ProblemException(409, "partner-order-settled", "Order settled",
                    "The order is on a confirmed statement; record the damage on a later one by another order or adjustment.",
                    List.of(new FieldError("statementId", "is set")));
        }
        PartnerDtos.PartnerOrderAdminView before = view(order);
        order.damageAmount = Money.parse("amount", request.amount());
        order.damageNote = request.note().strip();
        order.flush();
        PartnerDtos.PartnerOrderAdminView after = view(order);
        audit.record("partner.order-damage", ORDER_ENTITY, order.id, before, after);
        return after;
    }

    /** Per day: units whose work was done that day against the covering agreement's daily quota. */
    @Transactional
    public PartnerDtos.QuotaView quota(UUID partnerId, LocalDate from, LocalDate to) {
        PartnerService.find(partnerId);
        if (from == null) {
            throw ProblemException.invalidField("from", "is required");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "is required");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_QUOTA_DAYS) {
            throw ProblemException.invalidField("to", "at most " + MAX_QUOTA_DAYS + " days from from");
        }
        ZoneId zone = tenantService.currentZone();
        List<PartnerOrder> orders = PartnerOrder.list("partnerId = ?1 and assignedAt < ?2", partnerId,
                to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        Map<UUID, WorkOrderDtos.Progress> progress = workOrders.progress(orders.stream().map(o -> o.workOrderId).toList());
        Map<LocalDate, Integer> done = new HashMap<>();
        for (PartnerOrder o : orders) {
            WorkOrderDtos.Progress p = progress.get(o.workOrderId);
            if (p != null && p.workDoneAt() != null && p.status() != WorkOrderStatus.CANCELLED) {
                done.merge(p.workDoneAt().atZoneSameInstant(zone).toLocalDate(), o.units, Integer::sum);
            }
        }
        List<PartnerAgreement> agreements = PartnerAgreement.list("partnerId = ?1 and firstDay <= ?2 and lastDay >= ?3 order by firstDay",
                partnerId, to, from);
        List<PartnerDtos.QuotaDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Integer quota = null;
            for (PartnerAgreement a : agreements) { // the latest-starting agreement covering the day wins
                if (!day.isBefore(a.firstDay) && !day.isAfter(a.lastDay)) {
                    quota = a.dailyQuota;
                }
            }
            int units = done.getOrDefault(day, 0);
            days.add(new PartnerDtos.QuotaDay(day, units, quota, quota == null ? null : Math.max(0, quota - units)));
        }
        return new PartnerDtos.QuotaView(partnerId, from, to, days);
    }

    static boolean customerSigned(WorkOrderDtos.Progress progress) {
        return progress != null && CUSTOMER_SIGNED_STATES.contains(progress.status()) && progress.customerSigned();
    }

    private static PartnerOrder findOrder(UUID id) {
        return PartnerOrder.<PartnerOrder>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The partner order " + id));
    }

    private static PartnerOrder current(UUID id, int version) {
        PartnerOrder order = findOrder(id);
        if (version != order.version) {
            throw ProblemException.staleVersion("Partner order " + id, version, order.version);
        }
        return order;
    }

    private PartnerDtos.PartnerOrderAdminView view(PartnerOrder o) {
        return view(o, workOrders.progress(List.of(o.workOrderId)).get(o.workOrderId));
    }

    private static PartnerDtos.PartnerOrderAdminView view(PartnerOrder o, WorkOrderDtos.Progress p) {
        return new PartnerDtos.PartnerOrderAdminView(o.id, o.workOrderId, p == null ? "" : p.number(), p == null ? null : p.status(),
                o.partnerId, o.agreementId, o.units, o.dueDate, o.assignedAt, p == null ? null : p.workDoneAt(), customerSigned(p),
                o.acceptedAt != null, o.acceptedAt, o.acceptedBy, Money.format(o.damageAmount), o.damageNote, o.statementId, o.version);
    }
}
