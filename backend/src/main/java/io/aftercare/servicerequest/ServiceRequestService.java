package io.aftercare.servicerequest;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.asset.AssetService;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerService;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderIntake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Requests and inquiries from every channel. Each ends one way: resolved by phone, converted into a work
 * order, or dismissed with a reason. The registration time is kept for the on-site promise.
 */
@ApplicationScoped
public class ServiceRequestService {

    static final String ENTITY = "service-request";

    private final CustomerService customers;
    private final CustomerDirectory customerDirectory;
    private final AssetService assets;
    private final WorkOrderQueries workOrders;
    private final WorkOrderIntake intake;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final Promises promises;

    public ServiceRequestService(CustomerService customers, CustomerDirectory customerDirectory, AssetService assets, WorkOrderQueries workOrders, WorkOrderIntake intake, HumanNumbers numbers,
                                 CurrentUser caller, AuditLog audit, Promises promises) {
        this.promises = promises;
        this.customers = customers;
        this.customerDirectory = customerDirectory;
        this.assets = assets;
        this.workOrders = workOrders;
        this.intake = intake;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<ServiceRequestDtos.ServiceRequestView> list(ServiceRequestDtos.Status status, ServiceRequestDtos.Channel channel,
                                                                     UUID customerId, PromiseDtos.PromiseStatus promiseStatus,
                                                                     Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (channel != null) {
            query.and("channel = :channel", "channel", channel);
        }
        if (customerId != null) {
            query.and("customerId = :customer", "customer", customerId);
        }
        if (promiseStatus != null) {
            // An open request keeps its own promise; a converted one's is its work order's.
            query.and("promise.status = :promiseStatus or workOrderId in (select o.id from WorkOrder o where o.promise.status = :promiseStatus)",
                    "promiseStatus", promiseStatus);
        }
        List<ServiceRequest> rows = query.rows((where, params) -> ServiceRequest.find(where, params));
        return Keyset.slice(rows, query.limit(), r -> r.id, views(rows));
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView get(UUID id) {
        ServiceRequest request = find(id);
        return views(List.of(request)).apply(request);
    }

    /** Views of these requests, with customer names and converted requests' promises read in one query each. */
    private java.util.function.Function<ServiceRequest, ServiceRequestDtos.ServiceRequestView> views(List<ServiceRequest> rows) {
        Map<UUID, String> names = customerDirectory.names(rows.stream().map(r -> r.customerId).collect(Collectors.toSet()));
        Map<UUID, PromiseDtos.PromiseView> orderPromises = workOrders.promises(
                rows.stream().map(r -> r.workOrderId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return r -> view(r, names, orderPromises);
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView create(ServiceRequestDtos.CreateServiceRequest body) {
        return register(body, null, null);
    }

    private ServiceRequestDtos.ServiceRequestView register(ServiceRequestDtos.CreateServiceRequest body, UUID siteId,
                                                           ServiceRequestDtos.Slot slot) {
        if (integrationOnly() && body.channel() != ServiceRequestDtos.Channel.API) {
            throw ProblemException.invalidField("channel", "integrations register requests with channel API");
        }
        if ((body.customerId() == null) == (body.newCustomer() == null)) {
            throw ProblemException.invalidField(body.customerId() == null ? "customerId" : "newCustomer",
                    "give either customerId or newCustomer");
        }
        UUID customerId = body.customerId();
        if (customerId != null && !customerDirectory.exists(customerId)) {
            throw ProblemException.invalidField("customerId", "no customer of your tenant has this id");
        }
        if (customerId == null) {
            try {
                customerId = customers.create(body.newCustomer()).id();
            } catch (ProblemException e) {
                throw e.withFieldPrefix("newCustomer.");
            }
        }
        if (body.assetId() != null && !customerId.equals(assets.owners(List.of(body.assetId())).get(body.assetId()))) {
            throw ProblemException.invalidField("assetId", "is not an asset of this customer");
        }
        ServiceRequest request = new ServiceRequest();
        request.id = Ids.newId();
        request.number = numbers.next("SR");
        request.channel = body.channel();
        request.customerId = customerId;
        request.assetId = body.assetId();
        request.category = body.category();
        request.description = body.description().strip();
        request.status = ServiceRequestDtos.Status.OPEN;
        request.registeredAt = now();
        request.registeredBy = caller.username();
        request.siteId = siteId;
        if (slot != null) {
            request.preferredSlotStart = slot.start();
            request.preferredSlotEnd = slot.end();
        }
        if (needsVisit(request.category)) {
            request.promise = promises.start(PromiseDtos.PromiseKind.ON_SITE, request.registeredAt);
        }
        request.persistAndFlush();
        ServiceRequestDtos.ServiceRequestView view = view(request, customerDirectory.names(Set.of(customerId)), Collections.emptyMap());
        audit.record("service-request.created", ENTITY, request.id, null, view);
        return view;
    }

    /** A booking made online: a WEB request with the site to visit and the slot the customer prefers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRequestDtos.ServiceRequestView registerBooking(ServiceRequestDtos.CreateServiceRequest body, UUID siteId,
                                                                ServiceRequestDtos.Slot slot) {
        return register(body, siteId, slot);
    }

    /** The customer moved the slot of a booking not yet converted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRequestDtos.ServiceRequestView changePreferredSlot(UUID id, ServiceRequestDtos.Slot slot) {
        ServiceRequest request = open(id, find(id).version);
        ServiceRequestDtos.ServiceRequestView before = get(id);
        request.preferredSlotStart = slot.start();
        request.preferredSlotEnd = slot.end();
        request.flush();
        ServiceRequestDtos.ServiceRequestView after = views(List.of(request)).apply(request);
        audit.record("service-request.slot-changed", ENTITY, id, before, after);
        return after;
    }

    /** The customer confirmed the appointment; confirming again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markConfirmed(UUID id) {
        ServiceRequest request = find(id);
        if (request.customerConfirmedAt == null) {
            request.customerConfirmedAt = now();
            audit.record("service-request.confirmed-by-customer", ENTITY, id, null, Map.of("at", request.customerConfirmedAt.toString()));
        }
    }

    /** The customer cancelled a booking not yet converted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRequestDtos.ServiceRequestView cancelByCustomer(UUID id, String reason) {
        return dismiss(id, new ServiceRequestDtos.DismissRequest(find(id).version, reason));
    }

    /** The id of a customer's own request by its number; another customer's or an unknown number is empty. */
    @Transactional
    public Optional<UUID> idOf(UUID customerId, String number) {
        return ServiceRequest.<ServiceRequest>find("customerId = ?1 and number = ?2", customerId, number).firstResultOptional().map(r -> r.id);
    }

    /** A customer's own requests, newest first (the customer portal). */
    @Transactional
    public List<ServiceRequestDtos.ServiceRequestView> ofCustomer(UUID customerId, int limit) {
        List<ServiceRequest> rows = ServiceRequest.<ServiceRequest>find("customerId = ?1 order by id desc", customerId).page(0, limit).list();
        var view = views(rows);
        return rows.stream().map(view).toList();
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView resolveByPhone(UUID id, ServiceRequestDtos.ResolveByPhoneRequest body) {
        ServiceRequest request = open(id, body.version());
        ServiceRequestDtos.ServiceRequestView before = get(id);
        request.resolution = body.resolution().strip();
        Promises.meet(request.promise, now());
        return close(request, ServiceRequestDtos.Status.RESOLVED_BY_PHONE, "service-request.resolved-by-phone", before);
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView dismiss(UUID id, ServiceRequestDtos.DismissRequest body) {
        ServiceRequest request = open(id, body.version());
        ServiceRequestDtos.ServiceRequestView before = get(id);
        request.dismissReason = body.reason().strip();
        Promises.cancel(request.promise);
        return close(request, ServiceRequestDtos.Status.DISMISSED, "service-request.dismissed", before);
    }

    /** Creates the work order for the request's customer and asset, in the same transaction. */
    @Transactional
    public ServiceRequestDtos.ServiceRequestView convert(UUID id, ServiceRequestDtos.ConvertRequest body) {
        ServiceRequest request = open(id, body.version());
        ServiceRequestDtos.ServiceRequestView before = get(id);
        WorkOrderDtos.WorkOrderView order = intake.create(new WorkOrderDtos.CreateWorkOrderRequest(body.type(), body.priority(),
                request.customerId, body.siteId(), request.assetId == null ? List.of() : List.of(request.assetId),
                request.number + ": " + request.description, body.tasks(), body.requiredQualifications(), body.itemsToBring(),
                body.appointment(), body.servicePointId(), body.fee(), null, body.faultCategory(), null), request.promise);
        request.workOrderId = order.id();
        request.promise = null;
        return close(request, ServiceRequestDtos.Status.CONVERTED, "service-request.converted", before);
    }

    private ServiceRequestDtos.ServiceRequestView close(ServiceRequest request, ServiceRequestDtos.Status outcome, String action,
                                                         ServiceRequestDtos.ServiceRequestView before) {
        request.status = outcome;
        request.closedAt = now();
        request.flush();
        ServiceRequestDtos.ServiceRequestView after = views(List.of(request)).apply(request);
        audit.record(action, ENTITY, request.id, before, after);
        return after;
    }

    private ServiceRequest open(UUID id, int version) {
        ServiceRequest request = find(id);
        if (request.status != ServiceRequestDtos.Status.OPEN) {
            throw new ProblemException(409, "request-closed", "Request already handled",
                    "Service request " + request.number + " is " + request.status + " already.",
                    List.of(new FieldError("status", "is " + request.status)));
        }
        if (version != request.version) {
            throw ProblemException.staleVersion("Service request " + request.number, version, request.version);
        }
        return request;
    }

    private boolean integrationOnly() {
        Set<String> roles = caller.roles();
        return roles.contains(Roles.INTEGRATION) && !roles.contains(Roles.MANAGER) && !roles.contains(Roles.DISPATCHER);
    }

    private static ServiceRequest find(UUID id) {
        return ServiceRequest.<ServiceRequest>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The service request " + id));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Requests that need a visit carry the on-site promise. */
    static boolean needsVisit(ServiceRequestDtos.Category category) {
        return category == ServiceRequestDtos.Category.INSTALLATION || category == ServiceRequestDtos.Category.FAULT
                || category == ServiceRequestDtos.Category.MAINTENANCE;
    }

    private static ServiceRequestDtos.ServiceRequestView view(ServiceRequest r, Map<UUID, String> names,
                                                              Map<UUID, PromiseDtos.PromiseView> orderPromises) {
        PromiseDtos.PromiseView promise = r.workOrderId != null ? orderPromises.get(r.workOrderId) : PromiseClock.view(r.promise);
        return new ServiceRequestDtos.ServiceRequestView(r.id, r.number, r.channel, r.customerId, names.getOrDefault(r.customerId, ""),
                r.assetId, r.category, r.description, r.status, r.resolution, r.dismissReason, r.workOrderId, r.registeredAt,
                r.registeredBy, r.closedAt, promise,
                r.preferredSlotStart == null ? null : new ServiceRequestDtos.Slot(r.preferredSlotStart, r.preferredSlotEnd), r.siteId,
                r.customerConfirmedAt, r.version);
    }
}
