package io.aftercare.trip;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.installer.InstallerService;
import io.aftercare.money.Money;
import io.aftercare.money.PayPeriods;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.secondment.SecondmentService;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.servicepoint.ServicePointService;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Trips and their allowances. The rates are read from the settings when a trip is planned and kept with it; each
 * person's allowance is computed then (meals) and grows with the lodging their approved expense claims record. The
 * allowances count as pay when the trip is COMPLETED, in the pay month of its last day.
 */
@ApplicationScoped
public class TripService {

    static final String ENTITY = "trip";

    private final InstallerService installers;
    private final WorkOrderQueries workOrders;
    private final ServicePointService servicePoints;
    private final SecondmentService secondments;
    private final SettingsService settings;
    private final PayPeriods payPeriods;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;

    public TripService(InstallerService installers, WorkOrderQueries workOrders, ServicePointService servicePoints,
                       SecondmentService secondments, SettingsService settings, PayPeriods payPeriods, HumanNumbers numbers,
                       CurrentUser caller, AuditLog audit) {
        this.installers = installers;
        this.workOrders = workOrders;
        this.servicePoints = servicePoints;
        this.secondments = secondments;
        this.settings = settings;
        this.payPeriods = payPeriods;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Keyset.Slice<TripDtos.TripView> list(TripDtos.Status status, UUID personId, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        UUID person = officeStaff() ? personId : UUID.fromString(caller.id());
        if (person != null) {
            query.and("id in (select a.tripId from TripAllowance a where a.personId = :person)", "person", person);
        }
        List<Trip> rows = query.rows((where, params) -> Trip.find(where, params));
        Map<UUID, List<TripAllowance>> allowances = allowancesOf(rows.stream().limit(query.limit()).map(t -> t.id).toList());
        return Keyset.slice(rows, query.limit(), t -> t.id, t -> view(t, allowances.getOrDefault(t.id, List.of())));
    }

    @Transactional
    public TripDtos.TripView get(UUID id) {
        Trip trip = visible(id);
        return view(trip);
    }

    @Transactional
    public TripDtos.TripView create(TripDtos.CreateTripRequest request) {
        if (request.lastDay().isBefore(request.firstDay())) {
            throw ProblemException.invalidField("lastDay", "must not be before firstDay");
        }
        if (TripAllowances.days(request.firstDay(), request.lastDay()) > 366) {
            throw ProblemException.invalidField("lastDay", "a trip lasts at most 366 days");
        }
        List<FieldError> errors = new ArrayList<>();
        List<UUID> persons = request.personIds();
        if (new HashSet<>(persons).size() != persons.size()) {
            errors.add(new FieldError("personIds", "lists a person twice"));
        }
        Map<UUID, List<UUID>> pointsOf = installers.servicePoints(persons);
        Set<UUID> secondedIn = request.servicePointId() == null ? Set.of()
                : secondments.secondedInto(request.servicePointId(), persons, request.firstDay(), request.lastDay());
        if (request.servicePointId() != null && !servicePoints.exists(request.servicePointId())) {
            errors.add(new FieldError("servicePointId", "no service point of your tenant has this id"));
        }
        for (int i = 0; i < persons.size(); i++) {
            UUID p = persons.get(i);
            if (!pointsOf.containsKey(p)) {
                errors.add(new FieldError("personIds[" + i + "]", "no installer of your tenant has this id"));
            } else if (request.servicePointId() != null && !pointsOf.get(p).contains(request.servicePointId()) && !secondedIn.contains(p)) {
                errors.add(new FieldError("personIds[" + i + "]",
                        "is neither an installer of the service point nor seconded into it for all the trip's days"));
            }
        }
        List<UUID> orders = List.copyOf(new LinkedHashSet<>(request.workOrderIds()));
        Map<UUID, String> known = workOrders.numbers(new HashSet<>(orders));
        for (int i = 0; i < request.workOrderIds().size(); i++) {
            if (!known.containsKey(request.workOrderIds().get(i))) {
                errors.add(new FieldError("workOrderIds[" + i + "]", "no work order of your tenant has this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " fields are invalid.", errors);
        }
        SettingsDtos.AllowanceSettings rates = settings.current().allowances();
        Trip trip = new Trip();
        trip.id = Ids.newId();
        trip.number = numbers.next("TR");
        trip.destination = request.destination().strip();
        trip.firstDay = request.firstDay();
        trip.lastDay = request.lastDay();
        trip.purpose = request.purpose().strip();
        trip.status = TripDtos.Status.PLANNED;
        trip.servicePointId = request.servicePointId();
        trip.workOrderIds = new ArrayList<>(orders);
        trip.lodgingCapPerDay = Money.of(rates.lodgingCapPerDay());
        trip.mealAllowance = Money.of(rates.mealAllowancePerMeal());
        trip.mealsPerDay = rates.mealsPerDay();
        trip.createdAt = now();
        trip.createdBy = caller.username();
        trip.persist();
        TripAllowances.Allowance allowance = TripAllowances.of(trip.firstDay, trip.lastDay, trip.fieldTask(), trip.rates());
        for (UUID p : persons) {
            TripAllowance a = new TripAllowance();
            a.id = Ids.newId();
            a.tripId = trip.id;
            a.personId = p;
            a.set(allowance);
            a.persist();
        }
        Trip.flush();
        TripDtos.TripView view = view(trip);
        audit.record("trip.planned", ENTITY, trip.id, null, view);
        return view;
    }

    /** The trip is over: its allowances count as pay in the pay month of its last day. */
    @Transactional
    public TripDtos.TripView complete(UUID id, TripDtos.TransitionRequest request) {
        Trip trip = current(id, request.version());
        requireStatus(trip, TripDtos.Status.PLANNED, "only a planned trip can be completed");
        TripDtos.TripView before = view(trip);
        YearMonth payMonth = payPeriods.payMonthFor(trip.lastDay); // a native query: read before changing the trip (auto-flush)
        trip.status = TripDtos.Status.COMPLETED;
        trip.completedAt = now();
        trip.payMonth = payMonth.atDay(1);
        trip.originalMonth = YearMonth.from(trip.lastDay).atDay(1);
        return changed(trip, "trip.completed", before);
    }

    @Transactional
    public TripDtos.TripView cancel(UUID id, TripDtos.CancelRequest request) {
        Trip trip = current(id, request.version());
        requireStatus(trip, TripDtos.Status.PLANNED, "only a planned trip can be cancelled");
        TripDtos.TripView before = view(trip);
        trip.status = TripDtos.Status.CANCELLED;
        trip.cancelledAt = now();
        trip.cancelReason = request.reason().strip();
        return changed(trip, "trip.cancelled", before);
    }

    /** What an expense claim needs of a trip, when it exists in the tenant. */
    @Transactional
    public java.util.Optional<TripDtos.TripRef> ref(UUID id) {
        return Trip.<Trip>findByIdOptional(id).map(t -> new TripDtos.TripRef(t.id, t.number, t.destination, t.firstDay, t.lastDay,
                t.status, TripAllowance.<TripAllowance>list("tripId", t.id).stream().map(a -> a.personId).toList(), t.lodgingCapPerDay));
    }

    /**
     * Lodging nights a person claimed on a trip (an approved expense claim's LODGING receipts): paid into their
     * allowance at the trip's stored cap. When the trip's allowances already count in a locked pay month, 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordLodging(UUID tripId, UUID personId, List<TripDtos.LodgingNight> nights) {
        if (nights.isEmpty()) {
            return;
        }
        Trip trip = Trip.<Trip>findByIdOptional(tripId).orElseThrow(() -> ProblemException.notFound("The trip " + tripId));
        if (trip.payMonth != null) {
            payPeriods.requireOpen(YearMonth.from(trip.payMonth));
        }
        TripAllowance a = TripAllowance.<TripAllowance>find("tripId = ?1 and personId = ?2", tripId, personId).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalidField("personId", "is not on trip " + trip.number));
        a.set(TripAllowances.withLodging(a.allowance(), trip.fieldTask(), trip.rates(),
                nights.stream().map(n -> new TripAllowances.Night(n.amount(), n.aboveCapApproved())).toList()));
        audit.record("trip.lodging-recorded", ENTITY, trip.id, null, TripDtos.AllowanceView.of(a));
    }

    private TripDtos.TripView changed(Trip trip, String action, TripDtos.TripView before) {
        trip.flush();
        TripDtos.TripView after = view(trip);
        audit.record(action, ENTITY, trip.id, before, after);
        return after;
    }

    private static void requireStatus(Trip trip, TripDtos.Status status, String why) {
        if (trip.status != status) {
            throw new ProblemException(409, "trip-status", "Trip in another state",
                    "Trip " + trip.number + " is " + trip.status + ": " + why + ".", List.of(new FieldError("status", "is " + trip.status)));
        }
    }

    private Trip current(UUID id, int version) {
        Trip trip = visible(id);
        if (version != trip.version) {
            throw ProblemException.staleVersion("Trip " + trip.number, version, trip.version);
        }
        return trip;
    }

    /** Installers see only their own trips; others' answer 404 like another tenant's. */
    private Trip visible(UUID id) {
        Trip trip = Trip.<Trip>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The trip " + id));
        if (!officeStaff() && TripAllowance.count("tripId = ?1 and personId = ?2", id, UUID.fromString(caller.id())) == 0) {
            throw ProblemException.notFound("The trip " + id);
        }
        return trip;
    }

    private boolean officeStaff() {
        return caller.roles().contains(Roles.MANAGER) || caller.roles().contains(Roles.DISPATCHER);
    }

    private static Map<UUID, List<TripAllowance>> allowancesOf(List<UUID> tripIds) {
        if (tripIds.isEmpty()) {
            return Collections.emptyMap();
        }
        return TripAllowance.<TripAllowance>list("tripId in ?1 order by id", tripIds).stream()
                .collect(Collectors.groupingBy(a -> a.tripId));
    }

    private static TripDtos.TripView view(Trip t) {
        return view(t, allowancesOf(List.of(t.id)).getOrDefault(t.id, List.of()));
    }

    private static TripDtos.TripView view(Trip t, List<TripAllowance> allowances) {
        return new TripDtos.TripView(t.id, t.number, t.destination, t.firstDay, t.lastDay, TripAllowances.days(t.firstDay, t.lastDay),
                t.purpose, t.status, t.servicePointId, allowances.stream().map(a -> a.personId).toList(), List.copyOf(t.workOrderIds),
                new TripDtos.RatesView(Money.format(t.lodgingCapPerDay), Money.format(t.mealAllowance), t.mealsPerDay),
                allowances.stream().map(TripDtos.AllowanceView::of).toList(),
                Money.format(Money.sum(allowances.stream().map(a -> a.total).toList())),
                t.payMonth == null ? null : YearMonth.from(t.payMonth).toString(), t.completedAt, t.cancelledAt, t.cancelReason,
                t.createdAt, t.createdBy, t.version);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
