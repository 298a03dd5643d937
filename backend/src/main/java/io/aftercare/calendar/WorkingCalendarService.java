package io.aftercare.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.stream.Collectors;

/** The current tenant's working calendar, and working-time arithmetic over it for service promises. */
@ApplicationScoped
public class WorkingCalendarService {

    static final String ENTITY = "calendar";
    private static final List<DayOfWeek> MONDAY_TO_FRIDAY = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final AuditLog audit;
    private final ObjectMapper json;

    public WorkingCalendarService(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public CalendarDtos.WorkingCalendar current() {
        return view(calendar());
    }

    /** Working-time arithmetic for the current tenant, in its time zone. */
    @Transactional
    public WorkingTime workingTime(ZoneId zone) {
        TenantCalendar c = calendar();
        return new WorkingTime(zone, Set.copyOf(c.workingDays), dates(c.holidays), dates(c.makeUpWorkingDays));
    }

    @Transactional
    public CalendarDtos.WorkingCalendar update(CalendarDtos.WorkingCalendar requested) {
        checkConsistency(requested);
        TenantCalendar c = calendar();
        if (requested.version() != c.version) {
            throw ProblemException.staleVersion("The calendar", requested.version(), c.version);
        }
        CalendarDtos.WorkingCalendar before = view(c);
        c.workingDays = requested.workingDays().stream().distinct().sorted().toList();
        c.holidays = sorted(requested.holidays());
        c.makeUpWorkingDays = sorted(requested.makeUpWorkingDays());
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.flush();
        CalendarDtos.WorkingCalendar after = view(c);
        audit.record("calendar.updated", ENTITY, c.id, before, after);
        return after;
    }

    /** Gives a new tenant Monday–Friday and, in mainland China, the public holidays and make-up days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seedDefaults(ZoneId zone) {
        TenantCalendar c = new TenantCalendar();
        c.id = Ids.newId();
        c.workingDays = MONDAY_TO_FRIDAY;
        c.holidays = List.of();
        c.makeUpWorkingDays = List.of();
        if (zone.getId().equals("Asia/Shanghai")) {
            JsonNode cn = publicHolidays("CN");
            c.holidays = days(cn.get("holidays"));
            c.makeUpWorkingDays = days(cn.get("makeUpWorkingDays"));
        }
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.persist();
        audit.record("calendar.created", ENTITY, c.id, null, view(c));
    }

    private static TenantCalendar calendar() {
        return TenantCalendar.<TenantCalendar>findAll().firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The tenant's calendar"));
    }

    private static CalendarDtos.WorkingCalendar view(TenantCalendar c) {
        return new CalendarDtos.WorkingCalendar(c.version, c.workingDays, c.holidays, c.makeUpWorkingDays);
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

    private static List<CalendarDtos.CalendarDay> sorted(List<CalendarDtos.CalendarDay> days) {
        return days.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }

    private static Set<LocalDate> dates(List<CalendarDtos.CalendarDay> days) {
        return days.stream().map(CalendarDtos.CalendarDay::date).collect(Collectors.toSet());
    }

    private List<CalendarDtos.CalendarDay> days(JsonNode node) {
        List<CalendarDtos.CalendarDay> days = new ArrayList<>();
        node.forEach(d -> days.add(new CalendarDtos.CalendarDay(LocalDate.parse(d.get("date").asText()), d.get("name").asText())));
        return days;
    }

    private JsonNode publicHolidays(String country) {
        try (InputStream in = getClass().getResourceAsStream("/calendar/public-holidays-" + country + ".json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
