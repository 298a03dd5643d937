package io.aftercare.objection;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.security.CurrentUser;
import io.aftercare.workorder.WorkOrderMoved;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Objections from a refused sign-off, a poor follow-up answer or a customer's contact. Each owes a service commitment
 * within the tenant's promise (longer after a follow-up visit); the promise watch escalates those not committed in
 * time. The resolution is recorded with how the customer was told.
 */
@ApplicationScoped
public class ObjectionService {

    static final String ENTITY = "objection";

    private final CustomerDirectory customers;
    private final WorkOrderQueries workOrders;
    private final Promises promises;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;

    public ObjectionService(CustomerDirectory customers, WorkOrderQueries workOrders, Promises promises, HumanNumbers numbers,
                            CurrentUser caller, AuditLog audit) {
        this.customers = customers;
        this.workOrders = workOrders;
        this.promises = promises;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<ObjectionDtos.ObjectionView> list(ObjectionDtos.Status status, ObjectionDtos.Source source,
                                                          PromiseDtos.PromiseStatus promiseStatus, Boolean escalated, UUID customerId,
                                                          Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (source != null) {
            query.and("source = :source", "source", source);
        }
        if (promiseStatus != null) {
            query.and("promise.status = :promiseStatus", "promiseStatus", promiseStatus);
        }
        if (escalated != null) {
            query.and(escalated ? "escalatedAt is not null" : "escalatedAt is null");
        }
        if (customerId != null) {
            query.and("customerId = :customer", "customer", customerId);
        }
        List<Objection> rows = query.rows((where, params) -> Objection.find(where, params));
        Map<UUID, CustomerDtos.Card> cards = customers.cards(rows.stream().map(o -> o.customerId).collect(Collectors.toSet()));
        return Keyset.slice(rows, query.limit(), o -> o.id, o -> view(o, cards));
    }

    @Transactional
    public ObjectionDtos.ObjectionView get(UUID id) {
        return view(find(id));
    }

    /** An objection the customer raised by phone, letter or visit. */
    @Transactional
    public ObjectionDtos.ObjectionView create(ObjectionDtos.CreateObjectionRequest request) {
        if (!customers.exists(request.customerId())) {
            throw ProblemException.invalidField("customerId", "no customer of your tenant has this id");
        }
        if (request.workOrderId() != null && workOrders.ref(request.workOrderId())
                .filter(o -> o.customerId().equals(request.customerId())).isEmpty()) {
            throw ProblemException.invalidField("workOrderId", "is not a work order of this customer");
        }
        Objection objection = open(ObjectionDtos.Source.CUSTOMER_CONTACT, request.customerId(), request.workOrderId(), null,
                request.description().strip(), PromiseDtos.PromiseKind.OBJECTION_COMMITMENT);
        return view(objection);
    }

    /** A poor follow-up answer opens an objection; after a visit the commitment has the visit's (longer) promise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID openFromFollowUp(UUID followUpId, UUID customerId, UUID workOrderId, String description, boolean visit) {
        return open(ObjectionDtos.Source.FOLLOW_UP, customerId, workOrderId, followUpId, description,
                visit ? PromiseDtos.PromiseKind.FOLLOW_UP_VISIT_COMMITMENT : PromiseDtos.PromiseKind.OBJECTION_COMMITMENT).id;
    }

    /** A refused sign-off opens an objection about the order, once. */
    void onWorkOrderMoved(@Observes WorkOrderMoved moved) {
        if (moved.to() != WorkOrderStatus.SIGNED_OFF || moved.signOff() == null || !moved.signOff().refused()) {
            return;
        }
        if (Objection.count("workOrderId = ?1 and source = ?2", moved.orderId(), ObjectionDtos.Source.SIGN_OFF_REFUSED) > 0) {
            return;
        }
        open(ObjectionDtos.Source.SIGN_OFF_REFUSED, moved.customerId(), moved.orderId(), null,
                "Sign-off of " + moved.number() + " refused: " + moved.signOff().refusalReason(), PromiseDtos.PromiseKind.OBJECTION_COMMITMENT);
    }

    /** The service commitment given to the customer: keeps the promise (late, it stays breached). */
    @Transactional
    public ObjectionDtos.ObjectionView commit(UUID id, ObjectionDtos.CommitmentRequest request) {
        Objection objection = current(id, request.version());
        if (objection.status != ObjectionDtos.Status.OPEN) {
            throw wrongStatus(objection, "a commitment was given already");
        }
        ObjectionDtos.ObjectionView before = view(objection);
        objection.commitment = request.commitment().strip();
        objection.committedAt = now();
        objection.committedBy = caller.username();
        objection.status = ObjectionDtos.Status.COMMITTED;
        Promises.meet(objection.promise, objection.committedAt);
        return changed(objection, "objection.committed", before);
    }

    /** Done and the customer told; resolving without an earlier commitment keeps the promise now. */
    @Transactional
    public ObjectionDtos.ObjectionView resolve(UUID id, ObjectionDtos.ResolutionRequest request) {
        Objection objection = current(id, request.version());
        if (objection.status == ObjectionDtos.Status.RESOLVED) {
            throw wrongStatus(objection, "it is resolved already");
        }
        ObjectionDtos.ObjectionView before = view(objection);
        objection.resolution = request.resolution().strip();
        objection.customerInformedVia = request.customerInformedVia();
        objection.resolvedAt = now();
        objection.resolvedBy = caller.username();
        objection.status = ObjectionDtos.Status.RESOLVED;
        Promises.meet(objection.promise, objection.resolvedAt);
        return changed(objection, "objection.resolved", before);
    }

    private Objection open(ObjectionDtos.Source source, UUID customerId, UUID workOrderId, UUID followUpId, String description,
                           PromiseDtos.PromiseKind promise) {
        Objection objection = new Objection();
        objection.id = Ids.newId();
        objection.number = numbers.next("OB");
        objection.source = source;
        objection.status = ObjectionDtos.Status.OPEN;
        objection.customerId = customerId;
        objection.workOrderId = workOrderId;
        objection.followUpId = followUpId;
        objection.description = description.length() > 4000 ? description.substring(0, 4000) : description;
        objection.createdAt = now();
        objection.createdBy = caller.username();
        objection.promise = promises.start(promise, objection.createdAt);
        objection.persistAndFlush();
        audit.record("objection.opened", ENTITY, objection.id, null, view(objection));
        return objection;
    }

    private ObjectionDtos.ObjectionView changed(Objection objection, String action, ObjectionDtos.ObjectionView before) {
        objection.flush();
        ObjectionDtos.ObjectionView after = view(objection);
        audit.record(action, ENTITY, objection.id, before, after);
        return after;
    }

    private static Objection current(UUID id, int version) {
        Objection objection = find(id);
        if (version != objection.version) {
            throw ProblemException.staleVersion("Objection " + objection.number, version, objection.version);
        }
        return objection;
    }

    private static Objection find(UUID id) {
        return Objection.<Objection>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The objection " + id));
    }

    private static ProblemException wrongStatus(Objection objection, String why) {
        return new ProblemException(409, "objection-status", "Objection already handled",
                "Objection " + objection.number + " is " + objection.status + ": " + why + ".",
                List.of(new FieldError("status", "is " + objection.status)));
    }

    private ObjectionDtos.ObjectionView view(Objection o) {
        return view(o, customers.cards(Set.of(o.customerId)));
    }

    private static ObjectionDtos.ObjectionView view(Objection o, Map<UUID, CustomerDtos.Card> cards) {
        CustomerDtos.Card card = cards.getOrDefault(o.customerId, new CustomerDtos.Card("", null));
        return new ObjectionDtos.ObjectionView(o.id, o.number, o.source, o.status, o.customerId, card.name(), card.phone(), o.workOrderId,
                o.followUpId, o.description, o.commitment, o.committedAt, o.committedBy, o.resolution, o.customerInformedVia, o.resolvedAt,
                o.resolvedBy, o.escalatedAt != null, o.escalatedAt, PromiseClock.view(o.promise), o.createdAt, o.createdBy, o.version);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
