package io.aftercare.workorder;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.asset.AssetService;
import io.aftercare.customer.CustomerService;
import io.aftercare.servicepoint.ServicePointService;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.installer.AssignedWork;
import io.aftercare.installer.InstallerService;
import io.aftercare.installer.Qualification;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Work orders and their lifecycle. Each action checks the transition against {@link WorkOrderStatus}, the
 * caller's version, and the action's own rule, then writes the order, a timeline entry and an audit event in
 * one transaction.
 */
@ApplicationScoped
public class WorkOrderService implements AssignedWork {

    static final String ENTITY = "work-order";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final EntityManager db;
    private final HumanNumbers numbers;
    private final CustomerService customers;
    private final AssetService assets;
    private final ServicePointService servicePoints;
    private final InstallerService installers;
    private final SettingsService settings;
    private final TenantService tenantService;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final Promises promises;
    private final Notifications notifications;
    private final Event<WorkOrderMoved> moved;
    private final Event<ReworkAttributed> reworkAttributed;
    private final Event<CompletionRefused> completionRefused;

    public WorkOrderService(EntityManager db, HumanNumbers numbers, CustomerService customers, AssetService assets,
                            ServicePointService servicePoints, InstallerService installers, SettingsService settings,
                            TenantService tenantService, TenantContext tenants, CurrentUser caller, AuditLog audit,
                            Promises promises, Notifications notifications, Event<WorkOrderMoved> moved,
                            Event<ReworkAttributed> reworkAttributed, Event<CompletionRefused> completionRefused) {
        this.reworkAttributed = reworkAttributed;
        this.completionRefused = completionRefused;
        this.promises = promises;
        this.notifications = notifications;
        this.moved = moved;
        this.db = db;
        this.numbers = numbers;
        this.customers = customers;
        this.assets = assets;
        this.servicePoints = servicePoints;
        this.installers = installers;
        this.settings = settings;
        this.tenantService = tenantService;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
    }

    // --- reading ------------------------------------------------------------------------------------------

    @Transactional
    public Keyset.Slice<WorkOrderDtos.WorkOrderView> list(WorkOrderStatus status, UUID installerId, OffsetDateTime from,
                                                          OffsetDateTime to, PromiseDtos.PromiseStatus promiseStatus,
                                                          Integer limit, String cursor) {
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (after != null) {
            where.append(" and id > :after");
            params.put("after", after);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (promiseStatus != null) {
            where.append(" and promise.status = :promiseStatus");
            params.put("promiseStatus", promiseStatus);
        }
        if (from != null) {
            where.append(" and appointmentEnd > :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and appointmentStart < :to");
            params.put("to", to);
        }
        UUID crewMember = onlyInstaller() ? UUID.fromString(caller.id()) : installerId;
        if (crewMember != null) {
            where.append(" and (leadInstallerId = :crew or array_contains(helperIds, :crew))");
            params.put("crew", crewMember);
        }
        List<WorkOrder> rows = WorkOrder.<WorkOrder>find(where + " order by id", params).page(0, pageSize + 1).list();
        Map<UUID, String> names = customers.names(rows.stream().map(o -> o.customerId).collect(java.util.stream.Collectors.toSet()));
        return Keyset.slice(rows, pageSize, o -> o.id, o -> view(o, names.getOrDefault(o.customerId, "")));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderDetail detail(UUID id) {
        WorkOrder order = visible(id);
        List<WorkOrderDtos.TimelineEntry> timeline = WorkOrderEvent.<WorkOrderEvent>list("workOrderId = ?1 order by id", id)
                .stream().map(WorkOrderDtos.TimelineEntry::of).toList();
        return new WorkOrderDtos.WorkOrderDetail(view(order), timeline);
    }

    /** Views of these orders by id, with customer names, in two queries. */
    @Transactional
    public Map<UUID, WorkOrderDtos.WorkOrderView> views(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        List<WorkOrder> rows = WorkOrder.list("id in ?1", ids);
        Map<UUID, String> names = customers.names(rows.stream().map(o -> o.customerId).collect(java.util.stream.Collectors.toSet()));
        Map<UUID, WorkOrderDtos.WorkOrderView> views = new HashMap<>();
        rows.forEach(o -> views.put(o.id, view(o, names.getOrDefault(o.customerId, ""))));
        return views;
    }

    /** Number and customer of an order, when it exists in the tenant. */
    @Transactional
    public java.util.Optional<WorkOrderDtos.OrderRef> ref(UUID id) {
        return WorkOrder.<WorkOrder>findByIdOptional(id).map(o -> new WorkOrderDtos.OrderRef(o.id, o.number, o.customerId));
    }

    /** Progress of these orders (status, work-done time, the customer's signed acceptance), by id, in one query. */
    @Transactional
    public Map<UUID, WorkOrderDtos.Progress> progress(java.util.Collection<UUID> ids) {
        Map<UUID, WorkOrderDtos.Progress> progress = new HashMap<>();
        if (!ids.isEmpty()) {
            WorkOrder.<WorkOrder>list("id in ?1", ids).forEach(o -> progress.put(o.id, new WorkOrderDtos.Progress(o.id, o.number, o.status,
                    o.workDoneAt, o.signOff != null && !o.signOff.refused())));
        }
        return progress;
    }

    /** Numbers of these orders, by id, in one query. */
    @Transactional
    public Map<UUID, String> numbers(Set<UUID> ids) {
        Map<UUID, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            db.createQuery("select o.id, o.number from WorkOrder o where o.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> numbers.put((UUID) r[0], (String) r[1]));
        }
        return numbers;
    }

    /** The on-site promises of these orders, by order id. */
    @Transactional
    public Map<UUID, PromiseDtos.PromiseView> promises(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<UUID, PromiseDtos.PromiseView> views = new HashMap<>();
        WorkOrder.<WorkOrder>list("id in ?1", ids).forEach(o -> {
            PromiseDtos.PromiseView view = PromiseClock.view(o.promise);
            if (view != null) {
                views.put(o.id, view);
            }
        });
        return views;
    }

    /** The customer's signature as PNG, or 404 when there is none. */
    @Transactional
    public byte[] signature(UUID id) {
        WorkOrder order = visible(id);
        if (order.signaturePng == null) {
            throw ProblemException.notFound("A signature of work order " + order.number);
        }
        return order.signaturePng;
    }

    @Override
    @Transactional
    public List<String> openAssignments(UUID installerId, LocalDate firstDay, LocalDate lastDay) {
        ZoneId zone = zone();
        OffsetDateTime from = firstDay.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return WorkOrder.<WorkOrder>list("""
                        (leadInstallerId = ?1 or array_contains(helperIds, ?1)) and status in ?2
                        and appointmentStart < ?4 and appointmentEnd > ?3 order by appointmentStart""",
                        installerId, holding(), from, to)
                .stream().map(o -> o.number).toList();
    }

    /**
     * Field days of {@code month} in the tenant's zone: per installer (lead or helper), the days on which one of their
     * orders was checked in or reported in. One query; attendance counts these days as worked in the field.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<LocalDate>> fieldDays(java.time.YearMonth month) {
        ZoneId zone = zone();
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        List<Object[]> rows = db.createNativeQuery("""
                        select distinct x.installer_id, x.day from (
                            select unnest(array_prepend(o.lead_installer_id, o.helper_ids)) as installer_id,
                                   cast(o.checked_in_at at time zone ?3 as date) as day
                            from work_order o where o.checked_in_at >= ?1 and o.checked_in_at < ?2
                            union all
                            select unnest(array_prepend(o.lead_installer_id, o.helper_ids)), cast(e.occurred_at at time zone ?3 as date)
                            from work_order_event e join work_order o on o.tenant_id = e.tenant_id and o.id = e.work_order_id
                            where e.to_status = 'REPORTED_IN' and e.occurred_at >= ?1 and e.occurred_at < ?2
                        ) x where x.installer_id is not null""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, zone.getId()).getResultList();
        Map<UUID, Set<LocalDate>> days = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate day = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
            days.computeIfAbsent((UUID) r[0], k -> new java.util.TreeSet<>()).add(day);
        }
        return days;
    }

    // --- creating -----------------------------------------------------------------------------------------

    @Transactional
    public WorkOrderDtos.WorkOrderView create(WorkOrderDtos.CreateWorkOrderRequest request) {
        return create(request, null);
    }

    /**
     * Creates an order; {@code onSitePromise} is the on-site promise of the request it comes from (it keeps counting
     * from the request's registration), or null to start one now.
     */
    @Transactional
    public WorkOrderDtos.WorkOrderView create(WorkOrderDtos.CreateWorkOrderRequest request, PromiseClock onSitePromise) {
        if (!request.appointment().end().isAfter(request.appointment().start())) {
            throw ProblemException.invalidField("appointment.end", "must be after appointment.start");
        }
        WorkOrder order = new WorkOrder();
        order.id = Ids.newId();
        checkReferences(request);
        order.number = numbers.next("WO");
        order.type = request.type();
        order.status = WorkOrderStatus.NEW;
        order.priority = request.priority() == null ? WorkOrderDtos.Priority.NORMAL : request.priority();
        order.customerId = request.customerId();
        order.siteId = request.siteId();
        order.assetIds = request.assetIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.assetIds()));
        order.description = request.description().strip();
        order.tasks = request.tasks();
        order.requiredQualifications = required(request.tasks(), request.requiredQualifications()).stream().map(Enum::name).toList();
        order.itemsToBring = request.itemsToBring() == null ? List.of() : List.copyOf(request.itemsToBring());
        order.appointmentStart = request.appointment().start();
        order.appointmentEnd = request.appointment().end();
        order.helperIds = List.of();
        order.servicePointId = request.servicePointId();
        order.fee = request.fee() == null ? null : new BigDecimal(request.fee()).setScale(2);
        order.installationRecord = request.installationRecord();
        order.faultCategory = request.faultCategory();
        order.reworkOfId = reworkOf(order);
        order.createdAt = now();
        order.updatedAt = order.createdAt;
        order.promise = onSitePromise != null ? onSitePromise.copy() : promises.start(PromiseDtos.PromiseKind.ON_SITE, order.createdAt);
        order.persist();
        record(order, "created", null, WorkOrderStatus.NEW,
                order.reworkOfId == null ? Map.of() : Map.of("reworkOf", order.reworkOfId.toString()));
        order.flush();
        WorkOrderDtos.WorkOrderView view = view(order);
        audit.record("work-order.created", ENTITY, order.id, null, view);
        return view;
    }

    /** The customer, its site and assets, and the service point exist in the tenant, and belong together. */
    private void checkReferences(WorkOrderDtos.CreateWorkOrderRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!customers.exists(request.customerId())) {
            errors.add(new FieldError("customerId", "no customer of your tenant has this id"));
        } else {
            if (request.siteId() != null && customers.site(request.siteId())
                    .filter(site -> site.customerId().equals(request.customerId())).isEmpty()) {
                errors.add(new FieldError("siteId", "is not a site of this customer"));
            }
            List<UUID> assetIds = request.assetIds() == null ? List.of() : request.assetIds();
            Map<UUID, UUID> owners = assets.owners(assetIds);
            for (int i = 0; i < assetIds.size(); i++) {
                if (!request.customerId().equals(owners.get(assetIds.get(i)))) {
                    errors.add(new FieldError("assetIds[" + i + "]", "is not an asset of this customer"));
                }
            }
        }
        if (request.servicePointId() != null && !servicePoints.exists(request.servicePointId())) {
            errors.add(new FieldError("servicePointId", "no service point of your tenant has this id"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " references are invalid.", errors);
        }
    }

    /**
     * The completed order a new repair reworks: the latest order on one of the same assets with the same fault
     * category whose work was done within the tenant's rework window. The tenant is named explicitly as well as
     * enforced by row-level security, since a native query has no ORM filter.
     */
    private UUID reworkOf(WorkOrder repair) {
        if (repair.type != WorkOrderDtos.WorkOrderType.REPAIR || repair.faultCategory == null || repair.assetIds.isEmpty()) {
            return null;
        }
        int windowDays = settings.current().dispatch().reworkWindowDays();
        List<?> found = db.createNativeQuery("""
                        select id from work_order
                        where tenant_id = cast(?1 as uuid) and fault_category = ?2 and asset_ids && cast(?3 as uuid[])
                          and work_done_at >= ?4 and status <> 'CANCELLED'
                        order by work_done_at desc limit 1""")
                .setParameter(1, tenants.require().toString()).setParameter(2, repair.faultCategory)
                .setParameter(3, repair.assetIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(4, now().minusDays(windowDays))
                .getResultList();
        return found.isEmpty() ? null : (UUID) found.get(0);
    }

    /** The manager says who caused a rework; installer-caused rework counts against the original order's lead. */
    @Transactional
    public WorkOrderDtos.WorkOrderView attributeRework(UUID id, WorkOrderDtos.AttributeReworkRequest request) {
        WorkOrder order = visible(id);
        if (order.reworkOfId == null) {
            throw ProblemException.conflict("Work order " + order.number + " is not a rework.");
        }
        if (request.version() != order.version) {
            throw ProblemException.staleVersion("Work order " + order.number, request.version(), order.version);
        }
        WorkOrderDtos.WorkOrderView before = view(order);
        order.reworkCause = request.cause();
        order.reworkAttributedBy = caller.username();
        order.reworkAttributedAt = now();
        order.updatedAt = now();
        order.flush();
        record(order, "rework-attributed", order.status, order.status, Map.of("cause", request.cause().name()));
        WorkOrder original = WorkOrder.findById(order.reworkOfId);
        reworkAttributed.fire(new ReworkAttributed(order.id, order.number, original.id, original.number, original.leadInstallerId,
                order.reworkCause, order.fee, order.reworkAttributedAt));
        WorkOrderDtos.WorkOrderView after = view(order, before.customerName());
        audit.record("work-order.rework-attributed", ENTITY, id, before, after);
        return after;
    }

    /** Orders checked out (work done) before {@code doneBefore} and not reported in yet, oldest first. */
    @Transactional
    public List<WorkOrderDtos.CheckedOut> checkedOutNotReportedIn(OffsetDateTime doneBefore, int limit) {
        return db.createQuery("""
                        select o.id, o.number, o.leadInstallerId, o.workDoneAt from WorkOrder o
                        where o.status in :open and o.workDoneAt < :before and o.leadInstallerId is not null
                        order by o.workDoneAt""", Object[].class)
                .setParameter("open", List.of(WorkOrderStatus.WORK_DONE, WorkOrderStatus.SIGNED_OFF)).setParameter("before", doneBefore)
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new WorkOrderDtos.CheckedOut((UUID) r[0], (String) r[1], (UUID) r[2], (OffsetDateTime) r[3])).toList();
    }

    /** Installer-caused rework per lead installer of the original order, created in [from, to). */
    @Transactional
    public List<WorkOrderDtos.ReworkCount> reworkCounts(OffsetDateTime from, OffsetDateTime to) {
        List<?> rows = db.createNativeQuery("""
                        select original.lead_installer_id, count(*) from work_order rework
                        join work_order original on original.tenant_id = rework.tenant_id and original.id = rework.rework_of_id
                        where rework.tenant_id = cast(?1 as uuid) and rework.rework_cause = 'INSTALLER'
                          and rework.created_at >= ?2 and rework.created_at < ?3 and original.lead_installer_id is not null
                        group by original.lead_installer_id order by count(*) desc, original.lead_installer_id""")
                .setParameter(1, tenants.require().toString())
                .setParameter(2, from == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : from)
                .setParameter(3, to == null ? OffsetDateTime.parse("9999-12-31T00:00:00Z") : to)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new WorkOrderDtos.ReworkCount((UUID) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** Qualifications the tasks imply (electrical work, welding, work at height) plus the explicit ones. */
    static Set<Qualification> required(WorkOrderDtos.Tasks tasks, List<Qualification> explicit) {
        Set<Qualification> required = EnumSet.noneOf(Qualification.class);
        if (tasks.electricalWork()) {
            required.add(Qualification.ELECTRICIAN);
        }
        if (tasks.welding()) {
            required.add(Qualification.WELDING);
        }
        if (tasks.workAtHeight()) {
            required.add(Qualification.HEIGHT);
        }
        if (explicit != null) {
            required.addAll(explicit);
        }
        return required;
    }

    // --- the lifecycle ------------------------------------------------------------------------------------

    /**
     * Assigns (or reassigns) the crew. Refused with each installer's reasons when one lacks a certificate valid on
     * the appointment day, is inactive or on leave, or has another appointment overlapping this one. The crew's
     * installer rows are locked, so two orders cannot book one installer for the same time concurrently.
     */
    @Transactional
    public WorkOrderDtos.WorkOrderView assign(UUID id, WorkOrderDtos.AssignRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.ASSIGNED);
        List<UUID> helpers = request.helperIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.helperIds()));
        if (helpers.contains(request.leadInstallerId())) {
            throw ProblemException.invalidField("helperIds", "must not include the lead installer");
        }
        List<UUID> crew = new ArrayList<>();
        crew.add(request.leadInstallerId());
        crew.addAll(helpers);
        lockInstallers(crew);
        LocalDate day = order.appointmentStart.atZoneSameInstant(zone()).toLocalDate();
        Set<Qualification> required = EnumSet.noneOf(Qualification.class);
        order.requiredQualifications.forEach(q -> required.add(Qualification.valueOf(q)));
        Map<UUID, List<String>> problems = installers.dispatchProblems(crew, required, day);
        overlapping(order, crew).forEach((installer, numbers) ->
                problems.get(installer).add("has " + String.join(", ", numbers) + " at an overlapping time"));
        List<FieldError> refusals = new ArrayList<>();
        for (int i = 0; i < crew.size(); i++) {
            List<String> reasons = problems.get(crew.get(i));
            if (!reasons.isEmpty()) {
                refusals.add(new FieldError(i == 0 ? "leadInstallerId" : "helperIds[" + (i - 1) + "]",
                        String.join("; ", reasons)));
            }
        }
        if (!refusals.isEmpty()) {
            throw new ProblemException(409, "installer-not-dispatchable", "Installer cannot take this job",
                    "Work order " + order.number + " cannot be assigned: " + String.join(" | ",
                            refusals.stream().map(FieldError::message).toList()) + ".", refusals);
        }
        WorkOrderDtos.WorkOrderView before = view(order);
        boolean reassigned = order.leadInstallerId != null;
        WorkOrderStatus from = order.status;
        order.leadInstallerId = request.leadInstallerId();
        order.helperIds = helpers;
        order.contactNote = null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("leadInstallerId", request.leadInstallerId().toString());
        details.put("helperIds", helpers.stream().map(UUID::toString).toList());
        details.put("reassigned", reassigned);
        return move(order, from, WorkOrderStatus.ASSIGNED, reassigned ? "reassigned" : "assigned", details, before);
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView contact(UUID id, WorkOrderDtos.ContactRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.CUSTOMER_CONTACTED);
        WorkOrderDtos.WorkOrderView before = view(order);
        WorkOrderStatus from = order.status;
        order.contactNote = request.note().strip();
        return move(order, from, WorkOrderStatus.CUSTOMER_CONTACTED, "customer-contacted", Map.of("note", order.contactNote), before);
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView depart(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.EN_ROUTE);
        return move(order, order.status, WorkOrderStatus.EN_ROUTE, "departed", Map.of(), view(order));
    }

    /** Check-in on arrival; after the window opens plus the tenant's grace minutes, the arrival is late. */
    @Transactional
    public WorkOrderDtos.WorkOrderView checkIn(UUID id, WorkOrderDtos.CheckInRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.ON_SITE);
        WorkOrderDtos.WorkOrderView before = view(order);
        WorkOrderStatus from = order.status;
        OffsetDateTime arrived = now();
        int grace = settings.current().dispatch().lateGraceMinutes();
        OffsetDateTime latestOnTime = order.appointmentStart.plusMinutes(grace);
        order.checkedInAt = arrived;
        Promises.meet(order.promise, arrived);
        order.checkInLatitude = request.latitude();
        order.checkInLongitude = request.longitude();
        order.late = arrived.isAfter(latestOnTime);
        order.lateMinutes = order.late ? (int) Duration.between(order.appointmentStart, arrived).toMinutes() : null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("late", order.late);
        details.put("graceMinutes", grace);
        if (order.late) {
            details.put("lateMinutes", order.lateMinutes);
        }
        return move(order, from, WorkOrderStatus.ON_SITE, order.late ? "checked-in-late" : "checked-in", details, before);
    }

    /** Leaving the site for a while needs a reason and the customer told (DOMAIN.md). */
    @Transactional
    public WorkOrderDtos.WorkOrderView pause(UUID id, WorkOrderDtos.PauseRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.PAUSED);
        if (!Boolean.TRUE.equals(request.customerInformed())) {
            throw ProblemException.unprocessable("customer-not-informed", "Customer not informed",
                    "Tell the customer before leaving the site, then record it with customerInformed: true.",
                    List.of(new FieldError("customerInformed", "must be true: the customer must be told")));
        }
        return move(order, order.status, WorkOrderStatus.PAUSED, "paused",
                Map.of("reason", request.reason().strip(), "customerInformed", true), view(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView resume(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.ON_SITE);
        return move(order, order.status, WorkOrderStatus.ON_SITE, "resumed", Map.of(), view(order));
    }

    /**
     * Work done: needs every safety check that applies and a complete service report. A refused attempt answers
     * 422 listing each missing item and stays on the timeline (an incomplete report has consequences).
     */
    @Transactional
    public WorkOrderDtos.WorkOrderView complete(UUID id, WorkOrderDtos.CompleteRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.WORK_DONE);
        List<FieldError> missing = missingForCompletion(order, request);
        if (!missing.isEmpty()) {
            UUID orderId = order.id;
            WorkOrderStatus status = order.status;
            List<String> missingFields = missing.stream().map(FieldError::field).toList();
            Map<String, Object> details = Map.of("missing", missingFields);
            UUID lead = order.leadInstallerId;
            String number = order.number;
            QuarkusTransaction.requiringNew().run(() -> {
                record(orderId, "completion-refused", status, null, details);
                completionRefused.fire(new CompletionRefused(orderId, number, lead, missingFields, now()));
            });
            throw ProblemException.unprocessable("incomplete-service-report", "Incomplete service report",
                    missing.size() + " required items are missing; the attempt was recorded.", missing);
        }
        WorkOrderDtos.WorkOrderView before = view(order);
        WorkOrderStatus from = order.status;
        order.checklist = request.checklist();
        order.serviceReport = request.report();
        order.paymentCollected = request.paymentCollected() == null ? null : new BigDecimal(request.paymentCollected()).setScale(2);
        order.workDoneAt = now();
        return move(order, from, WorkOrderStatus.WORK_DONE, "work-done",
                Map.of("partsReplaced", request.report().partsReplaced().size()), before);
    }

    static List<FieldError> missingForCompletion(WorkOrder order, WorkOrderDtos.CompleteRequest request) {
        List<FieldError> missing = new ArrayList<>();
        WorkOrderDtos.SafetyChecklist c = request.checklist() == null
                ? new WorkOrderDtos.SafetyChecklist(null, null, null, null, null, null) : request.checklist();
        if (order.tasks.electricalWork()) {
            requireTrue(missing, c.powerOffBeforeWork(), "checklist.powerOffBeforeWork", "power must be switched off before electrical work");
            requireTrue(missing, c.electricalSafetyChecked(), "checklist.electricalSafetyChecked", "an electrical safety check is required after wiring");
        }
        if (order.tasks.welding()) {
            requireTrue(missing, c.flammableGasChecked(), "checklist.flammableGasChecked", "the surroundings must be checked for flammable gas");
        }
        if (order.type == WorkOrderDtos.WorkOrderType.INSTALLATION || order.type == WorkOrderDtos.WorkOrderType.REPAIR) {
            requireTrue(missing, c.trialRunLeakChecked(), "checklist.trialRunLeakChecked", "a trial run with leak check is required");
        }
        if (c.hazardsFound() == null) {
            missing.add(new FieldError("checklist.hazardsFound", "say whether hazards were found in the customer's supply"));
        } else if (c.hazardsFound()) {
            requireTrue(missing, c.hazardsReportedToCustomer(), "checklist.hazardsReportedToCustomer", "found hazards must be reported to the customer");
        }
        WorkOrderDtos.ServiceReport r = request.report();
        if (r == null || blank(r.faultCause())) {
            missing.add(new FieldError("report.faultCause", "is required"));
        }
        if (r == null || blank(r.solution())) {
            missing.add(new FieldError("report.solution", "is required"));
        }
        if (r == null || r.partsReplaced() == null) {
            missing.add(new FieldError("report.partsReplaced", "is required (an empty list when no part was replaced)"));
        }
        if (r == null || blank(r.customerOpinion())) {
            missing.add(new FieldError("report.customerOpinion", "is required"));
        }
        return missing;
    }

    /** The customer signs and rates, or refuses with a reason (which becomes an objection later). */
    @Transactional
    public WorkOrderDtos.WorkOrderView signOff(UUID id, WorkOrderDtos.SignOffRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.SIGNED_OFF);
        WorkOrderDtos.WorkOrderView before = view(order);
        WorkOrderStatus from = order.status;
        boolean refused = Boolean.TRUE.equals(request.refused());
        if (refused) {
            if (blank(request.refusalReason())) {
                throw ProblemException.invalidField("refusalReason", "is required when the customer refuses to sign");
            }
        } else {
            List<FieldError> errors = new ArrayList<>();
            if (request.ratings() == null) {
                errors.add(new FieldError("ratings", "is required"));
            }
            byte[] png = decodePng(request.signaturePng(), errors);
            if (!errors.isEmpty()) {
                throw ProblemException.badRequest(errors.size() + " fields are invalid.", errors);
            }
            order.signaturePng = png;
        }
        order.signOff = new WorkOrderDtos.SignOff(refused, refused ? request.refusalReason().strip() : null,
                refused ? null : request.ratings(), request.suggestions(), now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("refused", refused);
        if (!refused) {
            details.put("ratings", Map.of("attitude", request.ratings().attitude(), "timeliness", request.ratings().timeliness(),
                    "quality", request.ratings().quality()));
        }
        return move(order, from, WorkOrderStatus.SIGNED_OFF, refused ? "sign-off-refused" : "signed-off", details, before);
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView reportIn(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.REPORTED_IN);
        return move(order, order.status, WorkOrderStatus.REPORTED_IN, "reported-in", Map.of(), view(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView file(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.FILED);
        return move(order, order.status, WorkOrderStatus.FILED, "filed", Map.of(), view(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView close(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.CLOSED);
        return move(order, order.status, WorkOrderStatus.CLOSED, "closed", Map.of(), view(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView cancel(UUID id, WorkOrderDtos.CancelRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.CANCELLED);
        WorkOrderDtos.WorkOrderView before = view(order);
        WorkOrderStatus from = order.status;
        order.cancelReason = request.reason().strip();
        Promises.cancel(order.promise);
        return move(order, from, WorkOrderStatus.CANCELLED, "cancelled", Map.of("reason", order.cancelReason), before);
    }

    /** Closes a filed order once its follow-up is done; an order no longer FILED is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAfterFollowUp(UUID id, String followUpNumber) {
        WorkOrder order = visible(id);
        if (order.status != WorkOrderStatus.FILED) {
            return;
        }
        move(order, order.status, WorkOrderStatus.CLOSED, "closed-after-follow-up", Map.of("followUp", followUpNumber), view(order));
    }

    /** Stops the on-site clock while waiting for the customer or for parts. */
    @Transactional
    public WorkOrderDtos.WorkOrderView pausePromise(UUID id, WorkOrderDtos.PausePromiseRequest request) {
        WorkOrder order = current(id, request.version());
        WorkOrderDtos.WorkOrderView before = view(order);
        promises.pause(order.promise, request.reason(), now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", request.reason().name());
        if (!blank(request.note())) {
            details.put("note", request.note().strip());
        }
        return touch(order, "promise-paused", details, before);
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView resumePromise(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = current(id, request.version());
        WorkOrderDtos.WorkOrderView before = view(order);
        promises.resume(order.promise, now());
        return touch(order, "promise-resumed", Map.of("dueAt", order.promise.dueAt.toString()), before);
    }

    /**
     * Moves the appointment (the customer asked, online or by phone). Until the crew is on the way; an assigned
     * crew must be free at the new time. The customer and the crew are told.
     */
    @Transactional
    public WorkOrderDtos.WorkOrderView reschedule(UUID id, int version, WorkOrderDtos.Appointment appointment, String reason) {
        WorkOrder order = current(id, version);
        if (!java.util.EnumSet.of(WorkOrderStatus.NEW, WorkOrderStatus.ASSIGNED, WorkOrderStatus.CUSTOMER_CONTACTED).contains(order.status)) {
            throw new ProblemException(409, "too-late-to-reschedule", "Too late to reschedule",
                    "Work order " + order.number + " is " + order.status + "; the appointment can no longer be moved.",
                    List.of(new FieldError("status", "is " + order.status)));
        }
        if (!appointment.end().isAfter(appointment.start())) {
            throw ProblemException.invalidField("appointment.end", "must be after appointment.start");
        }
        WorkOrderDtos.WorkOrderView before = view(order);
        order.appointmentStart = appointment.start();
        order.appointmentEnd = appointment.end();
        List<UUID> crew = order.crew();
        if (!crew.isEmpty()) {
            lockInstallers(crew);
            Map<UUID, List<String>> clashes = overlapping(order, crew);
            if (!clashes.isEmpty()) {
                throw new ProblemException(409, "crew-not-free", "Crew not free",
                        "The crew of work order " + order.number + " has other work at the new time.",
                        List.of(new FieldError("appointment", "the crew is booked then")));
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", before.appointment().start().toString());
        details.put("to", appointment.start().toString());
        if (!blank(reason)) {
            details.put("reason", reason.strip());
        }
        WorkOrderDtos.WorkOrderView after = touch(order, "rescheduled", details, before);
        String window = notifications.window(order.appointmentStart, order.appointmentEnd);
        String key = "rescheduled:" + order.id + ":" + order.version;
        notifications.toCustomer(order.customerId, key, Template.APPOINTMENT_CHANGED, order.number, window);
        notifications.toInstallers(crew, key, Template.APPOINTMENT_CHANGED, order.number, window);
        return after;
    }

    /** The customer confirmed the appointment (on the tracking page). */
    @Transactional
    public WorkOrderDtos.WorkOrderView confirmByCustomer(UUID id) {
        WorkOrder order = visible(id);
        if (order.status.ordinal() >= WorkOrderStatus.ON_SITE.ordinal()) {
            return view(order);
        }
        record(order, "customer-confirmed", order.status, order.status, Map.of());
        return view(order);
    }

    // --- mechanics ----------------------------------------------------------------------------------------

    /** The order if the caller may see it (installers see only their own), ready to move to {@code target}. */
    private WorkOrder transitionable(UUID id, int version, WorkOrderStatus target) {
        WorkOrder order = visible(id);
        if (!order.status.canBecome(target)) {
            List<String> allowed = order.status.next().stream().map(Enum::name).toList();
            throw new ProblemException(409, "illegal-transition", "Illegal transition",
                    "Work order " + order.number + " is " + order.status + " and cannot become " + target + ". "
                            + (allowed.isEmpty() ? "It is final." : "Allowed next states: " + String.join(", ", allowed) + "."),
                    List.of(new FieldError("status", "allowed next states: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)))));
        }
        if (version != order.version) {
            throw ProblemException.staleVersion("Work order " + order.number, version, order.version);
        }
        return order;
    }

    private WorkOrderDtos.WorkOrderView move(WorkOrder order, WorkOrderStatus from, WorkOrderStatus to, String action,
                                             Map<String, Object> details, WorkOrderDtos.WorkOrderView before) {
        order.status = to;
        Saved saved = save(order, action, from, to, details, before);
        announce(order, before, to, saved.eventId());
        moved.fire(new WorkOrderMoved(order.id, order.number, order.type, order.customerId, from, to, action, order.workDoneAt, order.signOff,
                order.leadInstallerId, order.late, order.lateMinutes, order.updatedAt));
        return saved.view();
    }

    /** A change that is not a transition: timeline, audit and a new version. */
    private WorkOrderDtos.WorkOrderView touch(WorkOrder order, String action, Map<String, Object> details, WorkOrderDtos.WorkOrderView before) {
        return save(order, action, order.status, order.status, details, before).view();
    }

    private record Saved(UUID eventId, WorkOrderDtos.WorkOrderView view) {
    }

    /** Writes a change with its timeline entry and audit record. */
    private Saved save(WorkOrder order, String action, WorkOrderStatus from, WorkOrderStatus to, Map<String, Object> details,
                       WorkOrderDtos.WorkOrderView before) {
        order.updatedAt = now();
        order.flush();
        UUID eventId = record(order, action, from, to, details);
        // A change never alters the customer: its name is the one the view before looked up.
        WorkOrderDtos.WorkOrderView after = view(order, before.customerName());
        audit.record("work-order." + action, ENTITY, order.id, before, after);
        return new Saved(eventId, after);
    }

    /** Customers hear about appointments and cancellations, installers about assignments (once per timeline event). */
    private void announce(WorkOrder order, WorkOrderDtos.WorkOrderView before, WorkOrderStatus to, UUID eventId) {
        String key = "work-order:" + eventId;
        if (to == WorkOrderStatus.ASSIGNED) {
            String window = notifications.window(order.appointmentStart, order.appointmentEnd);
            List<UUID> dropped = new ArrayList<>(before.helperIds());
            if (before.leadInstallerId() != null) {
                dropped.add(before.leadInstallerId());
            }
            dropped.removeAll(order.crew());
            notifications.toInstallers(dropped, key, Template.UNASSIGNED, order.number);
            List<UUID> added = new ArrayList<>(order.crew());
            if (before.leadInstallerId() != null) {
                added.remove(before.leadInstallerId());
            }
            added.removeAll(before.helperIds());
            notifications.toInstallers(added, key, Template.ASSIGNED, order.number, window, before.customerName());
            if (before.status() == WorkOrderStatus.NEW) {
                notifications.toCustomer(order.customerId, key, Template.APPOINTMENT_SET, order.number, window);
            }
        } else if (to == WorkOrderStatus.CANCELLED) {
            notifications.toCustomer(order.customerId, key, Template.ORDER_CANCELLED, order.number, order.cancelReason);
            notifications.toInstallers(order.crew(), key, Template.UNASSIGNED, order.number);
        }
    }

    /** The order at the version the caller read. */
    private WorkOrder current(UUID id, int version) {
        WorkOrder order = visible(id);
        if (version != order.version) {
            throw ProblemException.staleVersion("Work order " + order.number, version, order.version);
        }
        return order;
    }

    private UUID record(WorkOrder order, String action, WorkOrderStatus from, WorkOrderStatus to, Map<String, Object> details) {
        return record(order.id, action, from, to, details);
    }

    private UUID record(UUID orderId, String action, WorkOrderStatus from, WorkOrderStatus to, Map<String, Object> details) {
        WorkOrderEvent event = new WorkOrderEvent();
        event.id = Ids.newId();
        event.workOrderId = orderId;
        event.occurredAt = now();
        event.actorId = caller.id();
        event.actorName = caller.username();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.details = details.isEmpty() ? null : details;
        event.persist();
        return event.id;
    }

    private WorkOrder visible(UUID id) {
        return WorkOrder.<WorkOrder>findByIdOptional(id).filter(this::visibleToCaller)
                .orElseThrow(() -> ProblemException.notFound("The work order " + id));
    }

    /** Whether the caller may see this order: it is the tenant's, and an installer sees only the orders of their crew. */
    @Transactional
    public boolean isVisible(UUID id) {
        return WorkOrder.<WorkOrder>findByIdOptional(id).filter(this::visibleToCaller).isPresent();
    }

    private boolean visibleToCaller(WorkOrder order) {
        return !onlyInstaller() || order.crew().contains(UUID.fromString(caller.id()));
    }

    private boolean onlyInstaller() {
        return caller.onlyInstaller();
    }

    private void lockInstallers(List<UUID> crew) {
        db.createNativeQuery("select id from installer where id = any(cast(?1 as uuid[])) order by id for update")
                .setParameter(1, crew.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
    }

    /** Other open orders of the crew whose appointment overlaps this one, by installer. */
    private Map<UUID, List<String>> overlapping(WorkOrder order, List<UUID> crew) {
        Map<UUID, List<String>> overlaps = new HashMap<>();
        List<WorkOrder> others = WorkOrder.<WorkOrder>list("""
                        id <> ?1 and status in ?2 and appointmentStart < ?3 and appointmentEnd > ?4""",
                order.id, holding(), order.appointmentEnd, order.appointmentStart);
        for (WorkOrder other : others) {
            for (UUID installer : other.crew()) {
                if (crew.contains(installer)) {
                    overlaps.computeIfAbsent(installer, k -> new ArrayList<>()).add(other.number);
                }
            }
        }
        return overlaps;
    }

    private static List<WorkOrderStatus> holding() {
        return EnumSet.allOf(WorkOrderStatus.class).stream().filter(WorkOrderStatus::holdsInstaller).toList();
    }

    private ZoneId zone() {
        return tenantService.currentZone();
    }

    private static byte[] decodePng(String base64, List<FieldError> errors) {
        if (blank(base64)) {
            errors.add(new FieldError("signaturePng", "is required unless the customer refuses to sign"));
            return null;
        }
        try {
            String data = base64.startsWith("data:image/png;base64,") ? base64.substring("data:image/png;base64,".length()) : base64;
            byte[] png = Base64.getDecoder().decode(data);
            if (png.length < PNG_MAGIC.length || !java.util.Arrays.equals(java.util.Arrays.copyOf(png, PNG_MAGIC.length), PNG_MAGIC)) {
                errors.add(new FieldError("signaturePng", "must be a PNG image"));
                return null;
            }
            return png;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("signaturePng", "must be base64"));
            return null;
        }
    }

    private static void requireTrue(List<FieldError> missing, Boolean value, String field, String message) {
        if (!Boolean.TRUE.equals(value)) {
            missing.add(new FieldError(field, message));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private WorkOrderDtos.WorkOrderView view(WorkOrder o) {
        return view(o, customers.names(Set.of(o.customerId)).getOrDefault(o.customerId, ""));
    }

    static WorkOrderDtos.WorkOrderView view(WorkOrder o, String customerName) {
        return new WorkOrderDtos.WorkOrderView(o.id, o.number, o.type, o.status, o.priority, o.customerId, customerName, o.siteId, o.assetIds,
                o.description, o.tasks, o.requiredQualifications.stream().map(Qualification::valueOf).toList(), o.itemsToBring,
                new WorkOrderDtos.Appointment(o.appointmentStart, o.appointmentEnd), o.leadInstallerId, o.helperIds,
                o.servicePointId, o.fee == null ? null : o.fee.toPlainString(),
                o.paymentCollected == null ? null : o.paymentCollected.toPlainString(), o.installationRecord, o.contactNote,
                o.checkedInAt, o.late, o.lateMinutes, o.checklist, o.serviceReport, o.signOff, o.signaturePng != null,
                o.cancelReason, o.faultCategory, o.reworkOfId, o.reworkCause, List.copyOf(o.status.next()), PromiseClock.view(o.promise), o.createdAt,
                o.updatedAt, o.version);
    }
}
