package io.aftercare.discipline;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.installer.InstallerService;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import io.aftercare.persistence.RepeatOnConflict;
import jakarta.transaction.Transactional;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Duty events recorded by people or integrations: unanswered calls (phone duty) and refused or ignored assignments
 * (dispatch). Each may propose a ledger entry; recording the same call twice is one call.
 */
@ApplicationScoped
public class DutyEvents {

    private final DisciplineLedger ledger;
    private final SettingsService settings;
    private final TenantService tenantService;
    private final InstallerService installers;
    private final WorkOrderQueries workOrders;
    private final CurrentUser caller;
    private final AuditLog audit;

    public DutyEvents(DisciplineLedger ledger, SettingsService settings, TenantService tenantService, InstallerService installers,
                      WorkOrderQueries workOrders, CurrentUser caller, AuditLog audit) {
        this.ledger = ledger;
        this.settings = settings;
        this.tenantService = tenantService;
        this.installers = installers;
        this.workOrders = workOrders;
        this.caller = caller;
        this.audit = audit;
    }

    // --- unanswered calls ----------------------------------------------------------------------------------------

    /** Records an unanswered call; within phone-duty hours it proposes the fine. The same call again answers the first record. */
    @Transactional
    @RepeatOnConflict
    public DisciplineDtos.UnansweredCallView recordCall(DisciplineDtos.UnansweredCallRequest request) {
        if (!installers.exists(request.installerId())) {
            throw ProblemException.invalidField("installerId", "no installer of your tenant has this id");
        }
        OffsetDateTime calledAt = request.calledAt().withOffsetSameInstant(ZoneOffset.UTC);
        if (calledAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5))) {
            throw ProblemException.invalidField("calledAt", "must not be in the future");
        }
        Optional<UnansweredCall> same = request.externalId() != null
                ? UnansweredCall.<UnansweredCall>find("externalId", request.externalId()).firstResultOptional()
                : UnansweredCall.<UnansweredCall>find("installerId = ?1 and calledAt = ?2", request.installerId(), calledAt).firstResultOptional();
        if (same.isPresent()) {
            return callViews(List.of(same.get())).get(0);
        }
        UnansweredCall call = new UnansweredCall();
        call.id = Ids.newId();
        call.installerId = request.installerId();
        call.calledAt = calledAt;
        call.externalId = request.externalId();
        call.note = Texts.blankToNull(request.note());
        call.withinDuty = withinDuty(calledAt, settings.current().phoneDuty());
        call.recordedBy = caller.username();
        call.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        call.persistAndFlush();
        if (call.withinDuty) {
            String local = calledAt.atZoneSameInstant(tenantService.currentZone()).toLocalDateTime().toString().replace('T', ' ');
            ledger.propose(DisciplineDtos.Rule.PHONE_UNREACHABLE, call.installerId, DisciplineDtos.SourceType.UNANSWERED_CALL, call.id,
                    "unanswered-call:" + call.id, "Did not answer the phone at " + local + " (phone duty)", calledAt, null);
        }
        DisciplineDtos.UnansweredCallView view = callViews(List.of(call)).get(0);
        audit.record("unanswered-call.recorded", "unanswered-call", call.id, null, view);
        return view;
    }

    @Transactional
    public Keyset.Slice<DisciplineDtos.UnansweredCallView> calls(UUID installerId, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (installerId != null) {
            query.and("installerId = :installer", "installer", installerId);
        }
        List<UnansweredCall> rows = query.rows((where, params) -> UnansweredCall.find(where, params));
        List<UnansweredCall> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        Map<UUID, DisciplineDtos.UnansweredCallView> views = callViews(page).stream()
                .collect(Collectors.toMap(DisciplineDtos.UnansweredCallView::id, v -> v));
        return Keyset.slice(rows, query.limit(), c -> c.id, c -> views.get(c.id));
    }

    /** Within [start, end) of the phone-duty hours, in the tenant's zone; hours past midnight wrap. */
    static boolean withinDuty(OffsetDateTime at, SettingsDtos.PhoneDutySettings duty, java.time.ZoneId zone) {
        LocalTime time = at.atZoneSameInstant(zone).toLocalTime();
        if (duty.end().isAfter(duty.start())) {
            return !time.isBefore(duty.start()) && time.isBefore(duty.end());
        }
        return !time.isBefore(duty.start()) || time.isBefore(duty.end());
    }

    private boolean withinDuty(OffsetDateTime at, SettingsDtos.PhoneDutySettings duty) {
        return withinDuty(at, duty, tenantService.currentZone());
    }

    private List<DisciplineDtos.UnansweredCallView> callViews(List<UnansweredCall> calls) {
        Map<UUID, String> names = installers.names(calls.stream().map(c -> c.installerId).collect(Collectors.toSet()));
        List<String> keys = calls.stream().map(c -> "unanswered-call:" + c.id).toList();
        Map<String, UUID> entries = keys.isEmpty() ? Map.of() : DisciplineEntry.<DisciplineEntry>list("eventKey in ?1", keys).stream()
                .collect(Collectors.toMap(e -> e.eventKey, e -> e.id));
        return calls.stream().map(c -> new DisciplineDtos.UnansweredCallView(c.id, c.installerId, names.get(c.installerId), c.calledAt,
                c.externalId, c.note, c.withinDuty, entries.get("unanswered-call:" + c.id), c.recordedBy, c.recordedAt)).toList();
    }

    // --- refused or ignored assignments ------------------------------------------------------------------------------

    @Transactional
    public DisciplineDtos.RefusalView recordRefusal(DisciplineDtos.RefusalRequest request) {
        boolean installerOnly = !caller.roles().contains(Roles.MANAGER) && !caller.roles().contains(Roles.DISPATCHER);
        UUID installerId = request.installerId();
        if (installerOnly) {
            UUID self = UUID.fromString(caller.id());
            if (installerId != null && !installerId.equals(self)) {
                throw ProblemException.invalidField("installerId", "an installer records only their own refusal");
            }
            installerId = self;
        }
        if (installerId == null) {
            throw ProblemException.invalidField("installerId", "is required");
        }
        if (!installers.exists(installerId)) {
            throw ProblemException.invalidField("installerId", "no installer of your tenant has this id");
        }
        if (workOrders.ref(request.workOrderId()).isEmpty()) {
            throw ProblemException.invalidField("workOrderId", "no work order of your tenant has this id");
        }
        if (DispatchRefusal.count("workOrderId = ?1 and installerId = ?2", request.workOrderId(), installerId) > 0) {
            throw new ProblemException(409, "refusal-recorded", "Refusal recorded already",
                    "This installer's refusal of this order is recorded already.", List.of(new FieldError("workOrderId", "refusal recorded already")));
        }
        DispatchRefusal refusal = new DispatchRefusal();
        refusal.id = Ids.newId();
        refusal.workOrderId = request.workOrderId();
        refusal.installerId = installerId;
        refusal.kind = request.kind();
        refusal.reason = Texts.blankToNull(request.reason());
        refusal.status = DisciplineDtos.RefusalStatus.PENDING;
        refusal.recordedBy = caller.username();
        refusal.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        refusal.persistAndFlush();
        DisciplineDtos.RefusalView view = refusalViews(List.of(refusal)).get(0);
        audit.record("dispatch-refusal.recorded", "dispatch-refusal", refusal.id, null, view);
        return view;
    }

    /** The reason approved: nothing follows. Not approved: the disobedience fine is proposed. */
    @Transactional
    public DisciplineDtos.RefusalView decideRefusal(UUID id, DisciplineDtos.RefusalDecisionRequest request) {
        DispatchRefusal refusal = DispatchRefusal.<DispatchRefusal>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The dispatch refusal " + id));
        if (request.version() != refusal.version) {
            throw ProblemException.staleVersion("Dispatch refusal", request.version(), refusal.version);
        }
        if (refusal.status != DisciplineDtos.RefusalStatus.PENDING) {
            throw new ProblemException(409, "refusal-decided", "Refusal decided already", "This refusal is " + refusal.status + " already.",
                    List.of(new FieldError("status", "is " + refusal.status)));
        }
        DisciplineDtos.RefusalView before = refusalViews(List.of(refusal)).get(0);
        refusal.status = request.approved() ? DisciplineDtos.RefusalStatus.APPROVED : DisciplineDtos.RefusalStatus.NOT_APPROVED;
        refusal.decidedBy = caller.username();
        refusal.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        refusal.decisionNote = Texts.blankToNull(request.note());
        refusal.flush();
        if (!request.approved()) {
            ledger.propose(DisciplineDtos.Rule.DISPATCH_DISOBEDIENCE, refusal.installerId, DisciplineDtos.SourceType.DISPATCH_REFUSAL, refusal.id,
                    "dispatch-refusal:" + refusal.id, "Assignment " + before.workOrderNumber() + " " + refusal.kind.name().toLowerCase()
                            + " without an approved reason", refusal.recordedAt, null);
        }
        DisciplineDtos.RefusalView after = refusalViews(List.of(refusal)).get(0);
        audit.record("dispatch-refusal.decided", "dispatch-refusal", refusal.id, before, after);
        return after;
    }

    @Transactional
    public Keyset.Slice<DisciplineDtos.RefusalView> refusals(DisciplineDtos.RefusalStatus status, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        List<DispatchRefusal> rows = query.rows((where, params) -> DispatchRefusal.find(where, params));
        List<DispatchRefusal> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        Map<UUID, DisciplineDtos.RefusalView> views = refusalViews(page).stream().collect(Collectors.toMap(DisciplineDtos.RefusalView::id, v -> v));
        return Keyset.slice(rows, query.limit(), r -> r.id, r -> views.get(r.id));
    }

    private List<DisciplineDtos.RefusalView> refusalViews(List<DispatchRefusal> rows) {
        Map<UUID, String> names = installers.names(rows.stream().map(r -> r.installerId).collect(Collectors.toSet()));
        Map<UUID, String> orders = workOrders.numbers(rows.stream().map(r -> r.workOrderId).collect(Collectors.toSet()));
        return rows.stream().map(r -> new DisciplineDtos.RefusalView(r.id, r.workOrderId, orders.get(r.workOrderId), r.installerId,
                names.get(r.installerId), r.kind, r.reason, r.status, r.decidedBy, r.decidedAt, r.decisionNote, r.recordedBy, r.recordedAt,
                r.version)).toList();
    }
}
