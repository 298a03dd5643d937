package io.aftercare.workorder;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.asset.AssetService;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.installer.Qualification;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.servicepoint.ServicePointService;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * New work orders: checked references (customer, site, assets, service point), the qualifications their tasks need,
 * the on-site promise, a number, and whether the repair reworks a recent order.
 */
@ApplicationScoped
public class WorkOrderIntake {

    private final EntityManager db;
    private final HumanNumbers numbers;
    private final CustomerDirectory customers;
    private final AssetService assets;
    private final Entitlements entitlements;
    private final ServicePointService servicePoints;
    private final SettingsService settings;
    private final TenantContext tenants;
    private final AuditLog audit;
    private final Promises promises;
    private final WorkOrderTimeline timeline;
    private final WorkOrderViews views;

    private final Event<RepairRegistered> repairs;
    private final WorkOrderDtos.ConnectionWorkGate connectionWork;

    public WorkOrderIntake(EntityManager db, HumanNumbers numbers, CustomerDirectory customers, AssetService assets,
                           ServicePointService servicePoints, SettingsService settings, TenantContext tenants, AuditLog audit,
                           Promises promises, WorkOrderTimeline timeline, WorkOrderViews views, Event<RepairRegistered> repairs,
                           Entitlements entitlements, WorkOrderDtos.ConnectionWorkGate connectionWork) {
        this.entitlements = entitlements;
        this.connectionWork = connectionWork;
        this.repairs = repairs;
        this.db = db;
        this.numbers = numbers;
        this.customers = customers;
        this.assets = assets;
        this.servicePoints = servicePoints;
        this.settings = settings;
        this.tenants = tenants;
        this.audit = audit;
        this.promises = promises;
        this.timeline = timeline;
        this.views = views;
    }

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
        if (request.connectionApplicationId() != null) {
            connectionWork.admit(request.connectionApplicationId(), request.customerId(), request.type());
        }
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
        order.fee = request.fee() != null ? new BigDecimal(request.fee()).setScale(2) : proposedFee(order);
        order.installationRecord = request.installationRecord();
        order.faultCategory = request.faultCategory();
        order.reworkOfId = reworkOf(order);
        order.connectionApplicationId = request.connectionApplicationId();
        order.createdAt = now();
        order.updatedAt = order.createdAt;
        order.promise = onSitePromise != null ? onSitePromise.copy() : promises.start(PromiseDtos.PromiseKind.ON_SITE, order.createdAt);
        order.persist();
        timeline.record(order.id, "created", null, WorkOrderStatus.NEW,
                order.reworkOfId == null ? Map.of() : Map.of("reworkOf", order.reworkOfId.toString()));
        order.flush();
        if (order.connectionApplicationId != null) {
            connectionWork.linked(order.connectionApplicationId, order.id, order.number, order.type);
        }
        if (order.type == WorkOrderDtos.WorkOrderType.REPAIR && order.faultCategory != null && !order.assetIds.isEmpty()) {
            repairs.fire(new RepairRegistered(order.id, order.assetIds, order.faultCategory, order.createdAt));
        }
        WorkOrderDtos.WorkOrderView view = views.of(order);
        audit.record("work-order.created", WorkOrderLifecycle.ENTITY, order.id, null, view);
        return view;
    }

    /** A repair of an asset out of warranty on the appointment's day: the catalogue's out-of-warranty fee. */
    private BigDecimal proposedFee(WorkOrder order) {
        if (order.type != WorkOrderDtos.WorkOrderType.REPAIR || order.assetIds.isEmpty()) {
            return null;
        }
        String proposed = entitlements.of(order.type, order.assetIds, order.appointmentStart).proposedFee();
        return proposed == null ? null : new BigDecimal(proposed);
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

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
