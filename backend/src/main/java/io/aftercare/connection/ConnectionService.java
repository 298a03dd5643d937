package io.aftercare.connection;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsDtos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Connection applications up to a valid plan (doc 4 §1–3): the application, the supply plan within its class's deadline
 * (a late one explained to the customer), the customer's objection within the tenant's months, the plan's extension,
 * and withdrawal. The design, construction and connection steps are {@link ConnectionWork}'s.
 */
@ApplicationScoped
public class ConnectionService {

    private final ConnectionRecords records;
    private final ConnectionDeadlines deadlines;
    private final ConnectionViews views;
    private final CustomerDirectory customers;
    private final Promises promises;
    private final Notifications notifications;
    private final HumanNumbers numbers;
    private final CurrentUser caller;

    public ConnectionService(ConnectionRecords records, ConnectionDeadlines deadlines, ConnectionViews views, CustomerDirectory customers,
                             Promises promises, Notifications notifications, HumanNumbers numbers, CurrentUser caller) {
        this.records = records;
        this.deadlines = deadlines;
        this.views = views;
        this.customers = customers;
        this.promises = promises;
        this.notifications = notifications;
        this.numbers = numbers;
        this.caller = caller;
    }

    /** Newest first. */
    @ReadOnly
    public Keyset.Slice<ConnectionDtos.Summary> list(ConnectionDtos.Status status, ConnectionDtos.SupplyClass supplyClass,
                                                     PromiseDtos.PromiseStatus promiseStatus, UUID customerId, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (supplyClass != null) {
            query.and("supplyClass = :supplyClass", "supplyClass", supplyClass);
        }
        if (promiseStatus != null) {
            query.and("promise.status = :promiseStatus", "promiseStatus", promiseStatus);
        }
        if (customerId != null) {
            query.and("customerId = :customer", "customer", customerId);
        }
        List<ConnectionApplication> rows = query.rows((where, params) -> ConnectionApplication.find(where, params));
        return views.summaries(rows, query.limit());
    }

    @ReadOnly
    public ConnectionDtos.ApplicationView get(UUID id) {
        return views.of(records.find(id));
    }

    @ReadOnly
    public ConnectionDtos.Timeline timeline(UUID id) {
        return new ConnectionDtos.Timeline(views.timeline(records.find(id).id));
    }

    /** Staff register an application for a customer. */
    @Transactional
    public ConnectionDtos.ApplicationView create(ConnectionDtos.CreateRequest request) {
        if (!customers.exists(request.customerId())) {
            throw ProblemException.invalidField("customerId", "no customer of your tenant has this id");
        }
        ConnectionApplication application = apply(ConnectionDtos.Source.STAFF, request.customerId(), request.kind(), request.supplyClass(),
                request.capacityKva(), request.siteId(), request.siteAddress(), request.description());
        return views.of(application);
    }

    /** The customer applies online (the customer's own id comes from their login). */
    @Transactional
    public ConnectionDtos.MyApplicationView createMine(UUID customerId, ConnectionDtos.MyApplicationRequest request) {
        ConnectionApplication application = apply(ConnectionDtos.Source.CUSTOMER, customerId, request.kind(), request.supplyClass(),
                request.capacityKva(), request.siteId(), request.siteAddress(), request.description());
        return views.mine(application);
    }

    private ConnectionApplication apply(ConnectionDtos.Source source, UUID customerId, ConnectionDtos.ApplicationKind kind,
                                        ConnectionDtos.SupplyClass supplyClass, BigDecimal capacityKva, UUID siteId, String siteAddress,
                                        String description) {
        if (!deadlines.rules().enabled()) {
            throw new ProblemException(409, "connection-module-off", "Connection applications are off",
                    "This company does not take connection applications; a manager switches them on in the settings.", null);
        }
        ConnectionApplication application = new ConnectionApplication();
        application.id = Ids.newId();
        application.siteAddress = address(customerId, siteId, siteAddress);
        application.siteId = siteId;
        application.number = numbers.next("CA");
        application.status = ConnectionDtos.Status.APPLIED;
        application.kind = kind;
        application.supplyClass = supplyClass;
        application.capacityKva = capacityKva.setScale(1, RoundingMode.HALF_UP);
        application.source = source;
        application.customerId = customerId;
        application.description = description == null || description.isBlank() ? null : description.strip();
        application.crewIds = List.of();
        application.createdAt = ConnectionRecords.now();
        application.createdBy = caller.username();
        application.updatedAt = application.createdAt;
        application.promise = promises.start(PromiseDtos.PromiseKind.SUPPLY_PLAN, application.createdAt,
                deadlines.planDue(supplyClass, application.createdAt));
        application.persist();
        records.record(application, "applied", Map.of("supplyClass", supplyClass.name(), "capacityKva", application.capacityKva.toPlainString(),
                "dueAt", application.promise.dueAt.toString()));
        notifications.toCustomer(customerId, "connection-received:" + application.id, Template.CONNECTION_RECEIVED, application.number,
                notifications.when(application.promise.dueAt));
        return application;
    }

    private String address(UUID customerId, UUID siteId, String siteAddress) {
        if (siteId != null) {
            if (customers.site(siteId).filter(site -> site.customerId().equals(customerId)).isEmpty()) {
                throw ProblemException.invalidField("siteId", "is not a site of this customer");
            }
            return customers.siteAddresses(List.of(siteId)).getOrDefault(siteId, "");
        }
        if (siteAddress == null || siteAddress.isBlank()) {
            throw ProblemException.invalidField("siteAddress", "name a site of the customer (siteId) or write the address");
        }
        return siteAddress.strip();
    }

    /** Tells the customer why the plan will be late, before (or when) it is. */
    @Transactional
    public ConnectionDtos.ApplicationView explainDelay(UUID id, ConnectionDtos.DelayRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        if (application.status != ConnectionDtos.Status.APPLIED) {
            throw ConnectionRecords.notNow(application, "explain-delay");
        }
        explain(application, request.explanation().strip());
        return views.of(application);
    }

    private void explain(ConnectionApplication application, String explanation) {
        application.delayExplanation = explanation;
        application.delayExplainedAt = ConnectionRecords.now();
        records.record(application, "delay-explained", Map.of("explanation", explanation));
        notifications.toCustomer(application.customerId, "connection-delay:" + application.id + ":" + application.delayExplainedAt.toEpochSecond(),
                Template.CONNECTION_PLAN_DELAYED, application.number, explanation);
    }

    /** The supply plan, notified in writing; its validity starts today. Late, it needs an explanation to the customer. */
    @Transactional
    public ConnectionDtos.ApplicationView notifyPlan(UUID id, ConnectionDtos.PlanRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        if (application.status != ConnectionDtos.Status.APPLIED) {
            throw ConnectionRecords.notNow(application, "plan-notified");
        }
        OffsetDateTime now = ConnectionRecords.now();
        boolean late = application.promise != null && now.isAfter(application.promise.dueAt);
        String lateExplanation = request.lateExplanation() == null || request.lateExplanation().isBlank() ? null : request.lateExplanation().strip();
        if (late && lateExplanation == null && (application.delayExplainedAt == null
                || application.delayExplainedAt.isBefore(application.promise.startedAt))) {
            throw ProblemException.invalidField("lateExplanation", "the plan was due " + application.promise.dueAt
                    + "; tell the customer why it is late");
        }
        if (lateExplanation != null) {
            explain(application, lateExplanation);
        }
        LocalDate today = deadlines.today();
        application.plan = request.plan().strip();
        application.planNotifiedAt = now;
        application.planOriginalValidUntil = deadlines.validUntil(application.supplyClass, today);
        application.planValidUntil = application.planOriginalValidUntil;
        application.planExpiryWarnedAt = null;
        Promises.meet(application.promise, now);
        records.move(application, ConnectionDtos.Status.PLAN_NOTIFIED, "plan-notified", Map.of("plan", application.plan,
                "validUntil", application.planValidUntil.toString(), "late", Boolean.toString(late)));
        notifications.toCustomer(application.customerId, "connection-plan:" + application.id + ":" + now.toEpochSecond(),
                Template.CONNECTION_PLAN_NOTIFIED, application.number, application.plan, application.planValidUntil.toString(),
                objectionUntil(application).toString());
        return views.of(application);
    }

    /** The customer's objection within the tenant's months reopens the plan: it is negotiated again, with a new deadline. */
    @Transactional
    public ConnectionDtos.ApplicationView object(UUID id, ConnectionDtos.ObjectionRequest request) {
        return views.of(objectTo(records.open(id, request.version()), request.reason()));
    }

    @Transactional
    public ConnectionDtos.MyApplicationView objectMine(UUID customerId, String number, ConnectionDtos.ObjectionRequest request) {
        return views.mine(objectTo(mine(customerId, number, request.version()), request.reason()));
    }

    private ConnectionApplication objectTo(ConnectionApplication application, String reason) {
        if (application.status != ConnectionDtos.Status.PLAN_NOTIFIED) {
            throw ConnectionRecords.notNow(application, "plan-objected");
        }
        LocalDate until = objectionUntil(application);
        if (deadlines.today().isAfter(until)) {
            throw new ProblemException(422, "connection-objection-too-late", "Too late to object",
                    "An objection to the plan of " + application.number + " was possible until " + until + ".",
                    List.of(new FieldError("reason", "the objection period ended on " + until)));
        }
        OffsetDateTime now = ConnectionRecords.now();
        String previous = application.plan;
        application.plan = null;
        application.planNotifiedAt = null;
        application.planValidUntil = null;
        application.planOriginalValidUntil = null;
        application.delayExplanation = null;
        application.delayExplainedAt = null;
        application.promise = promises.start(PromiseDtos.PromiseKind.SUPPLY_PLAN, now, deadlines.planDue(application.supplyClass, now));
        records.move(application, ConnectionDtos.Status.APPLIED, "plan-objected", Map.of("reason", reason.strip(), "previousPlan", previous,
                "dueAt", application.promise.dueAt.toString()));
        return application;
    }

    /** Extends the plan's validity: asked at least the notice days before it expires, in total no longer than its original period. */
    @Transactional
    public ConnectionDtos.ApplicationView extend(UUID id, ConnectionDtos.ExtensionRequest request) {
        return views.of(extendPlan(records.open(id, request.version()), request));
    }

    @Transactional
    public ConnectionDtos.MyApplicationView extendMine(UUID customerId, String number, ConnectionDtos.ExtensionRequest request) {
        return views.mine(extendPlan(mine(customerId, number, request.version()), request));
    }

    private ConnectionApplication extendPlan(ConnectionApplication application, ConnectionDtos.ExtensionRequest request) {
        if (!ConnectionViews.planRunning(application)) {
            throw ConnectionRecords.notNow(application, "plan-extended");
        }
        SettingsDtos.ConnectionSettings rules = deadlines.rules();
        LocalDate today = deadlines.today();
        LocalDate askUntil = application.planValidUntil.minusDays(rules.extensionNoticeDays());
        if (today.isAfter(askUntil)) {
            throw extensionRefused(application, "An extension is asked at least " + rules.extensionNoticeDays() + " days before the plan expires on "
                    + application.planValidUntil + ", that is by " + askUntil + ".", "is asked less than " + rules.extensionNoticeDays()
                    + " days before the plan expires");
        }
        if (!request.validUntil().isAfter(application.planValidUntil)) {
            throw ProblemException.invalidField("validUntil", "must be after the plan's current last day " + application.planValidUntil);
        }
        LocalDate limit = extensionLimit(application);
        if (request.validUntil().isAfter(limit)) {
            throw extensionRefused(application, "Extensions together cannot exceed the plan's original period: the latest day is " + limit + ".",
                    "must not be after " + limit + " (the original period again)");
        }
        LocalDate before = application.planValidUntil;
        application.planValidUntil = request.validUntil();
        application.planExpiryWarnedAt = null;
        records.record(application, "plan-extended", Map.of("from", before.toString(), "to", request.validUntil().toString(),
                "reason", request.reason().strip()));
        return application;
    }

    private static ProblemException extensionRefused(ConnectionApplication application, String detail, String fieldMessage) {
        return new ProblemException(422, "connection-extension-refused", "Extension refused",
                "The plan of " + application.number + " cannot be extended: " + detail, List.of(new FieldError("validUntil", fieldMessage)));
    }

    /** Withdrawn by the customer or staff; a final state. */
    @Transactional
    public ConnectionDtos.ApplicationView cancel(UUID id, ConnectionDtos.CancelRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        application.cancelReason = ConnectionDtos.CancelReason.WITHDRAWN;
        application.cancelNote = request.reason().strip();
        application.cancelledAt = ConnectionRecords.now();
        Promises.cancel(application.promise);
        records.move(application, ConnectionDtos.Status.CANCELLED, "cancelled", Map.of("reason", application.cancelNote));
        return views.of(application);
    }

    /** The customer's own applications, newest first. */
    @ReadOnly
    public ConnectionDtos.MyList listMine(UUID customerId) {
        return new ConnectionDtos.MyList(ConnectionApplication.<ConnectionApplication>list("customerId = ?1 order by createdAt desc, id desc",
                customerId).stream().limit(200).map(views::mine).toList());
    }

    @ReadOnly
    public ConnectionDtos.MyApplicationView getMine(UUID customerId, String number) {
        return views.mine(mineByNumber(customerId, number));
    }

    private ConnectionApplication mine(UUID customerId, String number, int version) {
        ConnectionApplication application = mineByNumber(customerId, number);
        if (application.version != version) {
            throw ProblemException.staleVersion("Your application " + number, version, application.version);
        }
        return application;
    }

    /** Someone else's number answers like an unknown one. */
    private static ConnectionApplication mineByNumber(UUID customerId, String number) {
        return ConnectionApplication.<ConnectionApplication>find("number = ?1 and customerId = ?2", number, customerId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Your connection application " + number));
    }

    private LocalDate objectionUntil(ConnectionApplication application) {
        return views.objectionUntil(application, deadlines.rules());
    }

    private LocalDate extensionLimit(ConnectionApplication application) {
        return views.extensionLimit(application);
    }
}
