package io.aftercare.secondment;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.installer.InstallerService;
import io.aftercare.money.Money;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.servicepoint.ServicePointService;
import io.aftercare.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Secondments (借调): the borrowing service point is charged days × persons × the tenant's charge per day, copied at
 * creation. Seconded-in installers are after-sales staff of the borrowing point on those days ({@link #secondedInto}).
 */
@ApplicationScoped
public class SecondmentService {

    static final String ENTITY = "secondment";
    private static final Set<SecondmentDtos.Status> CHARGED = Set.of(SecondmentDtos.Status.PLANNED, SecondmentDtos.Status.ACTIVE,
            SecondmentDtos.Status.ENDED);

    private final InstallerService installers;
    private final ServicePointService servicePoints;
    private final SettingsService settings;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;

    public SecondmentService(InstallerService installers, ServicePointService servicePoints, SettingsService settings, HumanNumbers numbers,
                             CurrentUser caller, AuditLog audit) {
        this.installers = installers;
        this.servicePoints = servicePoints;
        this.settings = settings;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<SecondmentDtos.SecondmentView> list(SecondmentDtos.Status status, UUID servicePointId, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (servicePointId != null) {
            query.and("lendingPointId = :point or borrowingPointId = :point", "point", servicePointId);
        }
        List<Secondment> rows = query.rows((where, params) -> Secondment.find(where, params));
        return Keyset.slice(rows, query.limit(), s -> s.id, SecondmentService::view);
    }

    @Transactional
    public SecondmentDtos.SecondmentView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public SecondmentDtos.SecondmentView create(SecondmentDtos.CreateSecondmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.lastDay().isBefore(request.firstDay())) {
            errors.add(new FieldError("lastDay", "must not be before firstDay"));
        } else if (days(request.firstDay(), request.lastDay()) > 366) {
            errors.add(new FieldError("lastDay", "a secondment lasts at most 366 days"));
        }
        if (request.lendingServicePointId().equals(request.borrowingServicePointId())) {
            errors.add(new FieldError("borrowingServicePointId", "must differ from lendingServicePointId"));
        }
        if (!servicePoints.exists(request.lendingServicePointId())) {
            errors.add(new FieldError("lendingServicePointId", "no service point of your tenant has this id"));
        }
        if (!servicePoints.exists(request.borrowingServicePointId())) {
            errors.add(new FieldError("borrowingServicePointId", "no service point of your tenant has this id"));
        }
        List<UUID> persons = request.personIds();
        if (new HashSet<>(persons).size() != persons.size()) {
            errors.add(new FieldError("personIds", "lists a person twice"));
        }
        Map<UUID, List<UUID>> pointsOf = installers.servicePoints(persons);
        for (int i = 0; i < persons.size(); i++) {
            List<UUID> points = pointsOf.get(persons.get(i));
            if (points == null) {
                errors.add(new FieldError("personIds[" + i + "]", "no installer of your tenant has this id"));
            } else if (!points.contains(request.lendingServicePointId())) {
                errors.add(new FieldError("personIds[" + i + "]", "is not an installer of the lending service point"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " fields are invalid.", errors);
        }
        Secondment s = new Secondment();
        s.id = Ids.newId();
        s.number = numbers.next("SE");
        s.lendingPointId = request.lendingServicePointId();
        s.borrowingPointId = request.borrowingServicePointId();
        s.personIds = new ArrayList<>(persons);
        s.firstDay = request.firstDay();
        s.lastDay = request.lastDay();
        s.status = SecondmentDtos.Status.PLANNED;
        s.chargePerDay = Money.of(settings.current().allowances().secondmentChargePerDay());
        s.charge = charge(s.chargePerDay, days(s.firstDay, s.lastDay), persons.size());
        s.note = Texts.blankToNull(request.note());
        s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        s.createdBy = caller.username();
        s.persistAndFlush();
        SecondmentDtos.SecondmentView view = view(s);
        audit.record("secondment.created", ENTITY, s.id, null, view);
        return view;
    }

    @Transactional
    public SecondmentDtos.SecondmentView activate(UUID id, SecondmentDtos.TransitionRequest request) {
        Secondment s = current(id, request.version());
        requireStatus(s, Set.of(SecondmentDtos.Status.PLANNED), "only a planned secondment starts");
        return move(s, SecondmentDtos.Status.ACTIVE, "secondment.activated");
    }

    /** Ends an active secondment; ending early (a last day given) recomputes the charge at the stored rate. */
    @Transactional
    public SecondmentDtos.SecondmentView end(UUID id, SecondmentDtos.EndRequest request) {
        Secondment s = current(id, request.version());
        requireStatus(s, Set.of(SecondmentDtos.Status.ACTIVE), "only an active secondment ends");
        if (request.lastDay() != null) {
            if (request.lastDay().isBefore(s.firstDay) || request.lastDay().isAfter(s.lastDay)) {
                throw ProblemException.invalidField("lastDay", "must be within " + s.firstDay + " … " + s.lastDay);
            }
            s.lastDay = request.lastDay();
            s.charge = charge(s.chargePerDay, days(s.firstDay, s.lastDay), s.personIds.size());
        }
        return move(s, SecondmentDtos.Status.ENDED, "secondment.ended");
    }

    @Transactional
    public SecondmentDtos.SecondmentView cancel(UUID id, SecondmentDtos.TransitionRequest request) {
        Secondment s = current(id, request.version());
        requireStatus(s, Set.of(SecondmentDtos.Status.PLANNED, SecondmentDtos.Status.ACTIVE), "it is over already");
        return move(s, SecondmentDtos.Status.CANCELLED, "secondment.cancelled");
    }

    /** Charges of {@code month} per borrowing service point: each secondment's days in the month × persons × its rate. */
    @Transactional
    public SecondmentDtos.ChargesView charges(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<UUID, Integer> personDays = new TreeMap<>();
        Map<UUID, BigDecimal> amounts = new TreeMap<>();
        for (Secondment s : Secondment.<Secondment>list("status in ?1 and firstDay <= ?3 and lastDay >= ?2", CHARGED, first, last)) {
            LocalDate from = s.firstDay.isBefore(first) ? first : s.firstDay;
            LocalDate to = s.lastDay.isAfter(last) ? last : s.lastDay;
            int days = days(from, to);
            personDays.merge(s.borrowingPointId, days * s.personIds.size(), Integer::sum);
            amounts.merge(s.borrowingPointId, charge(s.chargePerDay, days, s.personIds.size()), BigDecimal::add);
        }
        List<SecondmentDtos.ChargeView> items = amounts.entrySet().stream()
                .map(e -> new SecondmentDtos.ChargeView(e.getKey(), personDays.get(e.getKey()), Money.format(e.getValue()))).toList();
        return new SecondmentDtos.ChargesView(month.toString(), items, Money.format(Money.sum(amounts.values())));
    }

    /** Installers seconded into the service point on {@code day}, in one query. */
    @Transactional
    public SecondmentDtos.SecondedStaffView secondedStaff(UUID servicePointId, LocalDate day) {
        Set<UUID> persons = new java.util.TreeSet<>(secondedIn(servicePointId, day, day));
        return new SecondmentDtos.SecondedStaffView(servicePointId, day, List.copyOf(persons));
    }

    /**
     * Which of {@code personIds} are seconded into the service point for every day from {@code first} to {@code last}
     * (one secondment covering them all): they work there as its after-sales staff and earn its trip allowances.
     */
    @Transactional
    public Set<UUID> secondedInto(UUID servicePointId, Collection<UUID> personIds, LocalDate first, LocalDate last) {
        Set<UUID> in = secondedIn(servicePointId, first, last);
        in.retainAll(new HashSet<>(personIds));
        return in;
    }

    private static Set<UUID> secondedIn(UUID servicePointId, LocalDate first, LocalDate last) {
        Set<UUID> in = new HashSet<>();
        Secondment.<Secondment>list("borrowingPointId = ?1 and status in ?2 and firstDay <= ?3 and lastDay >= ?4",
                servicePointId, Set.of(SecondmentDtos.Status.PLANNED, SecondmentDtos.Status.ACTIVE), first, last)
                .forEach(s -> in.addAll(s.personIds));
        return in;
    }

    private SecondmentDtos.SecondmentView move(Secondment s, SecondmentDtos.Status to, String action) {
        SecondmentDtos.SecondmentView before = view(s);
        s.status = to;
        s.flush();
        SecondmentDtos.SecondmentView after = view(s);
        audit.record(action, ENTITY, s.id, before, after);
        return after;
    }

    private static BigDecimal charge(BigDecimal perDay, int days, int persons) {
        return Money.times(perDay, (long) days * persons);
    }

    static int days(LocalDate first, LocalDate last) {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static void requireStatus(Secondment s, Set<SecondmentDtos.Status> allowed, String why) {
        if (!allowed.contains(s.status)) {
            throw new ProblemException(409, "secondment-status", "Secondment in another state",
                    "Secondment " + s.number + " is " + s.status + ": " + why + ".", List.of(new FieldError("status", "is " + s.status)));
        }
    }

    private static Secondment current(UUID id, int version) {
        Secondment s = find(id);
        if (version != s.version) {
            throw ProblemException.staleVersion("Secondment " + s.number, version, s.version);
        }
        return s;
    }

    private static Secondment find(UUID id) {
        return Secondment.<Secondment>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The secondment " + id));
    }

    private static SecondmentDtos.SecondmentView view(Secondment s) {
        return new SecondmentDtos.SecondmentView(s.id, s.number, s.lendingPointId, s.borrowingPointId, List.copyOf(s.personIds), s.firstDay,
                s.lastDay, days(s.firstDay, s.lastDay), s.status, Money.format(s.chargePerDay), Money.format(s.charge), s.note, s.createdAt,
                s.createdBy, s.version);
    }
}
