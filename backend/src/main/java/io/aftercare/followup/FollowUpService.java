package io.aftercare.followup;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.objection.ObjectionService;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderMoved;
import io.aftercare.workorder.WorkOrderQueries;
import io.aftercare.workorder.WorkOrderLifecycle;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Follow-ups (回访): the call after a filed order, due per the tenant's promise (it closes the order when done);
 * usage calls to recently installed customers, spread over the tenant's "recent" months; and the spot checks
 * {@link FollowUpSampler} draws. A call that does not reach the customer is tried again after the tenant's retry
 * hours, until its attempts run out. A poor answer opens an objection.
 */
@ApplicationScoped
public class FollowUpService {

    static final String ENTITY = "follow-up";

    private final CustomerDirectory customers;
    private final WorkOrderQueries workOrders;
    private final WorkOrderLifecycle lifecycle;
    private final ObjectionService objections;
    private final SettingsService settings;
    private final Promises promises;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final jakarta.enterprise.event.Event<FollowUpAnswered> answered;

    public FollowUpService(CustomerDirectory customers, WorkOrderQueries workOrders, WorkOrderLifecycle lifecycle, ObjectionService objections, SettingsService settings,
                           Promises promises, HumanNumbers numbers, CurrentUser caller, AuditLog audit,
                           jakarta.enterprise.event.Event<FollowUpAnswered> answered) {
        this.answered = answered;
        this.customers = customers;
        this.workOrders = workOrders;
        this.lifecycle = lifecycle;
        this.objections = objections;
        this.settings = settings;
        this.promises = promises;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
    }

    /** The worklist: by next call time, then id. */
    @Transactional
    public Keyset.Slice<FollowUpDtos.FollowUpView> list(FollowUpDtos.Status status, FollowUpDtos.Kind kind,
                                                        PromiseDtos.PromiseStatus promiseStatus, OffsetDateTime dueBy, UUID customerId,
                                                        Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.orderedBy("nextAttemptAt, id", limit);
        Position after = Position.parse(cursor);
        if (after != null) {
            query.and("nextAttemptAt > :afterTime or (nextAttemptAt = :afterTime and id > :afterId)",
                    "afterTime", after.time(), "afterId", after.id());
        }
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        if (promiseStatus != null) {
            query.and("promise.status = :promiseStatus", "promiseStatus", promiseStatus);
        }
        if (dueBy != null) {
            query.and("nextAttemptAt <= :dueBy", "dueBy", dueBy);
        }
        if (customerId != null) {
            query.and("customerId = :customer", "customer", customerId);
        }
        List<FollowUp> rows = query.rows((where, params) -> FollowUp.find(where, params));
        List<FollowUp> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        Views views = views(page);
        String next = rows.size() > query.limit() ? new Position(page.getLast().nextAttemptAt, page.getLast().id).encode() : null;
        return new Keyset.Slice<>(page.stream().map(views::of).toList(), next);
    }

    @Transactional
    public FollowUpDtos.FollowUpView get(UUID id) {
        FollowUp followUp = find(id);
        return views(List.of(followUp)).of(followUp);
    }

    /** A filed order gets its follow-up call, and an installation its usage calls; each once, however often it is filed. */
    void onWorkOrderMoved(@Observes WorkOrderMoved moved) {
        if (moved.to() != WorkOrderStatus.FILED) {
            return;
        }
        OffsetDateTime completed = moved.workDoneAt() != null ? moved.workDoneAt() : now();
        if (FollowUp.count("sampleKey", "after:" + moved.orderId()) == 0) {
            PromiseClock promise = promises.start(PromiseDtos.PromiseKind.FOLLOW_UP, completed);
            create(FollowUpDtos.Kind.AFTER_SERVICE, moved.orderId(), moved.customerId(), promise.dueAt, "after:" + moved.orderId(), promise);
        }
        if (moved.type() == WorkOrderDtos.WorkOrderType.INSTALLATION) {
            SettingsDtos.PromiseSettings rules = settings.current().promises();
            Duration recent = Duration.between(completed, completed.plusMonths(rules.recentInstallationMonths()));
            int calls = rules.recentInstallationContacts();
            for (int k = 1; k <= calls; k++) {
                String key = "usage:" + moved.orderId() + ":" + k;
                if (FollowUp.count("sampleKey", key) == 0) {
                    OffsetDateTime due = completed.plus(recent.multipliedBy(k).dividedBy(calls + 1));
                    create(FollowUpDtos.Kind.USAGE_CALL, moved.orderId(), moved.customerId(), due, key, null);
                }
            }
        }
    }

    /** A spot check of a recent order, drawn by the sampler. */
    @Transactional(Transactional.TxType.MANDATORY)
    void createSpotCheck(UUID orderId, UUID customerId, String sampleKey, OffsetDateTime due) {
        create(FollowUpDtos.Kind.SPOT_CHECK_VISIT, orderId, customerId, due, sampleKey, null);
    }

    /**
     * One call. Reached: the answers are kept, the follow-up is done (an after-service one closes its order), and
     * a poor answer opens an objection. Not reached: tried again after the tenant's retry hours, or given up as
     * unreachable after the last attempt. The first call keeps the follow-up promise.
     */
    @Transactional
    public FollowUpDtos.FollowUpView recordAttempt(UUID id, FollowUpDtos.RecordAttemptRequest request) {
        FollowUp followUp = find(id);
        if (followUp.status != FollowUpDtos.Status.OPEN) {
            throw new ProblemException(409, "follow-up-done", "Follow-up done",
                    "Follow-up " + followUp.number + " is " + followUp.status + " already.", List.of(new FieldError("status", "is " + followUp.status)));
        }
        if (request.version() != followUp.version) {
            throw ProblemException.staleVersion("Follow-up " + followUp.number, request.version(), followUp.version);
        }
        boolean reached = request.reached();
        if (reached && request.answers() == null) {
            throw ProblemException.invalidField("answers", "are required when the customer was reached");
        }
        FollowUpDtos.FollowUpView before = get(id);
        SettingsDtos.PromiseSettings rules = settings.current().promises();
        OffsetDateTime now = now();
        List<FollowUpDtos.Attempt> log = new ArrayList<>(followUp.attemptLog);
        log.add(new FollowUpDtos.Attempt(now, caller.username(), reached, request.note() == null ? null : request.note().strip()));
        followUp.attemptLog = log;
        followUp.attempts++;
        Promises.meet(followUp.promise, now);
        String action;
        if (reached) {
            FollowUpDtos.Answers a = request.answers();
            followUp.knowsUsage = a.knowsUsage();
            followUp.meetsNeeds = a.meetsNeeds();
            followUp.installerAttitude = a.installerAttitude();
            followUp.suggestions = Texts.blankToNull(request.suggestions());
            finish(followUp, FollowUpDtos.Status.COMPLETED, now);
            List<String> poor = poorAnswers(a, rules.poorAnswerAtMost());
            if (!poor.isEmpty()) {
                followUp.objectionId = objections.openFromFollowUp(followUp.id, followUp.customerId, followUp.workOrderId,
                        "Follow-up " + followUp.number + ": poor answers (" + String.join(", ", poor) + ")"
                                + (followUp.suggestions == null ? "" : ". " + followUp.suggestions),
                        followUp.kind == FollowUpDtos.Kind.SPOT_CHECK_VISIT);
            }
            answered.fire(new FollowUpAnswered(followUp.id, followUp.number, followUp.workOrderId, a, now));
            action = "follow-up.completed";
        } else if (followUp.attempts >= rules.followUpMaxAttempts()) {
            finish(followUp, FollowUpDtos.Status.UNREACHABLE, now);
            action = "follow-up.unreachable";
        } else {
            followUp.nextAttemptAt = promises.plusWorkingHours(now, rules.followUpRetryHours());
            action = "follow-up.not-reached";
        }
        followUp.flush();
        FollowUpDtos.FollowUpView after = views(List.of(followUp)).of(followUp);
        audit.record(action, ENTITY, followUp.id, before, after);
        return after;
    }

    private void finish(FollowUp followUp, FollowUpDtos.Status status, OffsetDateTime now) {
        followUp.status = status;
        followUp.completedAt = now;
        followUp.completedBy = caller.username();
        if (followUp.kind == FollowUpDtos.Kind.AFTER_SERVICE && followUp.workOrderId != null) {
            lifecycle.closeAfterFollowUp(followUp.workOrderId, followUp.number);
        }
    }

    static List<String> poorAnswers(FollowUpDtos.Answers a, int poorAtMost) {
        List<String> poor = new ArrayList<>();
        if (a.knowsUsage() <= poorAtMost) {
            poor.add("knowsUsage " + a.knowsUsage());
        }
        if (a.meetsNeeds() <= poorAtMost) {
            poor.add("meetsNeeds " + a.meetsNeeds());
        }
        if (a.installerAttitude() <= poorAtMost) {
            poor.add("installerAttitude " + a.installerAttitude());
        }
        return poor;
    }

    private void create(FollowUpDtos.Kind kind, UUID orderId, UUID customerId, OffsetDateTime due, String sampleKey, PromiseClock promise) {
        FollowUp followUp = new FollowUp();
        followUp.id = Ids.newId();
        followUp.number = numbers.next("FU");
        followUp.kind = kind;
        followUp.status = FollowUpDtos.Status.OPEN;
        followUp.workOrderId = orderId;
        followUp.customerId = customerId;
        followUp.dueAt = due;
        followUp.nextAttemptAt = due;
        followUp.attemptLog = List.of();
        followUp.sampleKey = sampleKey;
        followUp.promise = promise;
        followUp.createdAt = now();
        followUp.persistAndFlush();
        audit.record("follow-up.scheduled", ENTITY, followUp.id, null, views(List.of(followUp)).of(followUp));
    }

    private Views views(List<FollowUp> rows) {
        return new Views(customers.cards(rows.stream().map(f -> f.customerId).collect(Collectors.toSet())),
                workOrders.numbers(rows.stream().map(f -> f.workOrderId).filter(java.util.Objects::nonNull).collect(Collectors.toSet())));
    }

    private record Views(Map<UUID, CustomerDtos.Card> cards, Map<UUID, String> orderNumbers) {
        FollowUpDtos.FollowUpView of(FollowUp f) {
            CustomerDtos.Card card = cards.getOrDefault(f.customerId, new CustomerDtos.Card("", null));
            FollowUpDtos.Answers answers = f.knowsUsage == null ? null
                    : new FollowUpDtos.Answers(f.knowsUsage, f.meetsNeeds, f.installerAttitude);
            return new FollowUpDtos.FollowUpView(f.id, f.number, f.kind, f.status, f.workOrderId,
                    f.workOrderId == null ? null : orderNumbers.get(f.workOrderId), f.customerId, card.name(), card.phone(), f.dueAt,
                    f.nextAttemptAt, f.attempts, f.attemptLog, answers, f.suggestions, f.completedAt, f.completedBy, f.objectionId,
                    PromiseClock.view(f.promise), f.createdAt, f.version);
        }
    }

    /** A keyset position in the worklist's order: next call time, then id. */
    record Position(OffsetDateTime time, UUID id) {

        String encode() {
            Instant t = time.toInstant();
            String raw = t.getEpochSecond() + "." + t.getNano() + "." + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position parse(String cursor) {
            if (cursor == null) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.");
                Instant t = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                return new Position(t.atOffset(ZoneOffset.UTC), UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
    }

    private static FollowUp find(UUID id) {
        return FollowUp.<FollowUp>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The follow-up " + id));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
