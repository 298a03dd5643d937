package io.aftercare.calendar;

import io.aftercare.api.Ids;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Countries' public holidays and make-up working days, one schedule per year, published by the platform admin. */
@ApplicationScoped
public class CountryCalendarService {

    static final int FIRST_YEAR = 2000;
    /** How far ahead a schedule may be published: governments announce next year's, rarely more. */
    static final int YEARS_AHEAD = 5;
    /** Bytes of iCalendar text accepted: a year of daily events fits many times over. */
    static final int MAX_ICS_CHARS = 256 * 1024;
    static final int WARNING_MONTH = 11;
    private static final int MAX_NAME = 100;
    private static final int MAX_ERRORS = 50;
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CalendarClock clock;
    private final CurrentUser caller;
    private final EntityManager db;

    public CountryCalendarService(CalendarClock clock, CurrentUser caller, EntityManager db) {
        this.clock = clock;
        this.caller = caller;
        this.db = db;
    }

    /** Countries with published schedules or tenants, by code; the warning follows the UTC date. */
    @Transactional
    public CountryCalendarDtos.CountryList list() {
        Map<String, List<CountryCalendarDtos.YearSummary>> years = new TreeMap<>();
        for (CountryCalendar c : CountryCalendar.<CountryCalendar>list("order by country, year")) {
            years.computeIfAbsent(c.country, k -> new ArrayList<>()).add(summary(c));
        }
        Map<String, Long> tenants = tenantsByCountry();
        tenants.keySet().forEach(country -> years.computeIfAbsent(country, k -> new ArrayList<>()));
        List<CountryCalendarDtos.CountryOverview> items = years.entrySet().stream()
                .map(e -> overview(e.getKey(), e.getValue(), tenants.getOrDefault(e.getKey(), 0L))).toList();
        return new CountryCalendarDtos.CountryList(items);
    }

    @Transactional
    public CountryCalendarDtos.CountryOverview country(String code) {
        String country = country(code, true);
        List<CountryCalendarDtos.YearSummary> years = CountryCalendar.<CountryCalendar>list("country = ?1 order by year", country)
                .stream().map(CountryCalendarService::summary).toList();
        return overview(country, years, tenantsByCountry().getOrDefault(country, 0L));
    }

    @Transactional
    public CountryCalendarDtos.CountrySchedule get(String code, int year) {
        String country = country(code, true);
        return CountryCalendar.<CountryCalendar>find("country = ?1 and year = ?2", country, year).firstResultOptional()
                .map(CountryCalendarDtos.CountrySchedule::of)
                .orElseThrow(() -> ProblemException.notFound("The " + country + " schedule of " + year));
    }

    /** Publishes or replaces a year from JSON; replacing needs the version read. */
    @Transactional
    public CountryCalendarDtos.CountrySchedule publish(String code, int year, CountryCalendarDtos.PublishSchedule body) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int i = 0; i < body.holidays().size(); i++) {
            CalendarDtos.CalendarDay d = body.holidays().get(i);
            entries.add(new ScheduleEntry(d.date(), d.name(), false, "holidays[" + i + "].date", "holidays[" + i + "].name"));
        }
        for (int i = 0; i < body.makeUpWorkingDays().size(); i++) {
            CalendarDtos.CalendarDay d = body.makeUpWorkingDays().get(i);
            entries.add(new ScheduleEntry(d.date(), d.name(), true, "makeUpWorkingDays[" + i + "].date", "makeUpWorkingDays[" + i + "].name"));
        }
        return store(code, year, entries, body.version(), true);
    }

    /** Publishes or replaces a year from an iCalendar file (the file is the authority: no version needed). */
    @Transactional
    public CountryCalendarDtos.CountrySchedule publishIcs(String code, int year, String ics) {
        if (ics == null || ics.isBlank()) {
            throw ProblemException.invalidField("file", "is empty; upload a text/calendar file");
        }
        if (ics.length() > MAX_ICS_CHARS) {
            throw ProblemException.invalidField("file", "is larger than " + MAX_ICS_CHARS / 1024 + " KiB");
        }
        return store(code, year, IcsSchedule.parse(ics), null, false);
    }

    /** Every published year of a country, oldest first; none for no country. */
    List<CountryCalendar> schedules(String country) {
        if (country == null) {
            return List.of();
        }
        return CountryCalendar.list("country = ?1 order by year", country);
    }

    /** From 1 November of {@code today}'s year, a warning when a country that publishes has not published next year. */
    static CalendarDtos.ScheduleWarning warning(LocalDate today, Set<Integer> knownYears, boolean publishes) {
        int next = today.getYear() + 1;
        if (!publishes || today.getMonthValue() < WARNING_MONTH || knownYears.contains(next)) {
            return null;
        }
        return CalendarDtos.ScheduleWarning.nextYearMissing(next);
    }

    private CountryCalendarDtos.CountrySchedule store(String code, int year, List<ScheduleEntry> entries, Integer version,
                                                      boolean replacingNeedsVersion) {
        String country = country(code, false);
        checkYear(year);
        List<CalendarDtos.CalendarDay> holidays = new ArrayList<>();
        List<CalendarDtos.CalendarDay> makeUps = new ArrayList<>();
        check(year, entries, holidays, makeUps);
        CountryCalendar c = CountryCalendar.<CountryCalendar>find("country = ?1 and year = ?2", country, year).firstResultOptional().orElse(null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (c == null) {
            c = new CountryCalendar();
            c.id = Ids.newId();
            c.country = country;
            c.year = year;
        } else if (version != null && version != c.version) {
            throw ProblemException.staleVersion("The " + country + " schedule of " + year, version, c.version);
        } else if (version == null && replacingNeedsVersion) {
            throw ProblemException.invalidField("version", "is required to replace the published " + country + " schedule of " + year
                    + " (current version " + c.version + ")");
        }
        c.holidays = holidays;
        c.makeUpWorkingDays = makeUps;
        c.publishedAt = now;
        c.publishedBy = caller.username();
        c.updatedAt = now;
        if (!c.isPersistent()) {
            c.persist();
        }
        c.flush();
        return CountryCalendarDtos.CountrySchedule.of(c);
    }

    /** Sorts the entries into holidays and make-up days, or answers 400 naming each wrong field. */
    private static void check(int year, List<ScheduleEntry> entries, List<CalendarDtos.CalendarDay> holidays,
                              List<CalendarDtos.CalendarDay> makeUps) {
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, ScheduleEntry> seen = new HashMap<>();
        for (ScheduleEntry e : entries) {
            if (e.date().getYear() != year) {
                errors.add(new FieldError(e.dateField(), e.date() + " does not lie in " + year));
            }
            String name = e.name() == null ? "" : e.name().strip();
            if (name.isEmpty() || !LETTER_OR_DIGIT.matcher(name).find()) {
                errors.add(new FieldError(e.nameField(), "must have at least one letter or digit"));
            } else if (name.length() > MAX_NAME) {
                errors.add(new FieldError(e.nameField(), "must be at most " + MAX_NAME + " characters"));
            }
            ScheduleEntry earlier = seen.putIfAbsent(e.date(), e);
            if (earlier != null) {
                errors.add(new FieldError(e.dateField(), earlier.workingDay() == e.workingDay()
                        ? e.date() + " is listed twice (also " + earlier.dateField() + ")"
                        : e.date() + " is both a holiday and a make-up working day (also " + earlier.dateField() + ")"));
            }
            (e.workingDay() ? makeUps : holidays).add(new CalendarDtos.CalendarDay(e.date(), name));
        }
        if (holidays.size() > CountryCalendarDtos.MAX_DAYS_PER_YEAR) {
            errors.add(new FieldError("holidays", "at most " + CountryCalendarDtos.MAX_DAYS_PER_YEAR + " days"));
        }
        if (makeUps.size() > CountryCalendarDtos.MAX_DAYS_PER_YEAR) {
            errors.add(new FieldError("makeUpWorkingDays", "at most " + CountryCalendarDtos.MAX_DAYS_PER_YEAR + " days"));
        }
        if (!errors.isEmpty()) {
            List<FieldError> shown = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
            throw ProblemException.badRequest(errors.size() + " problems in the schedule of " + year + ".", shown);
        }
        holidays.sort(Comparator.comparing(CalendarDtos.CalendarDay::date));
        makeUps.sort(Comparator.comparing(CalendarDtos.CalendarDay::date));
    }

    private void checkYear(int year) {
        int last = clock.today(ZoneOffset.UTC).getYear() + YEARS_AHEAD;
        if (year < FIRST_YEAR || year > last) {
            throw ProblemException.invalidField("year", "must be between " + FIRST_YEAR + " and " + last);
        }
    }

    /** The ISO 3166-1 alpha-2 code in upper case, or 400 naming {@code country}; when reading, an unknown code is simply not found. */
    static String country(String code, boolean reading) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}") || !COUNTRIES.contains(upper)) {
            if (reading && upper.matches("[A-Z]{2}")) {
                throw ProblemException.notFound("The country " + upper);
            }
            throw ProblemException.invalidField("country", "must be an ISO 3166-1 alpha-2 code like CN");
        }
        return upper;
    }

    private CountryCalendarDtos.CountryOverview overview(String country, List<CountryCalendarDtos.YearSummary> years, long tenants) {
        Set<Integer> known = new TreeSet<>();
        years.forEach(y -> known.add(y.year()));
        return new CountryCalendarDtos.CountryOverview(country, years, tenants,
                warning(clock.today(ZoneOffset.UTC), known, !known.isEmpty()));
    }

    private static CountryCalendarDtos.YearSummary summary(CountryCalendar c) {
        return new CountryCalendarDtos.YearSummary(c.year, c.holidays.size(), c.makeUpWorkingDays.size(), c.publishedAt, c.version);
    }

    /** The tenant table belongs to the tenant feature, which depends on this one: read its country column directly. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> tenantsByCountry() {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = db.createNativeQuery("select country, count(*) from tenant where country is not null group by country").getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
