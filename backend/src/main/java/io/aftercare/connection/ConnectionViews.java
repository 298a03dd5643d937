package io.aftercare.connection;

import io.aftercare.api.Keyset;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.installer.InstallerService;
import io.aftercare.partner.PartnerService;
import io.aftercare.promise.PromiseClock;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** How an application reads to staff (every step and what can be done next) and to its customer. */
@ApplicationScoped
public class ConnectionViews {

    /** Steps the customer's timeline shows; the rest (materials, crew) are the office's. */
    private static final Set<String> CUSTOMER_STEPS = Set.of("applied", "delay-explained", "plan-notified", "plan-objected", "plan-extended",
            "plan-expiry-warned", "plan-expired", "design-submitted", "design-reviewed", "construction-started", "inspected", "connected",
            "cancelled");

    private final ConnectionDeadlines deadlines;
    private final CustomerDirectory customers;
    private final InstallerService installers;
    private final PartnerService partners;
    private final WorkOrderQueries workOrders;

    public ConnectionViews(ConnectionDeadlines deadlines, CustomerDirectory customers, InstallerService installers, PartnerService partners,
                           WorkOrderQueries workOrders) {
        this.deadlines = deadlines;
        this.customers = customers;
        this.installers = installers;
        this.partners = partners;
        this.workOrders = workOrders;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectionDtos.ApplicationView of(ConnectionApplication a) {
        ConnectionApplication.flush();
        CustomerDtos.Card card = customers.cards(List.of(a.customerId)).get(a.customerId);
        List<ConnectionDesign> designs = designs(a.id);
        List<ConnectionInspection> inspections = inspections(a.id);
        List<ConnectionDtos.MaterialView> materials = ConnectionMaterial.<ConnectionMaterial>list("applicationId = ?1 order by recordedAt, id", a.id)
                .stream().map(ConnectionViews::material).toList();
        SettingsDtos.ConnectionSettings rules = deadlines.rules();
        return new ConnectionDtos.ApplicationView(a.id, a.number, a.status, a.kind, a.supplyClass, a.capacityKva.toPlainString(), a.source,
                a.customerId, card == null ? "" : card.name(), card == null ? null : card.phone(), a.siteId, a.siteAddress, a.description,
                a.delayExplanation, a.delayExplainedAt, plan(a, rules), ConnectionDtos.DesignDocument.requiredFor(a.supplyClass),
                designs.stream().map(d -> design(d, a.supplyClass)).toList(), construction(a), materials,
                inspections.stream().map(ConnectionViews::inspection).toList(), connected(a), workOrders.forConnection(a.id), a.cancelReason,
                a.cancelNote, a.cancelledAt, PromiseClock.view(a.promise), a.status.next(), actions(a, inspections, rules), a.createdAt, a.createdBy,
                a.updatedAt, a.version);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Keyset.Slice<ConnectionDtos.Summary> summaries(List<ConnectionApplication> rows, int limit) {
        Map<UUID, CustomerDtos.Card> cards = customers.cards(rows.stream().map(a -> a.customerId).collect(Collectors.toSet()));
        return Keyset.slice(rows, limit, a -> a.id, a -> new ConnectionDtos.Summary(a.id, a.number, a.status, a.kind, a.supplyClass,
                a.capacityKva.toPlainString(), a.customerId, cards.containsKey(a.customerId) ? cards.get(a.customerId).name() : "", a.siteAddress,
                planRunning(a) ? a.planValidUntil : null, PromiseClock.view(a.promise), a.createdAt));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectionDtos.MyApplicationView mine(ConnectionApplication a) {
        ConnectionApplication.flush();
        List<ConnectionDesign> designs = designs(a.id);
        List<ConnectionInspection> inspections = inspections(a.id);
        SettingsDtos.ConnectionSettings rules = deadlines.rules();
        boolean planAwaited = a.status == ConnectionDtos.Status.APPLIED && a.promise != null;
        boolean reviewAwaited = a.status == ConnectionDtos.Status.DESIGN_REVIEW && a.promise != null;
        List<ConnectionDtos.Action> actions = actions(a, inspections, rules).stream()
                .filter(x -> x == ConnectionDtos.Action.OBJECT_TO_PLAN || x == ConnectionDtos.Action.EXTEND_PLAN).toList();
        // The customer reads who took a step by name; a staff login is half of a credential and stays in the office.
        List<ConnectionDtos.EventView> timeline = timeline(a.id).stream().filter(e -> CUSTOMER_STEPS.contains(e.kind()))
                .map(e -> new ConnectionDtos.EventView(e.at(), e.kind(), CurrentUser.SYSTEM.equals(e.actor()) ? CurrentUser.SYSTEM : "",
                        e.actorName(), e.details()))
                .toList();
        return new ConnectionDtos.MyApplicationView(a.number, a.status, a.kind, a.supplyClass, a.capacityKva.toPlainString(), a.siteAddress,
                planAwaited ? a.promise.dueAt : null, a.delayExplanation, plan(a, rules), ConnectionDtos.DesignDocument.requiredFor(a.supplyClass),
                designs.isEmpty() ? null : design(designs.get(designs.size() - 1), a.supplyClass), reviewAwaited ? a.promise.dueAt : null,
                inspections.isEmpty() ? null : inspection(inspections.get(inspections.size() - 1)), connected(a), a.cancelReason, timeline,
                actions, a.createdAt, a.version);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConnectionDtos.EventView> timeline(UUID applicationId) {
        return ConnectionEvent.<ConnectionEvent>list("applicationId = ?1 order by at, id", applicationId).stream()
                .map(e -> new ConnectionDtos.EventView(e.at, e.kind, e.actor, e.actorName, e.details == null ? Map.of() : e.details)).toList();
    }

    /** What can be done to the application today. */
    List<ConnectionDtos.Action> actions(ConnectionApplication a, List<ConnectionInspection> inspections, SettingsDtos.ConnectionSettings rules) {
        LocalDate today = deadlines.today();
        List<ConnectionDtos.Action> actions = new ArrayList<>();
        switch (a.status) {
            case APPLIED -> actions.addAll(List.of(ConnectionDtos.Action.EXPLAIN_DELAY, ConnectionDtos.Action.NOTIFY_PLAN));
            case PLAN_NOTIFIED -> {
                if (!today.isAfter(objectionUntil(a, rules))) {
                    actions.add(ConnectionDtos.Action.OBJECT_TO_PLAN);
                }
                actions.add(ConnectionDtos.Action.SUBMIT_DESIGN);
            }
            case DESIGN_REVIEW -> actions.add(ConnectionDtos.Action.REVIEW_DESIGN);
            case DESIGN_CHANGES_REQUIRED -> actions.add(ConnectionDtos.Action.SUBMIT_DESIGN);
            case DESIGN_APPROVED -> actions.addAll(List.of(ConnectionDtos.Action.START_CONSTRUCTION, ConnectionDtos.Action.SUBMIT_DESIGN));
            case CONSTRUCTION -> {
                actions.addAll(List.of(ConnectionDtos.Action.RECORD_MATERIAL, ConnectionDtos.Action.INSPECT_INTERMEDIATE));
                if (intermediatePassed(a, inspections)) {
                    actions.add(ConnectionDtos.Action.INSPECT_COMPLETION);
                }
                actions.add(ConnectionDtos.Action.SUBMIT_DESIGN);
            }
            case ACCEPTED -> actions.add(ConnectionDtos.Action.CONNECT);
            case CONNECTED, CANCELLED -> {
            }
        }
        if (planRunning(a) && !today.isAfter(extensionAskUntil(a, rules))) {
            actions.add(ConnectionDtos.Action.EXTEND_PLAN);
        }
        if (!a.status.next().isEmpty()) {
            actions.add(ConnectionDtos.Action.CANCEL);
        }
        EnumSet<ConnectionDtos.Action> ordered = EnumSet.noneOf(ConnectionDtos.Action.class);
        ordered.addAll(actions);
        return List.copyOf(ordered);
    }

    /** The plan's validity counts: notified, and construction not started yet. */
    static boolean planRunning(ConnectionApplication a) {
        return a.status.planRunning() && a.constructionStartedOn == null;
    }

    /** Whether an intermediate inspection of the current design revision passed. */
    static boolean intermediatePassed(ConnectionApplication a, List<ConnectionInspection> inspections) {
        return inspections.stream().anyMatch(i -> i.stage == ConnectionDtos.InspectionStage.INTERMEDIATE
                && i.result == ConnectionDtos.InspectionResult.PASSED && i.designRevision == a.designRevision);
    }

    /** The last day the customer may object to the plan. */
    LocalDate objectionUntil(ConnectionApplication a, SettingsDtos.ConnectionSettings rules) {
        return day(a.planNotifiedAt).plusMonths(rules.planObjectionMonths());
    }

    /** The last day an extension can be asked. */
    static LocalDate extensionAskUntil(ConnectionApplication a, SettingsDtos.ConnectionSettings rules) {
        return a.planValidUntil.minusDays(rules.extensionNoticeDays());
    }

    /** The latest day extensions may reach: the original last day plus the original period again. */
    LocalDate extensionLimit(ConnectionApplication a) {
        return a.planOriginalValidUntil.plusDays(ChronoUnit.DAYS.between(day(a.planNotifiedAt), a.planOriginalValidUntil));
    }

    /** The tenant's calendar day of an instant. */
    LocalDate day(OffsetDateTime at) {
        ZoneId zone = deadlines.zone();
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    private ConnectionDtos.PlanView plan(ConnectionApplication a, SettingsDtos.ConnectionSettings rules) {
        if (a.planNotifiedAt == null) {
            return null;
        }
        return new ConnectionDtos.PlanView(a.plan, a.planNotifiedAt, a.planValidUntil, a.planOriginalValidUntil, objectionUntil(a, rules),
                extensionAskUntil(a, rules), extensionLimit(a), a.planExpiryWarnedAt);
    }

    private ConnectionDtos.ConstructionView construction(ConnectionApplication a) {
        if (a.constructionStartedOn == null) {
            return null;
        }
        Map<UUID, String> names = installers.names(a.crewIds);
        String partnerName = a.partnerId == null ? null : partners.contractor(a.partnerId, a.constructionStartedOn)
                .map(PartnerService.Contractor::name).orElse(null);
        return new ConnectionDtos.ConstructionView(a.contractorKind, a.partnerId, partnerName,
                a.crewIds.stream().map(id -> new ConnectionDtos.CrewMember(id, names.getOrDefault(id, ""))).toList(), a.feesPaidOn,
                a.constructionStartedOn);
    }

    private static ConnectionDtos.ConnectedView connected(ConnectionApplication a) {
        return a.connectedAt == null ? null
                : new ConnectionDtos.ConnectedView(a.supplyContractNumber, a.contractSignedOn, a.meterNumber, a.connectedAt);
    }

    static List<ConnectionDesign> designs(UUID applicationId) {
        return ConnectionDesign.list("applicationId = ?1 order by revision", applicationId);
    }

    static List<ConnectionInspection> inspections(UUID applicationId) {
        return ConnectionInspection.list("applicationId = ?1 order by inspectedAt, id", applicationId);
    }

    /** The checklist: every document the class needs (included or not) and any others handed in. */
    private static ConnectionDtos.DesignView design(ConnectionDesign d, ConnectionDtos.SupplyClass supplyClass) {
        Map<ConnectionDtos.DesignDocument, ConnectionDtos.DocumentItem> given = d.documents.stream()
                .collect(Collectors.toMap(ConnectionDtos.DocumentItem::document, x -> x, (x, y) -> x));
        Set<ConnectionDtos.DesignDocument> shown = EnumSet.noneOf(ConnectionDtos.DesignDocument.class);
        shown.addAll(ConnectionDtos.DesignDocument.requiredFor(supplyClass));
        shown.addAll(given.keySet());
        List<ConnectionDtos.DocumentView> documents = shown.stream().sorted(Comparator.naturalOrder())
                .map(doc -> new ConnectionDtos.DocumentView(doc, given.containsKey(doc), given.containsKey(doc) ? given.get(doc).attachmentId() : null))
                .toList();
        return new ConnectionDtos.DesignView(d.revision, d.copies, documents, d.submittedAt, d.submittedBy, d.result, d.opinion, d.reviewedAt,
                d.reviewedBy);
    }

    private static ConnectionDtos.MaterialView material(ConnectionMaterial m) {
        return new ConnectionDtos.MaterialView(m.id, m.catalogItemId, m.name, m.quantity.setScale(2).toPlainString(), m.unit, m.domestic,
                m.centralProcurement, m.recordedAt, m.recordedBy);
    }

    static ConnectionDtos.InspectionView inspection(ConnectionInspection i) {
        return new ConnectionDtos.InspectionView(i.id, i.stage, i.result, i.designRevision, i.checklist, i.findings, i.inspector, i.inspectedAt);
    }

    /** The procedure and fees the tenant publishes, from its settings. */
    static ConnectionDtos.Procedure procedure(String company, SettingsDtos.ConnectionSettings rules) {
        return new ConnectionDtos.Procedure(company, rules.enabled(),
                ConnectionDeadlines.byClass(c -> ConnectionDeadlines.planDeadline(rules, c)),
                ConnectionDeadlines.byClass(c -> ConnectionDeadlines.validity(rules, c)), rules.extensionNoticeDays(),
                ConnectionDeadlines.byClass(c -> ConnectionDeadlines.reviewDeadline(rules, c)), rules.planObjectionMonths(), rules.designCopies(),
                ConnectionDtos.DesignDocument.requiredFor(ConnectionDtos.SupplyClass.HIGH_VOLTAGE_SINGLE),
                ConnectionDtos.DesignDocument.requiredFor(ConnectionDtos.SupplyClass.LOW_VOLTAGE), rules.fees(), rules.procedureNote());
    }
}
