package io.aftercare.workorder;

import io.aftercare.audit.AuditLog;
import io.aftercare.installer.DispatchProblem;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.Promises;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A work order's life after intake. Each action checks the transition against {@link WorkOrderStatus}, the caller's
 * version, and the action's own rule (certificates and free crew on assignment, late arrival on check-in, the safety
 * checks and service report on completion, the customer's signature on sign-off), then writes the order, a timeline
 * entry and an audit event in one transaction, and tells the customer and the crew what changed.
 */
@ApplicationScoped
public class WorkOrderLifecycle {

    static final String ENTITY = "work-order";

    private final EntityManager db;
    private final String publicUrl;
    private final SettingsService settings;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final Promises promises;
    private final Notifications notifications;
    private final Event<WorkOrderMoved> moved;
    private final Event<ReworkAttributed> reworkAttributed;
    private final Event<CompletionRefused> completionRefused;
    private final CrewEligibility eligibility;
    private final WorkOrderAccess access;
    private final WorkOrderViews views;
    private final WorkOrderTimeline timeline;
    private final ArrivalEstimate arrival;

    public WorkOrderLifecycle(EntityManager db, SettingsService settings, CurrentUser caller, AuditLog audit, Promises promises,
                              Notifications notifications, Event<WorkOrderMoved> moved, Event<ReworkAttributed> reworkAttributed,
                              Event<CompletionRefused> completionRefused, CrewEligibility eligibility, WorkOrderAccess access,
                              WorkOrderViews views, WorkOrderTimeline timeline, ArrivalEstimate arrival,
                              @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:5173") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.db = db;
        this.settings = settings;
        this.caller = caller;
        this.audit = audit;
        this.promises = promises;
        this.notifications = notifications;
        this.moved = moved;
        this.reworkAttributed = reworkAttributed;
        this.completionRefused = completionRefused;
        this.eligibility = eligibility;
        this.access = access;
        this.views = views;
        this.timeline = timeline;
        this.arrival = arrival;
    }

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
        refuseUnlessDispatchable(order, crew, eligibility.problems(order, crew), "cannot be assigned");
        WorkOrderDtos.WorkOrderView before = views.of(order);
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
        WorkOrderDtos.WorkOrderView before = views.of(order);
        WorkOrderStatus from = order.status;
        order.contactNote = request.note().strip();
        return move(order, from, WorkOrderStatus.CUSTOMER_CONTACTED, "customer-contacted", Map.of("note", order.contactNote), before);
    }

    /** On the way: the ETA from where the installer leaves, and the customer told (with the ETA when there is one). */
    @Transactional
    public WorkOrderDtos.WorkOrderView depart(UUID id, WorkOrderDtos.DepartRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.EN_ROUTE);
        WorkOrderDtos.WorkOrderView before = views.of(order);
        Optional<ArrivalEstimate.Estimate> eta = arrival.of(order, request.latitude(), request.longitude(), now());
        order.etaAt = eta.map(ArrivalEstimate.Estimate::at).orElse(null);
        order.etaKm = eta.map(ArrivalEstimate.Estimate::roadKm).orElse(null);
        Map<String, Object> details = new LinkedHashMap<>();
        eta.ifPresent(e -> {
            details.put("eta", e.at().toString());
            details.put("roadKm", e.roadKm());
        });
        WorkOrderDtos.WorkOrderView after = move(order, order.status, WorkOrderStatus.EN_ROUTE, "departed", details, before);
        String key = "departed:" + order.id + ":" + order.version;
        if (order.etaAt != null) {
            notifications.toCustomer(order.customerId, key, Template.ON_THE_WAY, order.number, notifications.timeOfDay(order.etaAt));
        } else {
            notifications.toCustomer(order.customerId, key, Template.ON_THE_WAY_NO_ETA, order.number);
        }
        return after;
    }

    /** Check-in on arrival; after the window opens plus the tenant's grace minutes, the arrival is late. */
    @Transactional
    public WorkOrderDtos.WorkOrderView checkIn(UUID id, WorkOrderDtos.CheckInRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.ON_SITE);
        WorkOrderDtos.WorkOrderView before = views.of(order);
        WorkOrderStatus from = order.status;
        OffsetDateTime arrived = now();
        int grace = settings.current().dispatch().lateGraceMinutes();
        order.checkIn(arrived, grace, request.latitude(), request.longitude());
        Promises.meet(order.promise, arrived);
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
                Map.of("reason", request.reason().strip(), "customerInformed", true), views.of(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView resume(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.ON_SITE);
        return move(order, order.status, WorkOrderStatus.ON_SITE, "resumed", Map.of(), views.of(order));
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
                timeline.record(orderId, "completion-refused", status, null, details);
                completionRefused.fire(new CompletionRefused(orderId, number, lead, missingFields, now()));
            });
            throw ProblemException.unprocessable("incomplete-service-report", "Incomplete service report",
                    missing.size() + " required items are missing; the attempt was recorded.", missing);
        }
        WorkOrderDtos.WorkOrderView before = views.of(order);
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
        for (SafetyCheck check : SafetyCheck.applicableTo(order)) {
            Boolean answer = check.answer.apply(c);
            if (check == SafetyCheck.HAZARDS_FOUND) {
                if (answer == null) {
                    missing.add(new FieldError("checklist." + check.key, check.message));
                }
            } else if (check != SafetyCheck.HAZARDS_REPORTED_TO_CUSTOMER || Boolean.TRUE.equals(c.hazardsFound())) {
                requireTrue(missing, answer, "checklist." + check.key, check.message);
            }
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
        WorkOrderDtos.WorkOrderView before = views.of(order);
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
            byte[] png = SignaturePng.decode(request.signaturePng(), errors);
            if (!errors.isEmpty()) {
                throw ProblemException.badRequest(errors.size() + " fields are invalid.", errors);
            }
            order.signaturePng = png;
            order.hasSignature = png != null;
        }
        order.signOff = new WorkOrderDtos.SignOff(refused, refused ? request.refusalReason().strip() : null,
                refused ? null : request.ratings(), request.suggestions(), now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("refused", refused);
        if (!refused) {
            details.put("ratings", Map.of("attitude", request.ratings().attitude(), "timeliness", request.ratings().timeliness(),
                    "quality", request.ratings().quality()));
        }
        WorkOrderDtos.WorkOrderView signed = move(order, from, WorkOrderStatus.SIGNED_OFF, refused ? "sign-off-refused" : "signed-off",
                details, before);
        // the signed report (or the refusal) is final: the customer is told where to read and download it, and their
        // e-mail carries it as a PDF (after the order is written, so the message's flush does not count as a second
        // change of the order)
        notifications.toCustomerWithAttachment(order.customerId, "service-report:" + order.id, ServiceReportAttachments.of(order.id),
                Template.SERVICE_REPORT_READY, order.number, publicUrl + "/my-requests");
        return signed;
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView reportIn(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.REPORTED_IN);
        return move(order, order.status, WorkOrderStatus.REPORTED_IN, "reported-in", Map.of(), views.of(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView file(UUID id, WorkOrderDtos.TransitionRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.FILED);
        return move(order, order.status, WorkOrderStatus.FILED, "filed", Map.of(), views.of(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView close(UUID id, WorkOrderDtos.CloseRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.CLOSED);
        // The lifecycle closes a filed order when its follow-up is done; closing sooner keeps the reason on the timeline.
        return move(order, order.status, WorkOrderStatus.CLOSED, "closed-without-follow-up",
                Map.of("followUpSkippedReason", request.followUpSkippedReason().strip()), views.of(order));
    }

    @Transactional
    public WorkOrderDtos.WorkOrderView cancel(UUID id, WorkOrderDtos.CancelRequest request) {
        WorkOrder order = transitionable(id, request.version(), WorkOrderStatus.CANCELLED);
        WorkOrderDtos.WorkOrderView before = views.of(order);
        WorkOrderStatus from = order.status;
        order.cancelReason = request.reason().strip();
        Promises.cancel(order.promise);
        return move(order, from, WorkOrderStatus.CANCELLED, "cancelled", Map.of("reason", order.cancelReason), before);
    }

    /** Closes a filed order once its follow-up is done; an order no longer FILED is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAfterFollowUp(UUID id, String followUpNumber) {
        WorkOrder order = access.visible(id);
        if (order.status != WorkOrderStatus.FILED) {
            return;
        }
        move(order, order.status, WorkOrderStatus.CLOSED, "closed-after-follow-up", Map.of("followUp", followUpNumber), views.of(order));
    }

    /** Stops the on-site clock while waiting for the customer or for parts. */
    @Transactional
    public WorkOrderDtos.WorkOrderView pausePromise(UUID id, WorkOrderDtos.PausePromiseRequest request) {
        WorkOrder order = current(id, request.version());
        WorkOrderDtos.WorkOrderView before = views.of(order);
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
        WorkOrderDtos.WorkOrderView before = views.of(order);
        promises.resume(order.promise, now());
        return touch(order, "promise-resumed", Map.of("dueAt", order.promise.dueAt.toString()), before);
    }

    /**
     * Moves the appointment (the customer asked, online or by phone). Until the crew is on the way; an assigned
     * crew must be free at the new time. The customer and the crew are told.
     */
    @Transactional
    public WorkOrderDtos.WorkOrderView reschedule(UUID id, int version, WorkOrderDtos.Appointment appointment, String reason) {
        return rescheduled(current(id, version), appointment, reason, true);
    }

    /**
     * Gives the order to another lead at a new appointment in one step, as the dispatcher's optimised plan does: the
     * appointment moves (the customer is told, as for a reschedule), then the assign action's checks run at the new time.
     */
    @Transactional
    public WorkOrderDtos.WorkOrderView assignAt(UUID id, int version, UUID leadInstallerId, WorkOrderDtos.Appointment appointment, String reason) {
        WorkOrder order = current(id, version);
        if (!order.appointmentStart.isEqual(appointment.start()) || !order.appointmentEnd.isEqual(appointment.end())) {
            rescheduled(order, appointment, reason, false);
        }
        return assign(id, new WorkOrderDtos.AssignRequest(order.version, leadInstallerId, List.of()));
    }

    /**
     * Refuses with 409 {@code installer-not-dispatchable} when a member of the crew (lead first) may not take the order
     * at its appointment, each refusal naming the member's field in the assign request and the reasons.
     */
    private static void refuseUnlessDispatchable(WorkOrder order, List<UUID> crew, Map<UUID, List<DispatchProblem>> problems, String what) {
        List<FieldError> refusals = new ArrayList<>();
        for (int i = 0; i < crew.size(); i++) {
            List<DispatchProblem> reasons = problems.get(crew.get(i));
            if (!reasons.isEmpty()) {
                refusals.add(new FieldError(i == 0 ? "leadInstallerId" : "helperIds[" + (i - 1) + "]",
                        String.join("; ", reasons.stream().map(DispatchProblem::message).toList())));
            }
        }
        if (!refusals.isEmpty()) {
            throw new ProblemException(409, "installer-not-dispatchable", "Installer cannot take this job",
                    "Work order " + order.number + " " + what + ": " + String.join(" | ",
                            refusals.stream().map(FieldError::message).toList()) + ".", refusals);
        }
    }

    /** {@code crewStays}: the crew keeps the order, so it must be free at the new time and hears of it. */
    private WorkOrderDtos.WorkOrderView rescheduled(WorkOrder order, WorkOrderDtos.Appointment appointment, String reason, boolean crewStays) {
        if (!EnumSet.of(WorkOrderStatus.NEW, WorkOrderStatus.ASSIGNED, WorkOrderStatus.CUSTOMER_CONTACTED).contains(order.status)) {
            throw new ProblemException(409, "too-late-to-reschedule", "Too late to reschedule",
                    "Work order " + order.number + " is " + order.status + "; the appointment can no longer be moved.",
                    List.of(new FieldError("status", "is " + order.status)));
        }
        if (!appointment.end().isAfter(appointment.start())) {
            throw ProblemException.invalidField("appointment.end", "must be after appointment.start");
        }
        WorkOrderDtos.WorkOrderView before = views.of(order);
        order.appointmentStart = appointment.start();
        order.appointmentEnd = appointment.end();
        List<UUID> crew = crewStays ? order.crew() : List.of();
        if (!crew.isEmpty()) {
            lockInstallers(crew);
            Map<UUID, List<DispatchProblem>> problems = eligibility.problems(order, crew);
            boolean onlyClashes = problems.values().stream().flatMap(List::stream).allMatch(p -> p.code() == DispatchProblem.Code.OVERLAP);
            if (onlyClashes && problems.values().stream().anyMatch(p -> !p.isEmpty())) {
                throw new ProblemException(409, "crew-not-free", "Crew not free",
                        "The crew of work order " + order.number + " has other work at the new time.",
                        List.of(new FieldError("appointment", "the crew is booked then")));
            }
            // the day may change: the crew keeps the order only if they may still take it then (leave, certificates)
            refuseUnlessDispatchable(order, crew, problems, "cannot move to " + eligibility.day(order) + " with its crew");
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
        WorkOrder order = access.visible(id);
        if (order.status.ordinal() >= WorkOrderStatus.ON_SITE.ordinal()) {
            return views.of(order);
        }
        record(order, "customer-confirmed", order.status, order.status, Map.of());
        return views.of(order);
    }

    /** The manager says who caused a rework; installer-caused rework counts against the original order's lead. */
    @Transactional
    public WorkOrderDtos.WorkOrderView attributeRework(UUID id, WorkOrderDtos.AttributeReworkRequest request) {
        WorkOrder order = access.visible(id);
        if (order.reworkOfId == null) {
            throw ProblemException.conflict("Work order " + order.number + " is not a rework.");
        }
        if (request.version() != order.version) {
            throw ProblemException.staleVersion("Work order " + order.number, request.version(), order.version);
        }
        WorkOrderDtos.WorkOrderView before = views.of(order);
        order.reworkCause = request.cause();
        order.reworkAttributedBy = caller.username();
        order.reworkAttributedAt = now();
        order.updatedAt = now();
        order.flush();
        record(order, "rework-attributed", order.status, order.status, Map.of("cause", request.cause().name()));
        WorkOrder original = WorkOrder.findById(order.reworkOfId);
        reworkAttributed.fire(new ReworkAttributed(order.id, order.number, original.id, original.number, original.leadInstallerId,
                order.reworkCause, order.fee, order.reworkAttributedAt));
        WorkOrderDtos.WorkOrderView after = WorkOrderViews.view(order, before.customerName(), before.siteAddress());
        audit.record("work-order.rework-attributed", ENTITY, id, before, after);
        return after;
    }

    /**
     * A step of the partner's on the order's timeline (took the job, reported it done); the order's state does not change.
     * Runs in the partner feature's transaction after it checked the caller works on the order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPartnerStep(UUID workOrderId, String action, Map<String, Object> details) {
        WorkOrder order = WorkOrder.<WorkOrder>findByIdOptional(workOrderId)
                .orElseThrow(() -> ProblemException.notFound("The work order " + workOrderId));
        record(order, action, order.status, order.status, details);
        audit.record("work-order." + action, ENTITY, order.id, null, details);
    }

    /** The order if the caller may see it (installers see only their own), ready to move to {@code target}. */
    private WorkOrder transitionable(UUID id, int version, WorkOrderStatus target) {
        WorkOrder order = access.visible(id);
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
        WorkOrderDtos.WorkOrderView after = WorkOrderViews.view(order, before.customerName(), before.siteAddress());
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
        WorkOrder order = access.visible(id);
        if (version != order.version) {
            throw ProblemException.staleVersion("Work order " + order.number, version, order.version);
        }
        return order;
    }

    private UUID record(WorkOrder order, String action, WorkOrderStatus from, WorkOrderStatus to, Map<String, Object> details) {
        return timeline.record(order.id, action, from, to, details);
    }

    private void lockInstallers(List<UUID> crew) {
        db.createNativeQuery("select id from installer where id = any(cast(?1 as uuid[])) order by id for update")
                .setParameter(1, crew.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
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
}
