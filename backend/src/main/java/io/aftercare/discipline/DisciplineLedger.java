package io.aftercare.discipline;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.complaint.ComplaintVerified;
import io.aftercare.followup.FollowUpAnswered;
import io.aftercare.installer.InstallerService;
import io.aftercare.money.Money;
import io.aftercare.money.PayPeriods;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.CompletionRefused;
import io.aftercare.workorder.ReworkAttributed;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderMoved;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The discipline ledger. Rules propose entries from events (work-order transitions, refused completions, rework
 * attributions, verified complaints, follow-up answers, unanswered calls, refused assignments), priced from the tenant's
 * settings at that moment; the manager confirms or waives them, and the installer may appeal once. Processing is
 * idempotent: every event has a key, unique in the tenant, so a replayed event finds its entry and adds none.
 */
@ApplicationScoped
public class DisciplineLedger {

    static final String ENTITY = "discipline-entry";

    private final SettingsService settings;
    private final TenantService tenantService;
    private final InstallerService installers;
    private final WorkOrderQueries workOrders;
    private final PayPeriods payPeriods;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final EntityManager db;

    public DisciplineLedger(SettingsService settings, TenantService tenantService, InstallerService installers, WorkOrderQueries workOrders,
                            PayPeriods payPeriods, HumanNumbers numbers, CurrentUser caller, AuditLog audit, EntityManager db) {
        this.settings = settings;
        this.tenantService = tenantService;
        this.installers = installers;
        this.workOrders = workOrders;
        this.payPeriods = payPeriods;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
        this.db = db;
    }

    // --- rules: events in, proposals out --------------------------------------------------------------------

    void onWorkOrderMoved(@Observes WorkOrderMoved moved) {
        if (moved.checkedIn() && moved.late()) {
            propose(DisciplineDtos.Rule.LATE_ARRIVAL, moved.leadInstallerId(), DisciplineDtos.SourceType.WORK_ORDER, moved.orderId(),
                    "late-arrival:" + moved.orderId(), "Late arrival at " + moved.number()
                            + (moved.lateMinutes() == null ? "" : " (" + moved.lateMinutes() + " min)"), moved.at(), null);
        }
        if (moved.to() == WorkOrderStatus.SIGNED_OFF && moved.signOff() != null && !moved.signOff().refused() && moved.signOff().ratings() != null) {
            WorkOrderDtos.Ratings r = moved.signOff().ratings();
            int lowest = Math.min(r.attitude(), Math.min(r.timeliness(), r.quality()));
            if (lowest >= discipline().praiseRatingAtLeast()) {
                propose(DisciplineDtos.Rule.CUSTOMER_PRAISE, moved.leadInstallerId(), DisciplineDtos.SourceType.WORK_ORDER, moved.orderId(),
                        "praise:sign-off:" + moved.orderId(), "Customer's praise in the sign-off of " + moved.number(), moved.at(), null);
            }
        }
        if (moved.to() == WorkOrderStatus.REPORTED_IN && moved.workDoneAt() != null
                && moved.at().isAfter(moved.workDoneAt().plusMinutes(discipline().reportInMinutes()))) {
            leftWithoutReportIn(moved.orderId(), moved.number(), moved.leadInstallerId(), moved.at());
        }
    }

    void onCompletionRefused(@Observes CompletionRefused refused) {
        List<String> reportItems = refused.missing().stream().filter(f -> f.startsWith("report.")).toList();
        if (reportItems.isEmpty()) {
            return;
        }
        propose(DisciplineDtos.Rule.INCOMPLETE_SERVICE_REPORT, refused.leadInstallerId(), DisciplineDtos.SourceType.WORK_ORDER, refused.orderId(),
                "incomplete-report:" + refused.orderId(), "Incomplete service report for " + refused.number() + ": missing "
                        + reportItems.stream().map(f -> f.substring("report.".length())).collect(Collectors.joining(", ")), refused.at(), null);
    }

    void onReworkAttributed(@Observes ReworkAttributed rework) {
        if (rework.cause() != WorkOrderDtos.ReworkCause.INSTALLER) {
            return;
        }
        propose(DisciplineDtos.Rule.REWORK, rework.originalLeadInstallerId(), DisciplineDtos.SourceType.WORK_ORDER, rework.reworkOrderId(),
                "rework:" + rework.reworkOrderId(), "Rework " + rework.reworkNumber() + " of " + rework.originalNumber() + " caused by the installer",
                rework.at(), rework.reworkCost());
    }

    void onComplaintVerified(@Observes ComplaintVerified complaint) {
        if (!complaint.category().carriesConsequence()) {
            return;
        }
        propose(DisciplineDtos.Rule.VERIFIED_COMPLAINT, complaint.installerId(), DisciplineDtos.SourceType.COMPLAINT, complaint.complaintId(),
                "complaint:" + complaint.complaintId(), "Verified complaint " + complaint.number() + ": " + complaint.category(),
                complaint.verifiedAt(), null);
    }

    void onFollowUpAnswered(@Observes FollowUpAnswered answered) {
        if (answered.workOrderId() == null || answered.lowestAnswer() < discipline().praiseRatingAtLeast()) {
            return;
        }
        WorkOrderDtos.WorkOrderView order = workOrders.views(Set.of(answered.workOrderId())).get(answered.workOrderId());
        if (order != null) {
            propose(DisciplineDtos.Rule.CUSTOMER_PRAISE, order.leadInstallerId(), DisciplineDtos.SourceType.FOLLOW_UP, answered.followUpId(),
                    "praise:follow-up:" + answered.followUpId(), "Customer's praise in follow-up " + answered.number() + " of " + order.number(),
                    answered.at(), null);
        }
    }

    /** Orders past their report-in time: proposes for those without an entry yet (one query finds them); answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int leftWithoutReportIn(List<WorkOrderDtos.CheckedOut> orders, int minutes) {
        if (orders.isEmpty()) {
            return 0;
        }
        Set<String> seen = DisciplineEntry.<DisciplineEntry>list("eventKey in ?1",
                orders.stream().map(o -> "left-without-report-in:" + o.id()).toList()).stream().map(e -> e.eventKey).collect(Collectors.toSet());
        int proposed = 0;
        for (WorkOrderDtos.CheckedOut o : orders) {
            if (!seen.contains("left-without-report-in:" + o.id())) {
                leftWithoutReportIn(o.id(), o.number(), o.leadInstallerId(), o.workDoneAt().plusMinutes(minutes));
                proposed++;
            }
        }
        return proposed;
    }

    private void leftWithoutReportIn(UUID orderId, String number, UUID installerId, OffsetDateTime at) {
        propose(DisciplineDtos.Rule.LEFT_WITHOUT_REPORT_IN, installerId, DisciplineDtos.SourceType.WORK_ORDER, orderId,
                "left-without-report-in:" + orderId, "Left the site of " + number + " without reporting in within "
                        + discipline().reportInMinutes() + " min", at, null);
    }

    /**
     * Proposes the rule's entry for an event, once: an event key seen before returns the entry made then. The insert
     * itself is {@code on conflict do nothing}, so two replays racing each other still leave one entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> propose(DisciplineDtos.Rule rule, UUID installerId, DisciplineDtos.SourceType sourceType, UUID sourceId,
                                  String eventKey, String description, OffsetDateTime at, BigDecimal reworkCost) {
        if (installerId == null) {
            return Optional.empty();
        }
        Optional<UUID> existing = entryFor(eventKey);
        if (existing.isPresent()) {
            return existing;
        }
        long earlierReworks = rule == DisciplineDtos.Rule.REWORK
                ? DisciplineEntry.count("installerId = ?1 and rule = ?2 and status <> ?3", installerId, rule, DisciplineDtos.Status.WAIVED) : 0;
        DisciplineRules.Proposal proposal = DisciplineRules.propose(rule, discipline(), earlierReworks, reworkCost);
        LocalDate day = at.atZoneSameInstant(tenantService.currentZone()).toLocalDate();
        UUID id = Ids.newId();
        int inserted = db.createNativeQuery("""
                        insert into discipline_entry (tenant_id, id, number, installer_id, kind, amount, rule, source_type, source_id, event_key,
                                                      description, occurred_on, status, created_at, created_by)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'PROPOSED', now(), ?12)
                        on conflict (tenant_id, event_key) do nothing""")
                .setParameter(1, id).setParameter(2, numbers.next("DE")).setParameter(3, installerId).setParameter(4, proposal.kind().name())
                .setParameter(5, proposal.amount()).setParameter(6, rule.name()).setParameter(7, sourceType.name()).setParameter(8, sourceId)
                .setParameter(9, eventKey).setParameter(10, clip(description)).setParameter(11, Date.valueOf(day))
                .setParameter(12, "rule: " + caller.username())
                .executeUpdate();
        if (inserted == 0) {
            return entryFor(eventKey);
        }
        audit.record("discipline-entry.proposed", ENTITY, id, null, view(find(id)));
        return Optional.of(id);
    }

    private Optional<UUID> entryFor(String eventKey) {
        return DisciplineEntry.<DisciplineEntry>find("eventKey", eventKey).firstResultOptional().map(e -> e.id);
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** Newest first; an installer (without a manager's or dispatcher's role) sees only their own entries. */
    @Transactional
    public Keyset.Slice<DisciplineDtos.EntryView> list(UUID installerId, DisciplineDtos.Status status, DisciplineDtos.Kind kind,
                                                       DisciplineDtos.Rule rule, DisciplineDtos.AppealStatus appealStatus,
                                                       Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        UUID person = onlyOwn() ? self() : installerId;
        if (person != null) {
            query.and("installerId = :installer", "installer", person);
        }
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        if (rule != null) {
            query.and("rule = :rule", "rule", rule);
        }
        if (appealStatus != null) {
            query.and("appealStatus = :appeal", "appeal", appealStatus);
        }
        List<DisciplineEntry> rows = query.rows((where, params) -> DisciplineEntry.find(where, params));
        Views views = views(rows);
        return Keyset.slice(rows, query.limit(), e -> e.id, views::of);
    }

    @Transactional
    public DisciplineDtos.EntryView get(UUID id) {
        return view(visible(id));
    }

    // --- the manager's and the installer's decisions ------------------------------------------------------------

    /** A manager's entry, confirmed at once; fines within the tenant's range for other breaches. */
    @Transactional
    public DisciplineDtos.EntryView createManual(DisciplineDtos.ManualEntryRequest request) {
        if (!installers.exists(request.installerId())) {
            throw ProblemException.invalidField("installerId", "no installer of your tenant has this id");
        }
        BigDecimal amount = amountFor(request.kind(), request.amount(), null);
        LocalDate today = LocalDate.now(tenantService.currentZone());
        LocalDate day = request.occurredOn() == null ? today : request.occurredOn();
        if (day.isAfter(today)) {
            throw ProblemException.invalidField("occurredOn", "must not be in the future");
        }
        DisciplineEntry entry = new DisciplineEntry();
        entry.id = Ids.newId();
        entry.number = numbers.next("DE");
        entry.installerId = request.installerId();
        entry.kind = request.kind();
        entry.amount = amount;
        entry.rule = DisciplineDtos.Rule.MANUAL;
        entry.sourceType = DisciplineDtos.SourceType.MANUAL;
        entry.eventKey = "manual:" + entry.id;
        entry.description = request.description().strip();
        entry.occurredOn = day;
        entry.createdAt = now();
        entry.createdBy = caller.username();
        confirmNow(entry, null);
        entry.persistAndFlush();
        DisciplineDtos.EntryView view = view(entry);
        audit.record("discipline-entry.created", ENTITY, entry.id, null, view);
        return view;
    }

    @Transactional
    public DisciplineDtos.EntryView confirm(UUID id, DisciplineDtos.DecisionRequest request) {
        DisciplineEntry entry = current(id, request.version());
        requireStatus(entry, DisciplineDtos.Status.PROPOSED);
        DisciplineDtos.EntryView before = view(entry);
        if (entry.kind.hasAmount() && (entry.amount == null || entry.kind == DisciplineDtos.Kind.COST_CHARGE && request.amount() != null)) {
            entry.amount = amountFor(entry.kind, request.amount(), entry.amount);
        } else if (request.amount() != null) {
            throw ProblemException.invalidField("amount", "this entry's amount comes from the tenant's rules and cannot be changed");
        }
        confirmNow(entry, Texts.blankToNull(request.reason()));
        return changed(entry, "discipline-entry.confirmed", before);
    }

    @Transactional
    public DisciplineDtos.EntryView waive(UUID id, DisciplineDtos.DecisionRequest request) {
        DisciplineEntry entry = current(id, request.version());
        if (entry.status == DisciplineDtos.Status.WAIVED) {
            throw wrongStatus(entry, "it is waived already");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "say why the entry is waived");
        }
        if (request.amount() != null) {
            // A waiver cancels the whole entry; an amount sent with it would be silently dropped.
            throw ProblemException.invalidField("amount", "a waiver takes no amount: it cancels the whole entry");
        }
        DisciplineDtos.EntryView before = view(entry);
        waiveNow(entry, request.reason().strip());
        return changed(entry, "discipline-entry.waived", before);
    }

    @Transactional
    public DisciplineDtos.EntryView appeal(UUID id, DisciplineDtos.AppealRequest request) {
        DisciplineEntry entry = visible(id);
        if (!entry.installerId.toString().equals(caller.id())) {
            throw ProblemException.notFound("The discipline entry " + id);
        }
        if (request.version() != entry.version) {
            throw ProblemException.staleVersion("Discipline entry " + entry.number, request.version(), entry.version);
        }
        if (entry.appealStatus != null) {
            throw new ProblemException(409, "appeal-made", "Appealed already", "Entry " + entry.number + " has had its one appeal.",
                    List.of(new FieldError("appealStatus", "is " + entry.appealStatus)));
        }
        if (entry.status == DisciplineDtos.Status.WAIVED) {
            throw wrongStatus(entry, "a waived entry needs no appeal");
        }
        DisciplineDtos.EntryView before = view(entry);
        entry.appealStatus = DisciplineDtos.AppealStatus.PENDING;
        entry.appealReason = request.reason().strip();
        entry.appealedAt = now();
        return changed(entry, "discipline-entry.appealed", before);
    }

    @Transactional
    public DisciplineDtos.EntryView decideAppeal(UUID id, DisciplineDtos.AppealDecisionRequest request) {
        DisciplineEntry entry = current(id, request.version());
        if (entry.appealStatus != DisciplineDtos.AppealStatus.PENDING) {
            throw new ProblemException(409, "no-pending-appeal", "No pending appeal", "Entry " + entry.number + " has no appeal awaiting a decision.",
                    List.of(new FieldError("appealStatus", entry.appealStatus == null ? "is absent" : "is " + entry.appealStatus)));
        }
        DisciplineDtos.EntryView before = view(entry);
        entry.appealStatus = request.upheld() ? DisciplineDtos.AppealStatus.UPHELD : DisciplineDtos.AppealStatus.DISMISSED;
        entry.appealDecidedBy = caller.username();
        entry.appealDecidedAt = now();
        entry.appealDecisionNote = request.note().strip();
        if (request.upheld()) {
            waiveNow(entry, "Appeal upheld: " + entry.appealDecisionNote);
        }
        return changed(entry, request.upheld() ? "discipline-entry.appeal-upheld" : "discipline-entry.appeal-dismissed", before);
    }

    // --- pay -------------------------------------------------------------------------------------------------

    /** Confirmed amounts counted in {@code month}, in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DisciplineEntry> payable(YearMonth month) {
        return DisciplineEntry.list("status = ?1 and payMonth = ?2 and amount is not null", DisciplineDtos.Status.CONFIRMED, month.atDay(1));
    }

    private void confirmNow(DisciplineEntry entry, String reason) {
        entry.status = DisciplineDtos.Status.CONFIRMED;
        entry.decidedBy = caller.username();
        entry.decidedAt = now();
        entry.decisionReason = reason;
        if (entry.amount != null) {
            entry.originalMonth = entry.occurredOn.withDayOfMonth(1);
            entry.payMonth = payPeriods.payMonthFor(entry.occurredOn).atDay(1);
        }
    }

    /** Waiving a confirmed amount whose month is locked refunds it in the next open month as an adjustment. */
    private void waiveNow(DisciplineEntry entry, String reason) {
        if (entry.status == DisciplineDtos.Status.CONFIRMED && entry.amount != null && payPeriods.isLocked(YearMonth.from(entry.payMonth))) {
            BigDecimal refund = entry.kind == DisciplineDtos.Kind.REWARD ? entry.amount.negate() : entry.amount;
            payPeriods.correct(entry.installerId, entry.payMonth, refund, "Waived " + entry.number + ": " + reason, "DISCIPLINE_ENTRY", entry.id);
        }
        entry.status = DisciplineDtos.Status.WAIVED;
        entry.decidedBy = caller.username();
        entry.decidedAt = now();
        entry.decisionReason = reason;
    }

    private BigDecimal amountFor(DisciplineDtos.Kind kind, String requested, BigDecimal current) {
        if (!kind.hasAmount()) {
            if (requested != null) {
                throw ProblemException.invalidField("amount", "a " + kind + " carries no amount");
            }
            return null;
        }
        if (requested == null) {
            if (current != null) {
                return current;
            }
            throw ProblemException.invalidField("amount", "is required for a " + kind);
        }
        BigDecimal amount = Money.parse("amount", requested);
        if (amount.signum() <= 0) {
            throw ProblemException.invalidField("amount", "must be more than 0.00");
        }
        SettingsDtos.DisciplineSettings rules = discipline();
        if (kind == DisciplineDtos.Kind.FINE && !DisciplineRules.withinManualFineRange(amount, rules)) {
            throw ProblemException.invalidField("amount", "a fine set by the manager must lie between " + Money.of(rules.otherBreachFineMin())
                    + " and " + Money.of(rules.otherBreachFineMax()));
        }
        return amount;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private SettingsDtos.DisciplineSettings discipline() {
        return settings.current().discipline();
    }

    private boolean onlyOwn() {
        Set<String> roles = caller.roles();
        return !roles.contains(Roles.MANAGER) && !roles.contains(Roles.DISPATCHER);
    }

    private UUID self() {
        try {
            return UUID.fromString(caller.id());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    /** An entry the caller may see: installers only their own; others' ids answer 404 like unknown ones. */
    private DisciplineEntry visible(UUID id) {
        DisciplineEntry entry = find(id);
        if (onlyOwn() && !entry.installerId.equals(self())) {
            throw ProblemException.notFound("The discipline entry " + id);
        }
        return entry;
    }

    private DisciplineEntry current(UUID id, int version) {
        DisciplineEntry entry = find(id);
        if (version != entry.version) {
            throw ProblemException.staleVersion("Discipline entry " + entry.number, version, entry.version);
        }
        return entry;
    }

    private static DisciplineEntry find(UUID id) {
        return DisciplineEntry.<DisciplineEntry>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The discipline entry " + id));
    }

    private static void requireStatus(DisciplineEntry entry, DisciplineDtos.Status wanted) {
        if (entry.status != wanted) {
            throw wrongStatus(entry, "this step needs " + wanted);
        }
    }

    private static ProblemException wrongStatus(DisciplineEntry entry, String why) {
        return new ProblemException(409, "discipline-entry-status", "Entry already decided",
                "Entry " + entry.number + " is " + entry.status + ": " + why + ".", List.of(new FieldError("status", "is " + entry.status)));
    }

    private DisciplineDtos.EntryView changed(DisciplineEntry entry, String action, DisciplineDtos.EntryView before) {
        entry.flush();
        DisciplineDtos.EntryView after = view(entry);
        audit.record(action, ENTITY, entry.id, before, after);
        return after;
    }

    private DisciplineDtos.EntryView view(DisciplineEntry entry) {
        return views(List.of(entry)).of(entry);
    }

    /** Installer names and work-order numbers of these entries, in two queries. */
    private Views views(List<DisciplineEntry> rows) {
        Map<UUID, String> names = installers.names(rows.stream().map(e -> e.installerId).collect(Collectors.toSet()));
        Map<UUID, String> orders = workOrders.numbers(rows.stream().filter(e -> e.sourceType == DisciplineDtos.SourceType.WORK_ORDER)
                .map(e -> e.sourceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return new Views(names, orders);
    }

    private record Views(Map<UUID, String> names, Map<UUID, String> orders) {
        DisciplineDtos.EntryView of(DisciplineEntry e) {
            return new DisciplineDtos.EntryView(e.id, e.number, e.installerId, names.getOrDefault(e.installerId, ""), e.kind, Money.format(e.amount),
                    e.rule, e.sourceType, e.sourceId, e.sourceId == null ? null : orders.get(e.sourceId), e.description, e.occurredOn, e.status,
                    e.decidedBy, e.decidedAt, e.decisionReason, e.payMonth == null ? null : YearMonth.from(e.payMonth).toString(), e.appealStatus,
                    e.appealReason, e.appealedAt, e.appealDecidedBy, e.appealDecidedAt, e.appealDecisionNote, e.createdAt, e.createdBy, e.version);
        }
    }

    private static String clip(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }


    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** What waits for the manager in the ledger: proposed entries and appeals not yet decided. */
    public record Awaiting(long proposed, long appeals) {
    }

    /** Counts of {@link Awaiting}, in one query. */
    @Transactional
    public Awaiting awaiting() {
        Object[] row = db.createQuery("""
                        select count(case when e.status = :proposed then 1 end), count(case when e.appealStatus = :pending then 1 end)
                        from DisciplineEntry e where e.status = :proposed or e.appealStatus = :pending""", Object[].class)
                .setParameter("proposed", DisciplineDtos.Status.PROPOSED)
                .setParameter("pending", DisciplineDtos.AppealStatus.PENDING).getSingleResult();
        return new Awaiting(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
