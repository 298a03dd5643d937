package io.aftercare.partner;

import io.aftercare.complaint.ComplaintService;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.money.Money;
import io.aftercare.persistence.Conditions;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Settlement statements of partners: computed from the accepted, customer-signed orders whose work was done in the
 * period, with the agreements' deductions for delay and verified complaints, and the damage the partner pays.
 * See {@link PartnerDtos.StatementView} for the arithmetic.
 */
@ApplicationScoped
public class PartnerStatementService {

    static final String ENTITY = "partner-statement";
    private static final Set<PartnerDtos.StatementStatus> SHOWN_TO_PARTNER =
            EnumSet.of(PartnerDtos.StatementStatus.CONFIRMED, PartnerDtos.StatementStatus.PAID);

    private final PartnerPortal portal;
    private final ComplaintService complaints;
    private final WorkOrderQueries workOrders;
    private final TenantService tenantService;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final EntityManager db;

    public PartnerStatementService(PartnerPortal portal, ComplaintService complaints, WorkOrderQueries workOrders,
                                   TenantService tenantService, HumanNumbers numbers, CurrentUser caller, AuditLog audit,
                                   EntityManager db) {
        this.db = db;
        this.portal = portal;
        this.complaints = complaints;
        this.workOrders = workOrders;
        this.tenantService = tenantService;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<PartnerDtos.StatementSummary> list(UUID partnerId, Integer limit, String cursor) {
        PartnerService.find(partnerId);
        return page(partnerId, false, limit, cursor);
    }

    @Transactional
    public PartnerDtos.StatementView get(UUID partnerId, UUID id) {
        return view(find(partnerId, id));
    }

    @Transactional
    public PartnerDtos.StatementView create(UUID partnerId, PartnerDtos.CreateStatementRequest request) {
        PartnerService.find(partnerId);
        if (request.periodTo().isBefore(request.periodFrom())) {
            throw ProblemException.invalidField("periodTo", "must not be before periodFrom");
        }
        if (ChronoUnit.DAYS.between(request.periodFrom(), request.periodTo()) > 366) {
            throw ProblemException.invalidField("periodTo", "a statement covers at most 367 days");
        }
        PartnerStatement statement = new PartnerStatement();
        statement.id = Ids.newId();
        statement.number = numbers.next("PS");
        statement.partnerId = partnerId;
        statement.periodFrom = request.periodFrom();
        statement.periodTo = request.periodTo();
        statement.status = PartnerDtos.StatementStatus.DRAFT;
        statement.createdAt = PartnerService.now();
        statement.createdBy = caller.username();
        List<PartnerStatementLine> lines = compute(statement);
        statement.persist();
        lines.forEach(l -> l.persist());
        statement.flush();
        PartnerDtos.StatementView view = view(statement, lines);
        audit.record("partner.statement-drafted", ENTITY, statement.id, null, view);
        return view;
    }

    /** Computes the draft again from the orders as they are now (acceptances, damage, complaints). */
    @Transactional
    public PartnerDtos.StatementView recompute(UUID partnerId, UUID id, PartnerDtos.StatementActionRequest request) {
        PartnerStatement statement = draft(partnerId, id, request.version(), "recomputed");
        PartnerDtos.StatementView before = view(statement);
        PartnerStatementLine.delete("statementId", statement.id);
        PartnerStatementLine.flush();
        List<PartnerStatementLine> lines = compute(statement);
        lines.forEach(l -> l.persist());
        statement.flush();
        PartnerDtos.StatementView after = view(statement, lines);
        audit.record("partner.statement-recomputed", ENTITY, statement.id, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID partnerId, UUID id) {
        PartnerStatement statement = find(partnerId, id);
        if (statement.status != PartnerDtos.StatementStatus.DRAFT) {
            throw wrongStatus(statement, "only a draft may be deleted");
        }
        PartnerDtos.StatementView before = view(statement);
        PartnerStatementLine.delete("statementId", statement.id);
        statement.delete();
        audit.record("partner.statement-deleted", ENTITY, id, before, null);
    }

    /** The manager confirms the draft: its orders are settled and no other statement counts them. */
    @Transactional
    public PartnerDtos.StatementView confirm(UUID partnerId, UUID id, PartnerDtos.StatementActionRequest request) {
        PartnerStatement statement = draft(partnerId, id, request.version(), "confirmed");
        PartnerDtos.StatementView before = view(statement);
        List<PartnerStatementLine> lines = lines(statement.id);
        Map<UUID, PartnerOrder> orders = lines.isEmpty() ? Map.of() : PartnerOrder.<PartnerOrder>list("id in ?1",
                lines.stream().map(l -> l.partnerOrderId).toList()).stream().collect(Collectors.toMap(o -> o.id, o -> o));
        List<String> settled = lines.stream().filter(l -> orders.get(l.partnerOrderId).statementId != null)
                .map(l -> l.workOrderNumber).toList();
        if (!settled.isEmpty()) {
            throw new ProblemException(409, "partner-units-settled", "Units settled on another statement",
                    "Work orders " + String.join(", ", settled) + " are on a confirmed statement already; recompute this draft.",
                    List.of(new FieldError("lines", "contain settled orders")));
        }
        orders.values().forEach(o -> o.statementId = statement.id);
        statement.status = PartnerDtos.StatementStatus.CONFIRMED;
        statement.confirmedAt = PartnerService.now();
        statement.confirmedBy = caller.username();
        statement.flush();
        PartnerDtos.StatementView after = view(statement, lines);
        audit.record("partner.statement-confirmed", ENTITY, statement.id, before, after);
        return after;
    }

    @Transactional
    public PartnerDtos.StatementView pay(UUID partnerId, UUID id, PartnerDtos.StatementActionRequest request) {
        PartnerStatement statement = current(partnerId, id, request.version());
        if (statement.status != PartnerDtos.StatementStatus.CONFIRMED) {
            throw wrongStatus(statement, "only a confirmed statement may be paid");
        }
        PartnerDtos.StatementView before = view(statement);
        statement.status = PartnerDtos.StatementStatus.PAID;
        statement.paidAt = PartnerService.now();
        statement.paidBy = caller.username();
        statement.flush();
        PartnerDtos.StatementView after = view(statement);
        audit.record("partner.statement-paid", ENTITY, statement.id, before, after);
        return after;
    }

    // --- partner portal: confirmed and paid statements only ------------------------------------------------------

    @Transactional
    public Keyset.Slice<PartnerDtos.StatementSummary> myStatements(Integer limit, String cursor) {
        return page(portal.callerPartner(), true, limit, cursor);
    }

    @Transactional
    public PartnerDtos.StatementView myStatement(UUID id) {
        UUID partnerId = portal.callerPartner();
        PartnerStatement statement = PartnerStatement.<PartnerStatement>findByIdOptional(id)
                .filter(s -> s.partnerId.equals(partnerId) && SHOWN_TO_PARTNER.contains(s.status))
                .orElseThrow(() -> ProblemException.notFound("The statement " + id));
        return view(statement);
    }

    // --- computing --------------------------------------------------------------------------------------------

    private List<PartnerStatementLine> compute(PartnerStatement statement) {
        ZoneId zone = tenantService.currentZone();
        List<PartnerOrder> candidates = PartnerOrder.list("partnerId = ?1 and acceptedAt is not null and statementId is null order by id",
                statement.partnerId);
        Map<UUID, WorkOrderDtos.Progress> progress = workOrders.progress(candidates.stream().map(o -> o.workOrderId).toList());
        List<PartnerOrder> counted = new ArrayList<>();
        Map<UUID, LocalDate> doneOn = new java.util.HashMap<>();
        for (PartnerOrder o : candidates) {
            WorkOrderDtos.Progress p = progress.get(o.workOrderId);
            if (!PartnerOrders.customerSigned(p) || p.workDoneAt() == null) {
                continue;
            }
            LocalDate day = p.workDoneAt().atZoneSameInstant(zone).toLocalDate();
            if (!day.isBefore(statement.periodFrom) && !day.isAfter(statement.periodTo)) {
                counted.add(o);
                doneOn.put(o.id, day);
            }
        }
        Map<UUID, PartnerAgreement> agreements = PartnerService.agreementsById(counted.stream().map(o -> o.agreementId).collect(Collectors.toSet()));
        Map<UUID, Long> verified = complaints.verifiedCountsByWorkOrder(counted.stream().map(o -> o.workOrderId).toList());
        List<PartnerStatementLine> lines = new ArrayList<>();
        for (PartnerOrder o : counted) {
            PartnerAgreement a = agreements.get(o.agreementId);
            PartnerStatementLine line = new PartnerStatementLine();
            line.id = Ids.newId();
            line.statementId = statement.id;
            line.partnerOrderId = o.id;
            line.workOrderId = o.workOrderId;
            line.workOrderNumber = progress.get(o.workOrderId).number();
            line.agreementId = a.id;
            line.units = o.units;
            line.feePerUnit = a.feePerUnit;
            line.amount = Money.times(a.feePerUnit, o.units);
            line.dueDate = o.dueDate;
            line.workDoneOn = doneOn.get(o.id);
            line.daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(o.dueDate, line.workDoneOn));
            line.complaints = verified.getOrDefault(o.workOrderId, 0L).intValue();
            line.damageAmount = o.damageAmount == null ? Money.ZERO : o.damageAmount;
            line.delayDeductionPercentPerDay = a.delayDeductionPercentPerDay;
            line.complaintDeductionPercent = a.complaintDeductionPercent;
            lines.add(line);
        }
        total(statement, lines);
        statement.computedAt = PartnerService.now();
        return lines;
    }

    /** The statement's totals from its lines; deductions per agreement (its gross, days, complaints and percentages). */
    private static void total(PartnerStatement s, List<PartnerStatementLine> lines) {
        Map<UUID, List<PartnerStatementLine>> byAgreement = lines.stream()
                .collect(Collectors.groupingBy(l -> l.agreementId, LinkedHashMap::new, Collectors.toList()));
        BigDecimal delay = BigDecimal.ZERO;
        BigDecimal complaint = BigDecimal.ZERO;
        for (List<PartnerStatementLine> group : byAgreement.values()) {
            BigDecimal gross = Money.sum(group.stream().map(l -> l.amount).toList());
            long days = group.stream().mapToLong(l -> l.daysLate).sum();
            long verified = group.stream().mapToLong(l -> l.complaints).sum();
            PartnerStatementLine first = group.get(0);
            delay = delay.add(Money.percentOf(gross, first.delayDeductionPercentPerDay.multiply(BigDecimal.valueOf(days))));
            complaint = complaint.add(Money.percentOf(gross, first.complaintDeductionPercent.multiply(BigDecimal.valueOf(verified))));
        }
        s.units = lines.stream().mapToInt(l -> l.units).sum();
        s.gross = Money.sum(lines.stream().map(l -> l.amount).toList());
        s.delayDays = lines.stream().mapToInt(l -> l.daysLate).sum();
        s.delayDeduction = Money.of(delay);
        s.complaints = lines.stream().mapToInt(l -> l.complaints).sum();
        s.complaintDeduction = Money.of(complaint);
        s.damageDeduction = Money.sum(lines.stream().map(l -> l.damageAmount).toList());
        s.net = Money.of(s.gross.subtract(s.delayDeduction).subtract(s.complaintDeduction).subtract(s.damageDeduction));
    }

    // --- reading ----------------------------------------------------------------------------------------------

    private Keyset.Slice<PartnerDtos.StatementSummary> page(UUID partnerId, boolean partnerView, Integer limit, String cursor) {
        return page(partnerId, partnerView ? SHOWN_TO_PARTNER : null, limit, cursor);
    }

    /** Statements of every partner, optionally only those in {@code status}; oldest first. */
    @Transactional
    public Keyset.Slice<PartnerDtos.StatementSummary> listAll(PartnerDtos.StatementStatus status, Integer limit, String cursor) {
        return page(null, status == null ? null : Set.of(status), limit, cursor);
    }

    /** A page of statements with their partners' names, in one query; null filters mean "any". */
    private Keyset.Slice<PartnerDtos.StatementSummary> page(UUID partnerId, Set<PartnerDtos.StatementStatus> statuses, Integer limit,
                                                             String cursor) {
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        Conditions where = new Conditions();
        if (partnerId != null) {
            where.and("s.partnerId = :partner", "partner", partnerId);
        }
        if (after != null) {
            where.and("s.id > :after", "after", after);
        }
        if (statuses != null) {
            where.and("s.status in :statuses", "statuses", statuses);
        }
        String conditions = where.query("");
        var query = db.createQuery("select s, p.name from PartnerStatement s join Partner p on p.id = s.partnerId "
                + (conditions.isBlank() ? "" : "where " + conditions) + "order by s.id", Object[].class);
        where.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(pageSize + 1).getResultList();
        return Keyset.slice(rows, pageSize, r -> ((PartnerStatement) r[0]).id, r -> {
            PartnerStatement s = (PartnerStatement) r[0];
            return new PartnerDtos.StatementSummary(s.id, s.number, s.partnerId, (String) r[1], s.periodFrom, s.periodTo, s.status, s.units,
                    Money.format(s.gross), Money.format(s.net), s.version);
        });
    }

    /** The statement with its lines and partner name, for the exports. */
    @Transactional
    public PartnerDtos.StatementView export(UUID partnerId, UUID id) {
        return get(partnerId, id);
    }

    private PartnerStatement draft(UUID partnerId, UUID id, int version, String what) {
        PartnerStatement statement = current(partnerId, id, version);
        if (statement.status != PartnerDtos.StatementStatus.DRAFT) {
            throw wrongStatus(statement, "only a draft may be " + what);
        }
        return statement;
    }

    private static PartnerStatement current(UUID partnerId, UUID id, int version) {
        PartnerStatement statement = find(partnerId, id);
        if (version != statement.version) {
            throw ProblemException.staleVersion("Statement " + statement.number, version, statement.version);
        }
        return statement;
    }

    private static PartnerStatement find(UUID partnerId, UUID id) {
        return PartnerStatement.<PartnerStatement>findByIdOptional(id).filter(s -> s.partnerId.equals(partnerId))
                .orElseThrow(() -> ProblemException.notFound("The statement " + id));
    }

    private static List<PartnerStatementLine> lines(UUID statementId) {
        return PartnerStatementLine.list("statementId = ?1 order by workOrderNumber", statementId);
    }

    private static ProblemException wrongStatus(PartnerStatement s, String why) {
        return new ProblemException(409, "partner-statement-status", "Statement is " + s.status,
                "Statement " + s.number + " is " + s.status + ": " + why + ".", List.of(new FieldError("status", "is " + s.status)));
    }

    private PartnerDtos.StatementView view(PartnerStatement s) {
        return view(s, lines(s.id));
    }

    private PartnerDtos.StatementView view(PartnerStatement s, List<PartnerStatementLine> lines) {
        String partnerName = PartnerService.find(s.partnerId).name;
        List<PartnerDtos.StatementLine> views = lines.stream()
                .sorted(java.util.Comparator.comparing(l -> l.workOrderNumber))
                .map(l -> new PartnerDtos.StatementLine(l.workOrderId, l.workOrderNumber, l.agreementId, l.units, Money.format(l.feePerUnit),
                        Money.format(l.amount), l.dueDate, l.workDoneOn, l.daysLate, l.complaints, Money.format(l.damageAmount),
                        Money.format(l.delayDeductionPercentPerDay), Money.format(l.complaintDeductionPercent))).toList();
        return new PartnerDtos.StatementView(s.id, s.number, s.partnerId, partnerName, s.periodFrom, s.periodTo, s.status, s.units,
                Money.format(s.gross), s.delayDays, Money.format(s.delayDeduction), s.complaints, Money.format(s.complaintDeduction),
                Money.format(s.damageDeduction), Money.format(s.net), views, s.createdAt, s.createdBy, s.computedAt, s.confirmedAt,
                s.confirmedBy, s.paidAt, s.paidBy, s.version);
    }

    /** Statements of all partners still in draft (waiting for the manager's confirmation). */
    @Transactional
    public long draftCount() {
        return PartnerStatement.count("status", PartnerDtos.StatementStatus.DRAFT);
    }
}
