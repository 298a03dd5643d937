package io.aftercare.partner;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.money.Money;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.staff.StaffDtos;
import io.aftercare.staff.StaffService;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Outsourcing partners, their staff, agreements and the work orders given to them; the manager's sign-off and damage;
 * the daily quota; and the partner portal's minimised view of their own jobs.
 */
@ApplicationScoped
public class PartnerService {

    static final String ENTITY = "partner";
    static final String ORDER_ENTITY = "partner-order";
    static final Set<WorkOrderStatus> CUSTOMER_SIGNED_STATES =
            EnumSet.of(WorkOrderStatus.SIGNED_OFF, WorkOrderStatus.REPORTED_IN, WorkOrderStatus.FILED, WorkOrderStatus.CLOSED);
    static final int MAX_QUOTA_DAYS = 366;

    private final SettingsService settings;
    private final StaffService staff;
    private final WorkOrderQueries workOrders;
    private final CustomerDirectory customers;
    private final TenantService tenantService;
    private final CurrentUser caller;
    private final AuditLog audit;

    public PartnerService(SettingsService settings, StaffService staff, WorkOrderQueries workOrders, CustomerDirectory customers,
                          TenantService tenantService, CurrentUser caller, AuditLog audit) {
        this.settings = settings;
        this.staff = staff;
        this.workOrders = workOrders;
        this.customers = customers;
        this.tenantService = tenantService;
        this.caller = caller;
        this.audit = audit;
    }

    // --- partners ---------------------------------------------------------------------------------------------

    @Transactional
    public Keyset.Slice<PartnerDtos.PartnerView> list(Integer limit, String cursor) {
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        List<Partner> rows = after == null
                ? Partner.<Partner>find("order by id").page(0, pageSize + 1).list()
                : Partner.<Partner>find("id > ?1 order by id", after).page(0, pageSize + 1).list();
        Map<UUID, List<PartnerDtos.StaffMember>> members = staffOf(rows.stream().map(p -> p.id).toList());
        return Keyset.slice(rows, pageSize, p -> p.id, p -> view(p, members.getOrDefault(p.id, List.of())));
    }

    @Transactional
    public PartnerDtos.PartnerView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public PartnerDtos.PartnerView create(PartnerDtos.CreatePartnerRequest request) {
        String name = request.name().strip();
        if (Partner.count("name", name) > 0) {
            throw ProblemException.conflict("A partner named " + name + " exists already.");
        }
        Partner partner = new Partner();
        partner.id = Ids.newId();
        partner.name = name;
        partner.contacts = request.contacts() == null ? new ArrayList<>() : new ArrayList<>(request.contacts());
        applyBank(partner, request.bankAccount());
        partner.createdAt = now();
        partner.createdBy = caller.username();
        partner.persistAndFlush();
        PartnerDtos.PartnerView view = view(partner);
        audit.record("partner.created", ENTITY, partner.id, null, view);
        return view;
    }

    @Transactional
    public PartnerDtos.PartnerView update(UUID id, PartnerDtos.UpdatePartnerRequest request) {
        Partner partner = find(id);
        if (request.version() != partner.version) {
            throw ProblemException.staleVersion("Partner " + partner.name, request.version(), partner.version);
        }
        PartnerDtos.PartnerView before = view(partner);
        if (request.name() != null) {
            String name = request.name().strip();
            if (name.isEmpty()) {
                throw ProblemException.invalidField("name", "must not be blank");
            }
            if (!name.equals(partner.name) && Partner.count("name", name) > 0) {
                throw ProblemException.conflict("A partner named " + name + " exists already.");
            }
            partner.name = name;
        }
        if (request.contacts() != null) {
            partner.contacts = new ArrayList<>(request.contacts());
        }
        if (request.bankAccount() != null) {
            applyBank(partner, request.bankAccount());
        }
        partner.flush();
        PartnerDtos.PartnerView after = view(partner);
        audit.record("partner.updated", ENTITY, partner.id, before, after);
        return after;
    }

    /** Links a staff user holding the role partner to this partner; a staff user works for one partner at most. */
    @Transactional
    public PartnerDtos.PartnerView linkStaff(UUID partnerId, PartnerDtos.LinkStaffRequest request) {
        Partner partner = find(partnerId);
        StaffDtos.StaffUserView user = staff.byIds(List.of(request.staffUserId())).get(request.staffUserId());
        if (user == null) {
            throw ProblemException.invalidField("staffUserId", "no staff user of your tenant has this id");
        }
        if (!user.roles().contains(StaffDtos.StaffRole.partner)) {
            throw ProblemException.invalidField("staffUserId", "the staff user does not hold the role partner");
        }
        PartnerStaff link = PartnerStaff.<PartnerStaff>find("staffUserId", request.staffUserId()).firstResult();
        if (link != null) {
            if (link.partnerId.equals(partnerId)) {
                return view(partner);
            }
            throw new ProblemException(409, "partner-staff-taken", "Staff user works for another partner",
                    "Staff user " + user.username() + " works for another partner; unlink them there first.",
                    List.of(new FieldError("staffUserId", "works for another partner")));
        }
        link = new PartnerStaff();
        link.id = Ids.newId();
        link.partnerId = partnerId;
        link.staffUserId = request.staffUserId();
        link.linkedAt = now();
        link.linkedBy = caller.username();
        link.persistAndFlush();
        audit.record("partner.staff-linked", ENTITY, partnerId, null, Map.of("staffUserId", request.staffUserId()));
        return view(partner);
    }

    @Transactional
    public void unlinkStaff(UUID partnerId, UUID staffUserId) {
        find(partnerId);
        long removed = PartnerStaff.delete("partnerId = ?1 and staffUserId = ?2", partnerId, staffUserId);
        if (removed == 0) {
            throw ProblemException.notFound("Staff user " + staffUserId + " of partner " + partnerId);
        }
        audit.record("partner.staff-unlinked", ENTITY, partnerId, Map.of("staffUserId", staffUserId), null);
    }

    // --- agreements -------------------------------------------------------------------------------------------

    @Transactional
    public Keyset.Slice<PartnerDtos.AgreementView> agreements(UUID partnerId, Integer limit, String cursor) {
        find(partnerId);
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        List<PartnerAgreement> rows = after == null
                ? PartnerAgreement.<PartnerAgreement>find("partnerId = ?1 order by id", partnerId).page(0, pageSize + 1).list()
                : PartnerAgreement.<PartnerAgreement>find("partnerId = ?1 and id > ?2 order by id", partnerId, after).page(0, pageSize + 1).list();
        return Keyset.slice(rows, pageSize, a -> a.id, PartnerService::view);
    }

    /** An agreement; omitted quota and percentages are the tenant's current settings, copied so they stay as agreed. */
    @Transactional
    public PartnerDtos.AgreementView createAgreement(UUID partnerId, PartnerDtos.CreateAgreementRequest request) {
        find(partnerId);
        if (request.lastDay().isBefore(request.firstDay())) {
            throw ProblemException.invalidField("lastDay", "must not be before firstDay");
        }
        SettingsDtos.PartnerSettings terms = settings.current().partners();
        PartnerAgreement agreement = new PartnerAgreement();
        agreement.id = Ids.newId();
        agreement.partnerId = partnerId;
        agreement.feePerUnit = Money.parse("feePerUnit", request.feePerUnit());
        agreement.dailyQuota = request.dailyQuota() != null ? request.dailyQuota() : terms.minimumUnitsPerDay();
        agreement.firstDay = request.firstDay();
        agreement.lastDay = request.lastDay();
        agreement.delayDeductionPercentPerDay = percent("delayDeductionPercentPerDay",
                request.delayDeductionPercentPerDay() != null ? request.delayDeductionPercentPerDay() : terms.delayDeductionPercentPerDay());
        agreement.complaintDeductionPercent = percent("complaintDeductionPercent",
                request.complaintDeductionPercent() != null ? request.complaintDeductionPercent() : terms.complaintDeductionPercent());
        agreement.technicalStandard = request.technicalStandard() == null ? null : request.technicalStandard().strip();
        agreement.createdAt = now();
        agreement.createdBy = caller.username();
        agreement.persistAndFlush();
        PartnerDtos.AgreementView view = view(agreement);
        audit.record("partner.agreement-created", ENTITY, partnerId, null, view);
        return view;
    }

    // --- orders -----------------------------------------------------------------------------------------------

    @Transactional
    public Keyset.Slice<PartnerDtos.PartnerOrderAdminView> orders(UUID partnerId, Integer limit, String cursor) {
        find(partnerId);
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        List<PartnerOrder> rows = after == null
                ? PartnerOrder.<PartnerOrder>find("partnerId = ?1 order by id", partnerId).page(0, pageSize + 1).list()
                : PartnerOrder.<PartnerOrder>find("partnerId = ?1 and id > ?2 order by id", partnerId, after).page(0, pageSize + 1).list();
        Map<UUID, WorkOrderDtos.Progress> progress = workOrders.progress(rows.stream().map(o -> o.workOrderId).toList());
        return Keyset.slice(rows, pageSize, o -> o.id, o -> view(o, progress.get(o.workOrderId)));
    }

    @Transactional
    public PartnerDtos.PartnerOrderAdminView order(UUID id) {
        return view(findOrder(id));
    }

    /** Gives a work order to the partner under one of its agreements. */
    @Transactional
    public PartnerDtos.PartnerOrderAdminView assign(UUID partnerId, PartnerDtos.AssignOrderRequest request) {
        find(partnerId);
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
        order.assignedAt = now();
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
        order.acceptedAt = now();
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

    // --- quota ------------------------------------------------------------------------------------------------

    /** Per day: units whose work was done that day against the covering agreement's daily quota. */
    @Transactional
    public PartnerDtos.QuotaView quota(UUID partnerId, LocalDate from, LocalDate to) {
        find(partnerId);
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

    // --- partner portal ---------------------------------------------------------------------------------------

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
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, PartnerAgreement> agreements = agreementsById(orders.stream().map(o -> o.agreementId).collect(Collectors.toSet()));
        return o -> {
            WorkOrderDtos.WorkOrderView wo = wos.get(o.workOrderId);
            CustomerDtos.Card card = cards.getOrDefault(wo.customerId(), new CustomerDtos.Card("", null));
            WorkOrderDtos.InstallationRecord record = wo.installationRecord();
            List<String> serials = record == null || record.deviceSerials() == null ? List.of()
                    : record.deviceSerials().stream().map(Redaction::serial).toList();
            PartnerAgreement agreement = agreements.get(o.agreementId);
            boolean signed = CUSTOMER_SIGNED_STATES.contains(wo.status()) && wo.signOff() != null && !wo.signOff().refused();
            return new PartnerDtos.PartnerOrderView(wo.id(), wo.number(), wo.status(), o.units, o.dueDate, Redaction.surname(card.name()),
                    Redaction.phone(card.phone()), wo.siteId() == null ? null : addresses.get(wo.siteId()), wo.appointment(), wo.description(),
                    agreement == null ? null : agreement.technicalStandard, record == null ? null : record.vehiclePlate(), serials, signed,
                    o.acceptedAt != null, o.takenAt != null, o.takenAt, o.reportedDoneAt, o.doneNote, List.copyOf(o.donePhotoIds));
        };
    }

    // --- shared -----------------------------------------------------------------------------------------------

    static boolean customerSigned(WorkOrderDtos.Progress progress) {
        return progress != null && CUSTOMER_SIGNED_STATES.contains(progress.status()) && progress.customerSigned();
    }

    static Map<UUID, PartnerAgreement> agreementsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        return PartnerAgreement.<PartnerAgreement>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, a -> a));
    }

    static Partner find(UUID id) {
        return Partner.<Partner>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The partner " + id));
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

    private static BigDecimal percent(String field, String value) {
        BigDecimal percent = Money.parse(field, value);
        if (percent.signum() < 0 || percent.compareTo(new BigDecimal(100)) > 0) {
            throw ProblemException.invalidField(field, "must be between 0 and 100");
        }
        return percent;
    }

    private static void applyBank(Partner partner, PartnerDtos.BankAccount bank) {
        if (bank == null) {
            return;
        }
        partner.bankAccountName = Texts.blankToNull(bank.accountName());
        partner.bankName = Texts.blankToNull(bank.bank());
        partner.bankAccountNumber = bank.accountNumber() == null ? null : bank.accountNumber().replaceAll("[ -]", "");
    }


    private Map<UUID, List<PartnerDtos.StaffMember>> staffOf(Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Collections.emptyMap();
        }
        List<PartnerStaff> links = PartnerStaff.list("partnerId in ?1 order by linkedAt", partnerIds);
        Map<UUID, StaffDtos.StaffUserView> users = staff.byIds(links.stream().map(l -> l.staffUserId).toList());
        Map<UUID, List<PartnerDtos.StaffMember>> members = new HashMap<>();
        for (PartnerStaff l : links) {
            StaffDtos.StaffUserView u = users.get(l.staffUserId);
            if (u != null) {
                members.computeIfAbsent(l.partnerId, k -> new ArrayList<>())
                        .add(new PartnerDtos.StaffMember(u.id(), u.username(), u.firstName(), u.lastName()));
            }
        }
        return members;
    }

    private PartnerDtos.PartnerView view(Partner p) {
        return view(p, staffOf(List.of(p.id)).getOrDefault(p.id, List.of()));
    }

    private static PartnerDtos.PartnerView view(Partner p, List<PartnerDtos.StaffMember> members) {
        PartnerDtos.BankAccountView bank = p.bankAccountName == null && p.bankName == null && p.bankAccountNumber == null ? null
                : new PartnerDtos.BankAccountView(p.bankAccountName, p.bankName, Redaction.bankAccount(p.bankAccountNumber));
        return new PartnerDtos.PartnerView(p.id, p.name, List.copyOf(p.contacts), bank, members, p.createdAt, p.version);
    }

    static PartnerDtos.AgreementView view(PartnerAgreement a) {
        return new PartnerDtos.AgreementView(a.id, a.partnerId, Money.format(a.feePerUnit), a.dailyQuota, a.firstDay, a.lastDay,
                Money.format(a.delayDeductionPercentPerDay), Money.format(a.complaintDeductionPercent), a.technicalStandard, a.createdAt,
                a.version);
    }

    private PartnerDtos.PartnerOrderAdminView view(PartnerOrder o) {
        return view(o, workOrders.progress(List.of(o.workOrderId)).get(o.workOrderId));
    }

    private static PartnerDtos.PartnerOrderAdminView view(PartnerOrder o, WorkOrderDtos.Progress p) {
        return new PartnerDtos.PartnerOrderAdminView(o.id, o.workOrderId, p == null ? "" : p.number(), p == null ? null : p.status(),
                o.partnerId, o.agreementId, o.units, o.dueDate, o.assignedAt, p == null ? null : p.workDoneAt(), customerSigned(p),
                o.acceptedAt != null, o.acceptedAt, o.acceptedBy, Money.format(o.damageAmount), o.damageNote, o.statementId, o.version);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
