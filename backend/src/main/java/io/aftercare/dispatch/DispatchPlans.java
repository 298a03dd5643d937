package io.aftercare.dispatch;

import io.aftercare.api.Ids;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.servicepoint.ServicePointService;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderLifecycle;
import io.aftercare.workorder.WorkOrderQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * "Optimise the day": a run is queued, solved on this replica's optimiser thread (one run at a time: the solver takes a
 * core), bounded by the tenant's setting, and kept with its proposal. Applying takes all of the proposal or part of it,
 * each change through the same assign and reschedule actions as a dispatcher's own, in one transaction.
 */
@ApplicationScoped
public class DispatchPlans {

    private static final Logger LOG = Logger.getLogger(DispatchPlans.class);

    private final DispatchPlanRunner runner;
    private final SettingsService settings;
    private final TenantService tenantService;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final WorkOrderQueries orders;
    private final WorkOrderLifecycle lifecycle;
    private final ServicePointService servicePoints;
    private final ExecutorService optimiser = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dispatch-optimiser");
        t.setDaemon(true);
        return t;
    });

    public DispatchPlans(DispatchPlanRunner runner, SettingsService settings, TenantService tenantService, TenantContext tenants,
                         CurrentUser caller, WorkOrderQueries orders, WorkOrderLifecycle lifecycle, ServicePointService servicePoints) {
        this.runner = runner;
        this.settings = settings;
        this.tenantService = tenantService;
        this.tenants = tenants;
        this.caller = caller;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.servicePoints = servicePoints;
    }

    @PreDestroy
    void stop() {
        optimiser.shutdownNow();
    }

    /** Queues a run for the day and starts it once committed. */
    public DispatchDtos.Plan start(DispatchDtos.PlanRequest request) {
        DispatchPlan plan = QuarkusTransaction.requiringNew().call(() -> queue(request));
        UUID tenant = tenants.require();
        optimiser.submit(() -> {
            try {
                runner.run(tenant, plan.id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Optimising plan %s failed", plan.id);
            }
        });
        return plan.view();
    }

    private DispatchPlan queue(DispatchDtos.PlanRequest request) {
        LocalDate today = LocalDate.now(tenantService.currentZone());
        if (request.day().isBefore(today)) {
            throw ProblemException.invalidField("day", "must be today (" + today + ") or later: a past day cannot be planned");
        }
        if (request.servicePointId() != null && !servicePoints.exists(request.servicePointId())) {
            throw ProblemException.notFound("The service point " + request.servicePointId());
        }
        DispatchPlan plan = new DispatchPlan();
        plan.id = Ids.newId();
        plan.day = request.day();
        plan.servicePointId = request.servicePointId();
        plan.allowWindowMoves = Boolean.TRUE.equals(request.allowWindowMoves());
        plan.status = DispatchDtos.PlanStatus.QUEUED;
        plan.limitSeconds = settings.current().dispatch().optimiseSeconds();
        plan.requestedBy = caller.username();
        plan.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.persist();
        return plan;
    }

    @ReadOnly
    public DispatchDtos.Plan get(UUID id) {
        return find(id).view();
    }

    private static DispatchPlan find(UUID id) {
        return DispatchPlan.<DispatchPlan>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The plan " + id));
    }

    /**
     * Takes the named changes of a READY proposal. Refused whole (409) when any of those orders changed since the day
     * was read, naming each; otherwise each goes through the assign (and reschedule) action, whose refusals also
     * refuse the whole apply.
     */
    @Transactional
    public DispatchDtos.Plan apply(UUID id, DispatchDtos.ApplyRequest request) {
        DispatchPlan plan = find(id);
        if (plan.status != DispatchDtos.PlanStatus.READY) {
            throw new ProblemException(409, "plan-not-ready", "Plan not ready",
                    "The plan is " + plan.status + ": only a READY proposal can be applied.", List.of(new FieldError("status", "is " + plan.status)));
        }
        Map<UUID, DispatchDtos.Change> byOrder = new LinkedHashMap<>();
        plan.proposal.changes().forEach(c -> byOrder.put(c.workOrderId(), c));
        List<DispatchDtos.Change> chosen = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.workOrderIds().size(); i++) {
            UUID orderId = request.workOrderIds().get(i);
            DispatchDtos.Change change = byOrder.get(orderId);
            if (change == null) {
                throw ProblemException.invalidField("workOrderIds[" + i + "]", "is not an order this proposal changes");
            }
            if (change.applied()) {
                throw new ProblemException(409, "change-already-applied", "Change already applied",
                        "The change of work order " + change.number() + " was applied already.",
                        List.of(new FieldError("workOrderIds[" + i + "]", change.number() + " was applied already")));
            }
            if (seen.add(orderId)) {
                chosen.add(change);
            }
        }
        refuseStale(chosen, request.workOrderIds());
        for (DispatchDtos.Change change : inApplicableOrder(chosen)) {
            if (change.toInstallerId().equals(change.fromInstallerId())) {
                lifecycle.reschedule(change.workOrderId(), change.version(), change.to(), "optimised plan of " + plan.day);
            } else if (change.windowMoved()) {
                lifecycle.assignAt(change.workOrderId(), change.version(), change.toInstallerId(), change.to(), "optimised plan of " + plan.day);
            } else {
                lifecycle.assign(change.workOrderId(), new WorkOrderDtos.AssignRequest(change.version(), change.toInstallerId(), List.of()));
            }
            byOrder.put(change.workOrderId(), change.asApplied());
        }
        plan.proposal = new DispatchPlan.Proposal(List.copyOf(byOrder.values()), plan.proposal.unplaced());
        plan.flush();
        return plan.view();
    }

    /** 409 naming every chosen order whose version moved on since the day was read. */
    private void refuseStale(List<DispatchDtos.Change> chosen, List<UUID> requested) {
        Set<UUID> ids = new HashSet<>();
        chosen.forEach(c -> ids.add(c.workOrderId()));
        Map<UUID, WorkOrderDtos.WorkOrderView> now = orders.views(ids);
        List<FieldError> stale = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (DispatchDtos.Change c : chosen) {
            WorkOrderDtos.WorkOrderView current = now.get(c.workOrderId());
            if (current == null || current.version() != c.version()) {
                numbers.add(c.number());
                stale.add(new FieldError("workOrderIds[" + requested.indexOf(c.workOrderId()) + "]",
                        c.number() + (current == null ? " is gone" : " changed since the plan was made (version " + c.version() + ", now "
                                + current.version() + ")")));
            }
        }
        if (!stale.isEmpty()) {
            throw new ProblemException(409, "plan-stale", "Plan out of date",
                    "Work order" + (numbers.size() > 1 ? "s " : " ") + String.join(", ", numbers)
                            + " changed since the plan was made; nothing was applied. Optimise the day again.", stale);
        }
    }

    /**
     * Changes in an order where each finds its new slot free: one moving onto an installer's time waits for the change
     * that moves that installer's order out of it. Changes that wait on each other in a ring cannot be applied one by one.
     */
    static List<DispatchDtos.Change> inApplicableOrder(List<DispatchDtos.Change> chosen) {
        List<DispatchDtos.Change> pending = new ArrayList<>(chosen);
        List<DispatchDtos.Change> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            DispatchDtos.Change next = pending.stream().filter(c -> pending.stream().noneMatch(o -> o != c && blocks(o, c))).findFirst()
                    .orElse(null);
            if (next == null) {
                throw new ProblemException(409, "plan-changes-wait-on-each-other", "Changes wait on each other",
                        "Work orders " + String.join(", ", pending.stream().map(DispatchDtos.Change::number).toList())
                                + " trade places: each takes a time another still holds. Assign one of them by hand first.",
                        List.of(new FieldError("workOrderIds", "the changes of " + String.join(", ",
                                pending.stream().map(DispatchDtos.Change::number).toList()) + " wait on each other")));
            }
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /** {@code other} still holds the time {@code change} moves onto, with the same installer. */
    private static boolean blocks(DispatchDtos.Change other, DispatchDtos.Change change) {
        return change.toInstallerId().equals(other.fromInstallerId())
                && other.from().start().isBefore(change.to().end()) && other.from().end().isAfter(change.to().start());
    }
}
