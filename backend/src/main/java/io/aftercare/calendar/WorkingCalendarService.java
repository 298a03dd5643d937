package io.aftercare.calendar;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The current tenant's working calendar, and working-time arithmetic over it for service promises. The calendar in
 * effect is the tenant's country schedule of each published year merged with the tenant's own entries, which win.
 */
@ApplicationScoped
public class WorkingCalendarService {

    static final String ENTITY = "calendar";
    private static final List<DayOfWeek> MONDAY_TO_FRIDAY = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final AuditLog audit;
    private final CountryCalendarService countries;
    private final CalendarClock clock;
    private final TenantContext tenants;
    private final EntityManager db;

    public WorkingCalendarService(AuditLog audit, CountryCalendarService countries, CalendarClock clock, TenantContext tenants,
                                  EntityManager db) {
        this.audit = audit;
        this.countries = countries;
        this.clock = clock;
        this.tenants = tenants;
        this.db = db;
    }

    @Transactional
    public CalendarDtos.WorkingCalendar current() {
        return view(calendar(), place());
    }

    /** Working-time arithmetic for the current tenant, in its time zone (read with its country). */
    @Transactional
    public WorkingTime workingTime() {
        TenantCalendar c = calendar();
        Place place = place();
        Effective e = effective(c, countries.schedules(place.country()));
        return new WorkingTime(place.zone(), Set.copyOf(c.workingDays), e.holidays().keySet(), e.makeUps().keySet(),
                e.publishes() ? e.knownYears() : null);
    }

    @Transactional
    public CalendarDtos.WorkingCalendar update(CalendarDtos.WorkingCalendar requested) {
        checkConsistency(requested);
        TenantCalendar c = calendar();
        if (requested.version() != c.version) {
            throw ProblemException.staleVersion("The calendar", requested.version(), c.version);
        }
        Place place = place();
        List<CountryCalendar> schedules = countries.schedules(place.country());
        CalendarDtos.WorkingCalendar before = own(c);
        c.workingDays = requested.workingDays().stream().distinct().sorted().toList();
        c.holidays = ownDays(requested.holidays(), schedules, false);
        c.makeUpWorkingDays = ownDays(requested.makeUpWorkingDays(), schedules, true);
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.flush();
        audit.record("calendar.updated", ENTITY, c.id, before, own(c));
        return view(c, place);
    }

    /** Gives a new tenant Monday–Friday and no days of its own: its country's published schedules apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seedDefaults() {
        TenantCalendar c = new TenantCalendar();
        c.id = Ids.newId();
        c.workingDays = MONDAY_TO_FRIDAY;
        c.holidays = List.of();
        c.makeUpWorkingDays = List.of();
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.persist();
        audit.record("calendar.created", ENTITY, c.id, null, own(c));
    }

    private static TenantCalendar calendar() {
        return TenantCalendar.<TenantCalendar>findAll().firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The tenant's calendar"));
    }

    private record Place(ZoneId zone, String country) {
    }

    /**
     * The tenant feature seeds calendars, so it depends on this one: read the tenant's zone and country directly. The
     * read must not flush the caller's half-made changes (a native query would flush them all and bump their versions).
     */
    private Place place() {
        List<?> rows = db.createNativeQuery("select time_zone, country from tenant where id = ?1")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, tenants.require()).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.forbidden("The tenant named by your token does not exist.");
        }
        Object[] row = (Object[]) rows.get(0);
        return new Place(ZoneId.of((String) row[0]), (String) row[1]);
    }

    private record Effective(Map<LocalDate, CalendarDtos.CalendarDay> holidays, Map<LocalDate, CalendarDtos.CalendarDay> makeUps,
                             Set<Integer> publishedYears, Set<Integer> knownYears) {
        boolean publishes() {
            return !publishedYears.isEmpty();
        }
    }

    /** The country's days, then the tenant's own: an own day replaces the country's day of either kind on its date. */
    private static Effective effective(TenantCalendar c, List<CountryCalendar> schedules) {
        Map<LocalDate, CalendarDtos.CalendarDay> holidays = new TreeMap<>();
        Map<LocalDate, CalendarDtos.CalendarDay> makeUps = new TreeMap<>();
        Set<Integer> published = new TreeSet<>();
        for (CountryCalendar s : schedules) {
            published.add(s.year);
            s.holidays.forEach(d -> holidays.put(d.date(), d.from(CalendarDtos.DaySource.COUNTRY)));
            s.makeUpWorkingDays.forEach(d -> makeUps.put(d.date(), d.from(CalendarDtos.DaySource.COUNTRY)));
        }
        Set<Integer> known = new TreeSet<>(published);
        for (CalendarDtos.CalendarDay d : c.holidays) {
            makeUps.remove(d.date());
            holidays.put(d.date(), d.from(CalendarDtos.DaySource.TENANT));
            known.add(d.date().getYear());
        }
        for (CalendarDtos.CalendarDay d : c.makeUpWorkingDays) {
            holidays.remove(d.date());
            makeUps.put(d.date(), d.from(CalendarDtos.DaySource.TENANT));
            known.add(d.date().getYear());
        }
        return new Effective(holidays, makeUps, published, known);
    }

    private CalendarDtos.WorkingCalendar view(TenantCalendar c, Place place) {
        Effective e = effective(c, countries.schedules(place.country()));
        return new CalendarDtos.WorkingCalendar(c.version, c.workingDays, List.copyOf(e.holidays().values()),
                List.copyOf(e.makeUps().values()), place.country(), List.copyOf(e.publishedYears()),
                CountryCalendarService.warning(clock.today(place.zone()), e.knownYears(), e.publishes()));
    }

    /** What the tenant itself stored, for the audit trail. */
    private static CalendarDtos.WorkingCalendar own(TenantCalendar c) {
        return new CalendarDtos.WorkingCalendar(c.version, c.workingDays, c.holidays, c.makeUpWorkingDays, null, null, null);
    }

    /** The requested days that differ from the country's (another kind or name on the date, or no country day): the tenant's own. */
    private static List<CalendarDtos.CalendarDay> ownDays(List<CalendarDtos.CalendarDay> requested, List<CountryCalendar> schedules,
                                                          boolean makeUps) {
        Map<LocalDate, String> country = new HashMap<>();
        for (CountryCalendar s : schedules) {
            (makeUps ? s.makeUpWorkingDays : s.holidays).forEach(d -> country.put(d.date(), d.name()));
        }
        return requested.stream()
                .filter(d -> !d.name().strip().equals(country.get(d.date())))
                .map(d -> new CalendarDtos.CalendarDay(d.date(), d.name().strip()))
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
    }

    private static void checkConsistency(CalendarDtos.WorkingCalendar c) {
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, Integer> holidayIndex = new HashMap<>();
        for (int i = 0; i < c.holidays().size(); i++) {
            if (holidayIndex.putIfAbsent(c.holidays().get(i).date(), i) != null) {
                errors.add(new FieldError("holidays[" + i + "].date", "is listed twice"));
            }
        }
        Set<LocalDate> makeUps = new HashSet<>();
        for (int i = 0; i < c.makeUpWorkingDays().size(); i++) {
            LocalDate date = c.makeUpWorkingDays().get(i).date();
            if (!makeUps.add(date)) {
                errors.add(new FieldError("makeUpWorkingDays[" + i + "].date", "is listed twice"));
            } else if (holidayIndex.containsKey(date)) {
                errors.add(new FieldError("makeUpWorkingDays[" + i + "].date",
                        "is also a holiday (holidays[" + holidayIndex.get(date) + "])"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " calendar days conflict.", errors);
        }
    }
}
