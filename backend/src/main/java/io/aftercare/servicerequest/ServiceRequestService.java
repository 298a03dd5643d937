package io.aftercare.servicerequest;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.asset.AssetService;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerService;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
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
    private final AssetService assets;
    private final WorkOrderService workOrders;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;

    public ServiceRequestService(CustomerService customers, AssetService assets, WorkOrderService workOrders, HumanNumbers numbers,
                                 CurrentUser caller, AuditLog audit) {
        this.customers = customers;
        this.assets = assets;
        this.workOrders = workOrders;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<ServiceRequestDtos.ServiceRequestView> list(ServiceRequestDtos.Status status, ServiceRequestDtos.Channel channel,
                                                                     UUID customerId, Integer limit, String cursor) {
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
        if (channel != null) {
            where.append(" and channel = :channel");
            params.put("channel", channel);
        }
        if (customerId != null) {
            where.append(" and customerId = :customer");
            params.put("customer", customerId);
        }
        List<ServiceRequest> rows = ServiceRequest.<ServiceRequest>find(where + " order by id", params).page(0, pageSize + 1).list();
        Map<UUID, String> names = customers.names(rows.stream().map(r -> r.customerId).collect(Collectors.toSet()));
        return Keyset.slice(rows, pageSize, r -> r.id, r -> view(r, names));
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView get(UUID id) {
        ServiceRequest request = find(id);
        return view(request, customers.names(Set.of(request.customerId)));
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView create(ServiceRequestDtos.CreateServiceRequest body) {
        if (integrationOnly() && body.channel() != ServiceRequestDtos.Channel.API) {
            throw ProblemException.invalidField("channel", "integrations register requests with channel API");
        }
        if ((body.customerId() == null) == (body.newCustomer() == null)) {
            throw ProblemException.invalidField(body.customerId() == null ? "customerId" : "newCustomer",
                    "give either customerId or newCustomer");
        }
        UUID customerId = body.customerId();
        if (customerId != null && !customers.exists(customerId)) {
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
        request.persistAndFlush();
        ServiceRequestDtos.ServiceRequestView view = view(request, customers.names(Set.of(customerId)));
        audit.record("service-request.created", ENTITY, request.id, null, view);
        return view;
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView resolveByPhone(UUID id, ServiceRequestDtos.ResolveByPhoneRequest body) {
        ServiceRequest request = open(id, body.version());
        ServiceRequestDtos.ServiceRequestView before = get(id);
        request.resolution = body.resolution().strip();
        return close(request, ServiceRequestDtos.Status.RESOLVED_BY_PHONE, "service-request.resolved-by-phone", before);
    }

    @Transactional
    public ServiceRequestDtos.ServiceRequestView dismiss(UUID id, ServiceRequestDtos.DismissRequest body) {
        ServiceRequest request = open(id, body.version());
        ServiceRequestDtos.ServiceRequestView before = get(id);
        request.dismissReason = body.reason().strip();
        return close(request, ServiceRequestDtos.Status.DISMISSED, "service-request.dismissed", before);
    }

    /** Creates the work order for the request's customer and asset, in the same transaction. */
    @Transactional
    public ServiceRequestDtos.ServiceRequestView convert(UUID id, ServiceRequestDtos.ConvertRequest body) {
        ServiceRequest request = open(id, body.version());
        ServiceRequestDtos.ServiceRequestView before = get(id);
        WorkOrderDtos.WorkOrderView order = workOrders.create(new WorkOrderDtos.CreateWorkOrderRequest(body.type(), body.priority(),
                request.customerId, body.siteId(), request.assetId == null ? List.of() : List.of(request.assetId),
                request.number + ": " + request.description, body.tasks(), body.requiredQualifications(), body.itemsToBring(),
                body.appointment(), body.servicePointId(), body.fee(), null, body.faultCategory()));
        request.workOrderId = order.id();
        return close(request, ServiceRequestDtos.Status.CONVERTED, "service-request.converted", before);
    }

    private ServiceRequestDtos.ServiceRequestView close(ServiceRequest request, ServiceRequestDtos.Status outcome, String action,
                                                         ServiceRequestDtos.ServiceRequestView before) {
        request.status = outcome;
        request.closedAt = now();
        request.flush();
        ServiceRequestDtos.ServiceRequestView after = view(request, Map.of(request.customerId, before.customerName()));
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

    private static ServiceRequestDtos.ServiceRequestView view(ServiceRequest r, Map<UUID, String> names) {
        return new ServiceRequestDtos.ServiceRequestView(r.id, r.number, r.channel, r.customerId, names.getOrDefault(r.customerId, ""),
                r.assetId, r.category, r.description, r.status, r.resolution, r.dismissReason, r.workOrderId, r.registeredAt,
                r.registeredBy, r.closedAt, r.version);
    }
}
