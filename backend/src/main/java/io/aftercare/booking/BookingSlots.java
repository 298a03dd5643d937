package io.aftercare.booking;

import io.aftercare.calendar.WorkingCalendarService;
import io.aftercare.calendar.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Free slots for online booking, on working days from tomorrow to the tenant's horizon. A slot is free when more
 * active installers work through it (their working hours, not on approved leave) than there are appointments and
 * pending bookings overlapping it. Four queries for the whole horizon, whatever its length.
 */
@ApplicationScoped
public class BookingSlots {

    private static final List<String> OPEN_ORDER_STATES = List.of("NEW", "ASSIGNED", "CUSTOMER_CONTACTED", "EN_ROUTE", "ON_SITE", "PAUSED");

    private final EntityManager db;
    private final WorkingCalendarService calendar;

    public BookingSlots(EntityManager db, WorkingCalendarService calendar) {
        this.db = db;
        this.calendar = calendar;
    }

    private record Installer(UUID id, LocalTime start, LocalTime end) {
    }

    private record Busy(Instant start, Instant end) {
    }

    /** Free slots of {@code slotMinutes} from the day after {@code now} for {@code days} days, in {@code zone}. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<BookingDtos.FreeSlot> free(ZoneId zone, OffsetDateTime now, int days, int slotMinutes) {
        WorkingTime time = calendar.workingTime();
        LocalDate first = now.atZoneSameInstant(zone).toLocalDate().plusDays(1);
        LocalDate last = first.plusDays(days - 1L);
        OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();

        List<Installer> installers = new ArrayList<>();
        for (Object[] r : (List<Object[]>) db.createNativeQuery(
                "select id, working_hours_start, working_hours_end from installer where status = 'ACTIVE'").getResultList()) {
            installers.add(new Installer((UUID) r[0], localTime(r[1]), localTime(r[2])));
        }
        Map<UUID, Set<LocalDate>> leave = new HashMap<>();
        for (Object[] r : (List<Object[]>) db.createNativeQuery("""
                        select installer_id, first_day, last_day from leave_request
                        where status = 'APPROVED' and last_day >= ?1 and first_day <= ?2""")
                .setParameter(1, first).setParameter(2, last).getResultList()) {
            LocalDate d = localDate(r[1]);
            for (LocalDate end = localDate(r[2]); !d.isAfter(end); d = d.plusDays(1)) {
                leave.computeIfAbsent((UUID) r[0], k -> new HashSet<>()).add(d);
            }
        }
        List<Busy> busy = new ArrayList<>();
        for (Object[] r : (List<Object[]>) db.createNativeQuery("""
                        select appointment_start, appointment_end from work_order
                        where status = any(cast(?1 as text[])) and appointment_start < ?3 and appointment_end > ?2
                        union all
                        select preferred_slot_start, preferred_slot_end from service_request
                        where status = 'OPEN' and preferred_slot_start < ?3 and preferred_slot_end > ?2""")
                .setParameter(1, OPEN_ORDER_STATES.toArray(String[]::new)).setParameter(2, from).setParameter(3, to)
                // A busy tenant has thousands of appointments in the horizon: read them in a few round trips, not one per 100.
                .setHint(HibernateHints.HINT_FETCH_SIZE, 2000).getResultList()) {
            busy.add(new Busy(instant(r[0]), instant(r[1])));
        }

        List<BookingDtos.FreeSlot> slots = new ArrayList<>();
        if (installers.isEmpty()) {
            return slots;
        }
        LocalTime opens = installers.stream().map(Installer::start).min(LocalTime::compareTo).orElseThrow();
        LocalTime closes = installers.stream().map(Installer::end).max(LocalTime::compareTo).orElseThrow();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!time.isWorkingDay(day)) {
                continue;
            }
            int open = opens.toSecondOfDay() / 60;
            int close = closes.toSecondOfDay() / 60;
            for (int minute = open; minute + slotMinutes <= close; minute += slotMinutes) {
                LocalTime start = LocalTime.ofSecondOfDay(minute * 60L);
                LocalTime end = LocalTime.ofSecondOfDay((minute + slotMinutes) * 60L);
                LocalDate today = day;
                long working = installers.stream()
                        .filter(i -> !i.start().isAfter(start) && !i.end().isBefore(end))
                        .filter(i -> !leave.getOrDefault(i.id(), Set.of()).contains(today))
                        .count();
                Instant s = day.atTime(start).atZone(zone).toInstant();
                Instant e = day.atTime(end).atZone(zone).toInstant();
                long taken = busy.stream().filter(b -> b.start().isBefore(e) && b.end().isAfter(s)).count();
                int free = (int) (working - taken);
                if (free > 0) {
                    slots.add(new BookingDtos.FreeSlot(s.atOffset(ZoneOffset.UTC), e.atOffset(ZoneOffset.UTC), free));
                }
            }
        }
        return slots;
    }

    private static LocalTime localTime(Object value) {
        return value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
