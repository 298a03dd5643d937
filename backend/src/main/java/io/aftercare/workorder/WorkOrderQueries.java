package io.aftercare.workorder;

import io.aftercare.api.Keyset;
import io.aftercare.audit.ActorNames;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.installer.AssignedWork;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading work orders: the list and its filters, an order's page, and the small lookups other features make (numbers,
 * progress, promises, field days). Every read runs read-only; installers see only their crew's orders.
 */
@ApplicationScoped
public class WorkOrderQueries implements AssignedWork {

    private final EntityManager db;
    private final CustomerDirectory customers;
    private final TenantService tenantService;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final ActorNames actorNames;
    private final WorkOrderAccess access;
    private final WorkOrderViews views;
    private final Entitlements entitlements;

    public WorkOrderQueries(EntityManager db, CustomerDirectory customers, TenantService tenantService, TenantContext tenants,
                            CurrentUser caller, ActorNames actorNames, WorkOrderAccess access, WorkOrderViews views,
                            Entitlements entitlements) {
        this.entitlements = entitlements;
        this.db = db;
        this.customers = customers;
        this.tenantService = tenantService;
        this.tenants = tenants;
        this.caller = caller;
        this.actorNames = actorNames;
        this.access = access;
        this.views = views;
    }

    /** The filters of the work order list; null means "any". */
    public record ListFilter(Set<WorkOrderStatus> statuses, UUID installerId, OffsetDateTime from, OffsetDateTime to,
                             PromiseDtos.PromiseStatus promiseStatus, Boolean unassigned, LocalDate scheduledOn, LocalDate completedOn) {
    }

    /**
     * Oldest first, keyset-paged by id. {@code scheduledOn}: an appointment starting that tenant-local day, not cancelled;
     * {@code unassigned}: no crew and not given to a partner (false: a crew or a partner), never a cancelled order;
     * {@code completedOn}: work done that tenant-local day. Installers see only the orders they are on.
     */
    /** Where an installer last checked in (the check-in's coordinates), for the dispatch console and assign suggestions. */
    public record CheckInPlace(double latitude, double longitude, OffsetDateTime at, String orderNumber) {
    }

    /** Each installer's latest check-in with coordinates before {@code until} (as lead), in one query. */
    @ReadOnly
    public Map<UUID, CheckInPlace> lastCheckIns(Collection<UUID> installerIds, OffsetDateTime until) {
        Map<UUID, CheckInPlace> places = new HashMap<>();
        if (installerIds.isEmpty()) {
            return places;
        }
        db.createQuery("""
                        select w.leadInstallerId, w.checkInLatitude, w.checkInLongitude, w.checkedInAt, w.number from WorkOrder w
                        where w.leadInstallerId in :ids and w.checkedInAt < :until and w.checkInLatitude is not null
                          and w.checkedInAt = (select max(x.checkedInAt) from WorkOrder x where x.leadInstallerId = w.leadInstallerId
                                               and x.checkedInAt < :until and x.checkInLatitude is not null)""", Object[].class)
                .setParameter("ids", installerIds).setParameter("until", until).getResultList()
                .forEach(r -> places.put((UUID) r[0], new CheckInPlace((Double) r[1], (Double) r[2], (OffsetDateTime) r[3], (String) r[4])));
        return places;
    }

    @ReadOnly
    public Keyset.Slice<WorkOrderDtos.WorkOrderSummary> list(ListFilter filter, Integer limit, String cursor) {
        KeysetQuery where = KeysetQuery.ascending(limit, cursor);
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.and("status in :statuses", "statuses", filter.statuses());
        }
        if (filter.promiseStatus() != null) {
            where.and("promise.status = :promiseStatus", "promiseStatus", filter.promiseStatus());
        }
        if (filter.from() != null) {
            where.and("appointmentEnd > :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("appointmentStart < :to", "to", filter.to());
        }
        ZoneId zone = filter.scheduledOn() != null || filter.completedOn() != null ? zone() : null;
        if (filter.scheduledOn() != null) {
            where.and("appointmentStart >= :dayStart and appointmentStart < :dayEnd and status <> :cancelled",
                    "dayStart", filter.scheduledOn().atStartOfDay(zone).toOffsetDateTime(),
                    "dayEnd", filter.scheduledOn().plusDays(1).atStartOfDay(zone).toOffsetDateTime(), "cancelled", WorkOrderStatus.CANCELLED);
        }
        if (filter.unassigned() != null) {
            where.and(filter.unassigned() ? "leadInstallerId is null and givenToPartner = false and status <> :notCancelled"
                    : "(leadInstallerId is not null or givenToPartner = true) and status <> :notCancelled", "notCancelled", WorkOrderStatus.CANCELLED);
        }
        if (filter.completedOn() != null) {
            where.and("workDoneAt >= :doneFrom and workDoneAt < :doneTo",
                    "doneFrom", filter.completedOn().atStartOfDay(zone).toOffsetDateTime(),
                    "doneTo", filter.completedOn().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        UUID crewMember = caller.onlyInstaller() ? UUID.fromString(caller.id()) : filter.installerId();
        if (crewMember != null) {
            where.and("leadInstallerId = :crew or array_contains(helperIds, :crew)", "crew", crewMember);
        }
        // Only the columns a list shows: no JSON documents, no signature, no entities to track.
        List<WorkOrderViews.ListRow> rows = where.rows((query, parameters) -> WorkOrder.find(query, parameters).project(WorkOrderViews.ListRow.class));
        int pageSize = where.limit();
        var summary = views.summaries(rows.size() > pageSize ? rows.subList(0, pageSize) : rows);
        return Keyset.slice(rows, pageSize, WorkOrderViews.ListRow::id, summary);
    }

    @ReadOnly
    public WorkOrderDtos.WorkOrderDetail detail(UUID id) {
        WorkOrder order = access.visible(id);
        List<WorkOrderEvent> events = WorkOrderEvent.list("workOrderId = ?1 order by id", id);
        Map<String, String> names = actorNames.of(events.stream().map(e -> e.actorId).collect(Collectors.toSet()));
        List<WorkOrderDtos.TimelineEntry> timeline = events.stream().map(e -> WorkOrderDtos.TimelineEntry.of(e, names)).toList();
        return new WorkOrderDtos.WorkOrderDetail(views.of(order), timeline, jobFacts(order),
                entitlements.of(order.type, order.assetIds, order.appointmentStart));
    }

    /** A customer's visits, newest first (at most {@code limit}), for their own service history. */
    @ReadOnly
    public List<WorkOrderDtos.CustomerService> servicesOfCustomer(UUID customerId, int limit) {
        Set<WorkOrderStatus> signed = EnumSet.of(WorkOrderStatus.SIGNED_OFF, WorkOrderStatus.REPORTED_IN, WorkOrderStatus.FILED,
                WorkOrderStatus.CLOSED);
        return WorkOrder.<WorkOrder>find("customerId = ?1 order by appointmentStart desc, id", customerId).page(0, limit).list().stream()
                .map(o -> new WorkOrderDtos.CustomerService(o.id, o.number, o.type, o.status, o.appointmentStart, null,
                        signed.contains(o.status), o.assetIds, o.leadInstallerId))
                .toList();
    }

    /** What the crew needs on the way and on site: whom to call, where to go, and the safety checks that apply. */
    private WorkOrderDtos.JobFacts jobFacts(WorkOrder order) {
        CustomerDtos.Card card = customers.cards(Set.of(order.customerId)).get(order.customerId);
        CustomerDtos.SiteAddress site = order.siteId == null ? null : customers.sitePlaces(Set.of(order.siteId)).get(order.siteId);
        return new WorkOrderDtos.JobFacts(card == null ? null : card.phone(),
                site == null ? null : new WorkOrderDtos.JobSite(site.address(), site.latitude(), site.longitude()),
                SafetyCheck.applicableTo(order).stream()
                        .map(check -> new WorkOrderDtos.SafetyCheckItem(check, check == SafetyCheck.HAZARDS_REPORTED_TO_CUSTOMER)).toList());
    }

    /** Views of these orders by id, with customer names, in two queries. */
    @ReadOnly
    public Map<UUID, WorkOrderDtos.WorkOrderView> views(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        List<WorkOrder> rows = WorkOrder.list("id in ?1", ids);
        var view = views.labelled(rows);
        Map<UUID, WorkOrderDtos.WorkOrderView> views = new HashMap<>();
        rows.forEach(o -> views.put(o.id, view.apply(o)));
        return views;
    }

    /** Number and customer of an order, when it exists in the tenant. */
    @ReadOnly
    public Optional<WorkOrderDtos.OrderRef> ref(UUID id) {
        return WorkOrder.<WorkOrder>findByIdOptional(id).map(o -> new WorkOrderDtos.OrderRef(o.id, o.number, o.customerId));
    }

    /** Orders made for a connection application, oldest first, with their progress. One query. */
    @ReadOnly
    public List<WorkOrderDtos.ConnectionOrder> forConnection(UUID applicationId) {
        return db.createQuery("select o.id, o.number, o.type, o.status, o.appointmentStart, o.workDoneAt from WorkOrder o "
                        + "where o.connectionApplicationId = :application order by o.createdAt, o.id", Object[].class)
                .setParameter("application", applicationId).getResultList().stream()
                .map(r -> new WorkOrderDtos.ConnectionOrder((UUID) r[0], (String) r[1], (WorkOrderDtos.WorkOrderType) r[2], (WorkOrderStatus) r[3],
                        (OffsetDateTime) r[4], (OffsetDateTime) r[5])).toList();
    }

    /** Progress of these orders (status, work-done time, the customer's signed acceptance), by id, in one query. */
    @ReadOnly
    public Map<UUID, WorkOrderDtos.Progress> progress(Collection<UUID> ids) {
        Map<UUID, WorkOrderDtos.Progress> progress = new HashMap<>();
        if (!ids.isEmpty()) {
            WorkOrder.<WorkOrder>list("id in ?1", ids).forEach(o -> progress.put(o.id, new WorkOrderDtos.Progress(o.id, o.number, o.status,
                    o.workDoneAt, o.signOff != null && !o.signOff.refused())));
        }
        return progress;
    }

    /** Numbers of these orders, by id, in one query. */
    @ReadOnly
    public Map<UUID, String> numbers(Set<UUID> ids) {
        Map<UUID, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            db.createQuery("select o.id, o.number from WorkOrder o where o.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> numbers.put((UUID) r[0], (String) r[1]));
        }
        return numbers;
    }

    /** The on-site promises of these orders, by order id. */
    @ReadOnly
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
    @ReadOnly
    public byte[] signature(UUID id) {
        WorkOrder order = access.visible(id);
        if (order.signaturePng == null) {
            throw ProblemException.notFound("A signature of work order " + order.number);
        }
        return order.signaturePng;
    }

    @Override
    @ReadOnly
    public List<String> openAssignments(UUID installerId, LocalDate firstDay, LocalDate lastDay) {
        ZoneId zone = zone();
        OffsetDateTime from = firstDay.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return WorkOrder.<WorkOrder>list("""
                        (leadInstallerId = ?1 or array_contains(helperIds, ?1)) and status in ?2
                        and appointmentStart < ?4 and appointmentEnd > ?3 order by appointmentStart""",
                        installerId, CrewEligibility.holding(), from, to)
                .stream().map(o -> o.number).toList();
    }

    /**
     * Field days of {@code month} in the tenant's zone: per installer (lead or helper), the days on which one of their
     * orders was checked in or reported in. One query; attendance counts these days as worked in the field.
     */
    @ReadOnly
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

    /** Orders checked out (work done) before {@code doneBefore} and not reported in yet, oldest first. */
    @ReadOnly
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
    @ReadOnly
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

    /** Whether the caller may see this order: it is the tenant's, and an installer sees only the orders of their crew. */
    @ReadOnly
    public boolean isVisible(UUID id) {
        return WorkOrder.<WorkOrder>findByIdOptional(id).filter(access::canSee).isPresent();
    }

    private ZoneId zone() {
        return tenantService.currentZone();
    }
}
