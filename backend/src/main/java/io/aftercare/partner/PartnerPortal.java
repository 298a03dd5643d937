package io.aftercare.partner;

import io.aftercare.api.Keyset;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partner portal's reads: which partner the calling staff member works for, and that partner's jobs, minimised to
 * what the job needs (the agreement: no more customer data than that).
 */
@ApplicationScoped
public class PartnerPortal {

    private final WorkOrderQueries workOrders;
    private final CustomerDirectory customers;
    private final CurrentUser caller;

    public PartnerPortal(WorkOrderQueries workOrders, CustomerDirectory customers, CurrentUser caller) {
        this.workOrders = workOrders;
        this.customers = customers;
        this.caller = caller;
    }

    /** The partner the calling partner-staff user works for; 403 when they are linked to none. */
    @Transactional
    public UUID callerPartner() {
        UUID me;
        try {
            me = UUID.fromString(caller.id());
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("Your account is not a staff account of a partner.");
        }
        PartnerStaff link = PartnerStaff.<PartnerStaff>find("staffUserId", me).firstResult();
        if (link == null) {
            throw ProblemException.forbidden("Your account is not linked to a partner; ask the tenant's manager.");
        }
        return link.partnerId;
    }

    @Transactional
    public Keyset.Slice<PartnerDtos.PartnerOrderView> myOrders(Integer limit, String cursor) {
        UUID partnerId = callerPartner();
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        List<PartnerOrder> rows = after == null
                ? PartnerOrder.<PartnerOrder>find("partnerId = ?1 order by id", partnerId).page(0, pageSize + 1).list()
                : PartnerOrder.<PartnerOrder>find("partnerId = ?1 and id > ?2 order by id", partnerId, after).page(0, pageSize + 1).list();
        Function<PartnerOrder, PartnerDtos.PartnerOrderView> views = portalViews(rows.size() > pageSize ? rows.subList(0, pageSize) : rows);
        return Keyset.slice(rows, pageSize, o -> o.id, views);
    }

    /** One of the caller's partner's jobs, by work order id; any other order answers 404 like an unknown id. */
    @Transactional
    public PartnerDtos.PartnerOrderView myOrder(UUID workOrderId) {
        UUID partnerId = callerPartner();
        PartnerOrder order = PartnerOrder.<PartnerOrder>find("workOrderId = ?1 and partnerId = ?2", workOrderId, partnerId).firstResult();
        if (order == null) {
            throw ProblemException.notFound("The work order " + workOrderId);
        }
        return portalViews(List.of(order)).apply(order);
    }

    /** Minimised views of these orders, with everything they need loaded in a fixed number of queries. */
    private Function<PartnerOrder, PartnerDtos.PartnerOrderView> portalViews(List<PartnerOrder> orders) {
        Map<UUID, WorkOrderDtos.WorkOrderView> wos = workOrders.views(orders.stream().map(o -> o.workOrderId).collect(Collectors.toSet()));
        Map<UUID, CustomerDtos.Card> cards = customers.cards(wos.values().stream().map(WorkOrderDtos.WorkOrderView::customerId)
                .collect(Collectors.toSet()));
        Map<UUID, String> addresses = customers.siteAddresses(wos.values().stream().map(WorkOrderDtos.WorkOrderView::siteId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, PartnerAgreement> agreements = PartnerService.agreementsById(orders.stream().map(o -> o.agreementId).collect(Collectors.toSet()));
        return o -> {
            WorkOrderDtos.WorkOrderView wo = wos.get(o.workOrderId);
            CustomerDtos.Card card = cards.getOrDefault(wo.customerId(), new CustomerDtos.Card("", null));
            WorkOrderDtos.InstallationRecord record = wo.installationRecord();
            List<String> serials = record == null || record.deviceSerials() == null ? List.of()
                    : record.deviceSerials().stream().map(Redaction::serial).toList();
            PartnerAgreement agreement = agreements.get(o.agreementId);
            boolean signed = PartnerOrders.CUSTOMER_SIGNED_STATES.contains(wo.status()) && wo.signOff() != null && !wo.signOff().refused();
            return new PartnerDtos.PartnerOrderView(wo.id(), wo.number(), wo.status(), o.units, o.dueDate, Redaction.surname(card.name()),
                    Redaction.phone(card.phone()), wo.siteId() == null ? null : addresses.get(wo.siteId()), wo.appointment(), wo.description(),
                    agreement == null ? null : agreement.technicalStandard, record == null ? null : record.vehiclePlate(), serials, signed,
                    o.acceptedAt != null, o.takenAt != null, o.takenAt, o.reportedDoneAt, o.doneNote, List.copyOf(o.donePhotoIds));
        };
    }
}
