package io.aftercare.complaint;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.installer.InstallerService;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.security.CurrentUser;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Complaints: received from any channel, investigated, verified or rejected, closed with the remedial action. The answer
 * to the customer is owed within the objection promise; a verification announces {@link ComplaintVerified} in the same
 * transaction, so its consequence in the ledger commits with it.
 */
@ApplicationScoped
public class ComplaintService {

    static final String ENTITY = "complaint";

    private final WorkOrderQueries workOrders;
    private final InstallerService installers;
    private final CustomerDirectory customers;
    private final Promises promises;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final Event<ComplaintVerified> verified;
    private final EntityManager db;

    public ComplaintService(WorkOrderQueries workOrders, InstallerService installers, CustomerDirectory customers, Promises promises,
                            HumanNumbers numbers, CurrentUser caller, AuditLog audit, Event<ComplaintVerified> verified, EntityManager db) {
        this.workOrders = workOrders;
        this.installers = installers;
        this.customers = customers;
        this.promises = promises;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
        this.verified = verified;
        this.db = db;
    }

    @Transactional
    public Keyset.Slice<ComplaintDtos.ComplaintView> list(ComplaintDtos.Status status, ComplaintDtos.Category category, UUID installerId,
                                                          UUID workOrderId, PromiseDtos.PromiseStatus promiseStatus, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (category != null) {
            query.and("category = :category", "category", category);
        }
        if (installerId != null) {
            query.and("installerId = :installer", "installer", installerId);
        }
        if (workOrderId != null) {
            query.and("workOrderId = :order", "order", workOrderId);
        }
        if (promiseStatus != null) {
            query.and("promise.status = :promiseStatus", "promiseStatus", promiseStatus);
        }
        List<Complaint> rows = query.rows((where, params) -> Complaint.find(where, params));
        Views views = views(rows);
        return Keyset.slice(rows, query.limit(), c -> c.id, views::of);
    }

    @Transactional
    public ComplaintDtos.ComplaintView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public ComplaintDtos.ComplaintView create(ComplaintDtos.CreateComplaintRequest request) {
        UUID customerId = request.customerId();
        UUID installerId = request.installerId();
        if (request.workOrderId() != null) {
            WorkOrderDtos.WorkOrderView order = workOrders.views(Set.of(request.workOrderId())).get(request.workOrderId());
            if (order == null) {
                throw ProblemException.invalidField("workOrderId", "no work order of your tenant has this id");
            }
            if (customerId != null && !customerId.equals(order.customerId())) {
                throw ProblemException.invalidField("customerId", "is not the customer of the work order");
            }
            customerId = order.customerId();
            if (installerId == null) {
                installerId = order.leadInstallerId();
            }
        }
        if (installerId == null && request.workOrderId() == null) {
            throw ProblemException.invalidField("installerId", "name the installer or the work order the complaint is about");
        }
        if (installerId != null && !installers.exists(installerId)) {
            throw ProblemException.invalidField("installerId", "no installer of your tenant has this id");
        }
        if (request.customerId() != null && request.workOrderId() == null && !customers.exists(request.customerId())) {
            throw ProblemException.invalidField("customerId", "no customer of your tenant has this id");
        }
        OffsetDateTime now = now();
        if (request.receivedAt() != null && request.receivedAt().isAfter(now.plusMinutes(5))) {
            throw ProblemException.invalidField("receivedAt", "must not be in the future");
        }
        Complaint complaint = new Complaint();
        complaint.id = Ids.newId();
        complaint.number = numbers.next("CP");
        complaint.channel = request.channel();
        complaint.category = request.category();
        complaint.status = ComplaintDtos.Status.OPEN;
        complaint.customerId = customerId;
        complaint.workOrderId = request.workOrderId();
        complaint.installerId = installerId;
        complaint.complainantName = Texts.blankToNull(request.complainantName());
        complaint.complainantPhone = Texts.blankToNull(request.complainantPhone());
        complaint.description = request.description().strip();
        complaint.receivedAt = request.receivedAt() == null ? now : request.receivedAt().withOffsetSameInstant(ZoneOffset.UTC);
        complaint.createdBy = caller.username();
        complaint.promise = promises.start(PromiseDtos.PromiseKind.COMPLAINT_ANSWER, complaint.receivedAt);
        complaint.persistAndFlush();
        ComplaintDtos.ComplaintView view = view(complaint);
        audit.record("complaint.received", ENTITY, complaint.id, null, view);
        return view;
    }

    @Transactional
    public ComplaintDtos.ComplaintView investigate(UUID id, ComplaintDtos.StepRequest request) {
        Complaint complaint = current(id, request.version(), ComplaintDtos.Status.OPEN);
        ComplaintDtos.ComplaintView before = view(complaint);
        complaint.status = ComplaintDtos.Status.INVESTIGATING;
        complaint.investigationNote = Texts.blankToNull(request.note());
        answer(complaint, request.customerAnswer());
        return changed(complaint, "complaint.investigating", before);
    }

    /** Verified: the installer's consequence follows in the same transaction (see the discipline ledger). */
    @Transactional
    public ComplaintDtos.ComplaintView verify(UUID id, ComplaintDtos.StepRequest request) {
        Complaint complaint = current(id, request.version(), ComplaintDtos.Status.OPEN, ComplaintDtos.Status.INVESTIGATING);
        ComplaintDtos.ComplaintView before = view(complaint);
        decide(complaint, ComplaintDtos.Status.VERIFIED, request);
        verified.fire(new ComplaintVerified(complaint.id, complaint.number, complaint.category, complaint.installerId, complaint.workOrderId,
                complaint.decidedAt));
        return changed(complaint, "complaint.verified", before);
    }

    @Transactional
    public ComplaintDtos.ComplaintView reject(UUID id, ComplaintDtos.StepRequest request) {
        Complaint complaint = current(id, request.version(), ComplaintDtos.Status.OPEN, ComplaintDtos.Status.INVESTIGATING);
        if (request.note() == null || request.note().isBlank()) {
            throw ProblemException.invalidField("note", "say why the complaint is rejected");
        }
        ComplaintDtos.ComplaintView before = view(complaint);
        decide(complaint, ComplaintDtos.Status.REJECTED, request);
        return changed(complaint, "complaint.rejected", before);
    }

    @Transactional
    public ComplaintDtos.ComplaintView close(UUID id, ComplaintDtos.CloseRequest request) {
        Complaint complaint = current(id, request.version(), ComplaintDtos.Status.VERIFIED, ComplaintDtos.Status.REJECTED);
        ComplaintDtos.ComplaintView before = view(complaint);
        answer(complaint, request.customerAnswer());
        if (complaint.customerAnswer == null) {
            throw ProblemException.invalidField("customerAnswer", "the customer must be answered before the complaint is closed");
        }
        complaint.remedialAction = request.remedialAction().strip();
        complaint.status = ComplaintDtos.Status.CLOSED;
        complaint.closedAt = now();
        complaint.closedBy = caller.username();
        return changed(complaint, "complaint.closed", before);
    }

    /** Verified complaints (verified, or closed after verification) about each of these orders, in one query. */
    @Transactional
    public Map<UUID, Long> verifiedCountsByWorkOrder(Collection<UUID> workOrderIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (workOrderIds.isEmpty()) {
            return counts;
        }
        db.createQuery("""
                        select c.workOrderId, count(c) from Complaint c
                        where c.workOrderId in :ids and c.verified = true group by c.workOrderId""", Object[].class)
                .setParameter("ids", workOrderIds)
                .getResultList().forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }

    private void decide(Complaint complaint, ComplaintDtos.Status outcome, ComplaintDtos.StepRequest request) {
        complaint.status = outcome;
        complaint.verified = outcome == ComplaintDtos.Status.VERIFIED;
        complaint.decidedAt = now();
        complaint.decidedBy = caller.username();
        complaint.decisionNote = Texts.blankToNull(request.note());
        answer(complaint, request.customerAnswer());
    }

    private void answer(Complaint complaint, String answer) {
        if (answer == null || answer.isBlank() || complaint.customerAnswer != null) {
            return;
        }
        complaint.customerAnswer = answer.strip();
        Promises.meet(complaint.promise, now());
    }

    private ComplaintDtos.ComplaintView changed(Complaint complaint, String action, ComplaintDtos.ComplaintView before) {
        complaint.flush();
        ComplaintDtos.ComplaintView after = view(complaint);
        audit.record(action, ENTITY, complaint.id, before, after);
        return after;
    }

    private static Complaint current(UUID id, int version, ComplaintDtos.Status... allowed) {
        Complaint complaint = find(id);
        if (version != complaint.version) {
            throw ProblemException.staleVersion("Complaint " + complaint.number, version, complaint.version);
        }
        if (!List.of(allowed).contains(complaint.status)) {
            throw new ProblemException(409, "complaint-status", "Complaint not in that state",
                    "Complaint " + complaint.number + " is " + complaint.status + "; this step needs " + List.of(allowed) + ".",
                    List.of(new FieldError("status", "is " + complaint.status)));
        }
        return complaint;
    }

    private static Complaint find(UUID id) {
        return Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The complaint " + id));
    }

    private ComplaintDtos.ComplaintView view(Complaint c) {
        return views(List.of(c)).of(c);
    }

    /** Names of the customers, installers and orders of these complaints, in three queries. */
    private Views views(List<Complaint> rows) {
        Map<UUID, String> customerNames = customers.names(ids(rows, c -> c.customerId));
        Map<UUID, String> installerNames = installers.names(ids(rows, c -> c.installerId));
        Map<UUID, String> orderNumbers = workOrders.numbers(ids(rows, c -> c.workOrderId));
        return new Views(customerNames, installerNames, orderNumbers);
    }

    private static Set<UUID> ids(List<Complaint> rows, java.util.function.Function<Complaint, UUID> id) {
        return rows.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private record Views(Map<UUID, String> customerNames, Map<UUID, String> installerNames, Map<UUID, String> orderNumbers) {
        ComplaintDtos.ComplaintView of(Complaint c) {
            return new ComplaintDtos.ComplaintView(c.id, c.number, c.channel, c.category, c.status, c.customerId, customerNames.get(c.customerId),
                    c.workOrderId, orderNumbers.get(c.workOrderId), c.installerId, installerNames.get(c.installerId), c.complainantName,
                    c.complainantPhone, c.description, c.investigationNote, c.verified, c.decidedAt, c.decidedBy, c.decisionNote, c.remedialAction,
                    c.customerAnswer, c.closedAt, c.closedBy, PromiseClock.view(c.promise), c.receivedAt, c.createdBy, c.version);
        }
    }


    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
