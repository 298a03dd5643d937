package io.aftercare.attendance;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.api.Xlsx;
import io.aftercare.audit.AuditLog;
import io.aftercare.calendar.WorkingCalendarService;
import io.aftercare.calendar.WorkingTime;
import io.aftercare.installer.InstallerService;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.staff.StaffDtos;
import io.aftercare.staff.StaffService;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import io.aftercare.persistence.RepeatOnConflict;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Attendance (考勤): office staff clock in and out; installers' field days come from their work orders (check-in or
 * report-in) and their leave from approved leave requests. The monthly sheet counts absent days against the tenant's
 * working calendar, up to today in the current month.
 */
@ApplicationScoped
public class AttendanceService {

    static final String ENTITY = "attendance-clock";

    private final StaffService staff;
    private final InstallerService installers;
    private final WorkOrderQueries workOrders;
    private final WorkingCalendarService calendar;
    private final TenantService tenantService;
    private final CurrentUser caller;
    private final AuditLog audit;

    public AttendanceService(StaffService staff, InstallerService installers, WorkOrderQueries workOrders, WorkingCalendarService calendar,
                             TenantService tenantService, CurrentUser caller, AuditLog audit) {
        this.staff = staff;
        this.installers = installers;
        this.workOrders = workOrders;
        this.calendar = calendar;
        this.tenantService = tenantService;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    @RepeatOnConflict
    public AttendanceDtos.ClockView clockIn(AttendanceDtos.ClockRequest request) {
        UUID person = self();
        if (AttendanceClock.count("personId = ?1 and clockOutAt is null", person) > 0) {
            throw new ProblemException(409, "already-clocked-in", "Already clocked in",
                    "You are clocked in already; clock out first.", List.of(new FieldError("clockIn", "an open clock-in exists")));
        }
        AttendanceClock clock = new AttendanceClock();
        clock.id = Ids.newId();
        clock.personId = person;
        clock.clockInAt = OffsetDateTime.now(ZoneOffset.UTC);
        clock.day = clock.clockInAt.atZoneSameInstant(tenantService.currentZone()).toLocalDate();
        if (request != null) {
            clock.inLatitude = request.latitude();
            clock.inLongitude = request.longitude();
            clock.inPlace = Texts.blankToNull(request.place());
        }
        clock.persistAndFlush();
        AttendanceDtos.ClockView view = AttendanceDtos.ClockView.of(clock);
        audit.record("attendance.clocked-in", ENTITY, clock.id, null, view);
        return view;
    }

    @Transactional
    @RepeatOnConflict
    public AttendanceDtos.ClockView clockOut(AttendanceDtos.ClockRequest request) {
        UUID person = self();
        AttendanceClock clock = AttendanceClock.<AttendanceClock>find("personId = ?1 and clockOutAt is null", person).firstResultOptional()
                .orElseThrow(() -> new ProblemException(409, "not-clocked-in", "Not clocked in",
                        "You are not clocked in.", List.of(new FieldError("clockOut", "no open clock-in"))));
        AttendanceDtos.ClockView before = AttendanceDtos.ClockView.of(clock);
        clock.clockOutAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (request != null) {
            clock.outLatitude = request.latitude();
            clock.outLongitude = request.longitude();
            clock.outPlace = Texts.blankToNull(request.place());
        }
        clock.flush();
        AttendanceDtos.ClockView after = AttendanceDtos.ClockView.of(clock);
        audit.record("attendance.clocked-out", ENTITY, clock.id, before, after);
        return after;
    }

    /** A page of the month's sheet: managers and dispatchers see all staff (but partners), installers only themselves. */
    @Transactional
    public AttendanceDtos.SheetPage sheet(YearMonth month, Integer limit, String cursor) {
        List<StaffDtos.StaffUserView> people;
        String next = null;
        if (officeStaff()) {
            Keyset.Slice<StaffDtos.StaffUserView> slice = staff.list(null, limit, cursor);
            people = slice.items().stream().filter(AttendanceService::countsAttendance).toList();
            next = slice.nextCursor();
        } else {
            people = new ArrayList<>(staff.byIds(Set.of(self())).values());
        }
        return new AttendanceDtos.SheetPage(month.toString(), new Month(month).rows(people), next);
    }

    /** One person's days of the month; an installer asking for someone else gets 404. */
    @Transactional
    public AttendanceDtos.DetailView detail(UUID personId, YearMonth month) {
        if (!officeStaff() && !personId.equals(self())) {
            throw ProblemException.notFound("The person " + personId);
        }
        StaffDtos.StaffUserView person = staff.byIds(Set.of(personId)).get(personId);
        if (person == null) {
            throw ProblemException.notFound("The person " + personId);
        }
        Month m = new Month(month);
        AttendanceDtos.SheetRow row = m.rows(List.of(person)).get(0);
        List<AttendanceDtos.DayView> days = new ArrayList<>();
        Map<LocalDate, List<AttendanceDtos.ClockView>> clocks = m.clocks.stream().filter(c -> c.personId.equals(personId))
                .collect(Collectors.groupingBy(c -> c.day, Collectors.mapping(AttendanceDtos.ClockView::of, Collectors.toList())));
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            boolean present = clocks.containsKey(d);
            boolean field = m.field.getOrDefault(personId, Set.of()).contains(d);
            boolean leave = m.leave.getOrDefault(personId, Set.of()).contains(d);
            boolean working = m.working.isWorkingDay(d);
            AttendanceDtos.DayKind kind = present ? AttendanceDtos.DayKind.PRESENT : field ? AttendanceDtos.DayKind.FIELD
                    : leave && working ? AttendanceDtos.DayKind.LEAVE : !working ? AttendanceDtos.DayKind.OFF
                    : d.isAfter(m.today) ? AttendanceDtos.DayKind.UPCOMING : AttendanceDtos.DayKind.ABSENT;
            days.add(new AttendanceDtos.DayView(d, working, kind, present, field, leave && working, clocks.getOrDefault(d, List.of())));
        }
        return new AttendanceDtos.DetailView(personId, row.name(), month.toString(), row, days);
    }

    /** The whole month's sheet as XLSX: one row per person, then the totals. */
    @Transactional
    public byte[] sheetXlsx(YearMonth month) {
        List<AttendanceDtos.SheetRow> rows = new ArrayList<>();
        String cursor = null;
        do {
            AttendanceDtos.SheetPage page = sheet(month, Keyset.MAX_LIMIT, cursor);
            rows.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        List<List<Object>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(List.of(r.name(), r.presentDays(), r.fieldDays(), r.leaveDays(), r.absentDays(), r.workingDays())));
        cells.add(List.of("合计 Total", rows.stream().mapToInt(AttendanceDtos.SheetRow::presentDays).sum(),
                rows.stream().mapToInt(AttendanceDtos.SheetRow::fieldDays).sum(), rows.stream().mapToInt(AttendanceDtos.SheetRow::leaveDays).sum(),
                rows.stream().mapToInt(AttendanceDtos.SheetRow::absentDays).sum(), rows.stream().mapToInt(AttendanceDtos.SheetRow::workingDays).sum()));
        return Xlsx.sheet("Attendance " + month, List.of("考勤表 Attendance " + month),
                List.of("姓名 Name", "出勤天数 Present days", "外勤天数 Field days", "请假天数 Leave days", "缺勤天数 Absent days", "应出勤天数 Working days"),
                cells, true);
    }

    /** Everything the month's rows need, read once: clocks, field days, leave, the calendar. */
    private final class Month {
        final YearMonth month;
        final LocalDate today;
        final WorkingTime working;
        final List<AttendanceClock> clocks;
        final Map<UUID, Set<LocalDate>> field;
        final Map<UUID, Set<LocalDate>> leave;
        final int workingDays;

        Month(YearMonth month) {
            this.month = month;
            ZoneId zone = tenantService.currentZone();
            this.today = LocalDate.now(zone);
            this.working = calendar.workingTime();
            this.clocks = AttendanceClock.list("day >= ?1 and day <= ?2 order by clockInAt", month.atDay(1), month.atEndOfMonth());
            this.field = workOrders.fieldDays(month);
            this.leave = installers.approvedLeaveDays(month);
            int count = 0;
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()) && !d.isAfter(today); d = d.plusDays(1)) {
                if (working.isWorkingDay(d)) {
                    count++;
                }
            }
            this.workingDays = count;
        }

        List<AttendanceDtos.SheetRow> rows(List<StaffDtos.StaffUserView> people) {
            Map<UUID, Set<LocalDate>> present = clocks.stream()
                    .collect(Collectors.groupingBy(c -> c.personId, Collectors.mapping(c -> c.day, Collectors.toSet())));
            List<AttendanceDtos.SheetRow> rows = new ArrayList<>();
            for (StaffDtos.StaffUserView p : people) {
                Set<LocalDate> in = present.getOrDefault(p.id(), Set.of());
                Set<LocalDate> out = field.getOrDefault(p.id(), Set.of());
                Set<LocalDate> off = leave.getOrDefault(p.id(), Set.of()).stream().filter(working::isWorkingDay).collect(Collectors.toSet());
                Set<LocalDate> accounted = new HashSet<>(in);
                accounted.addAll(out);
                accounted.addAll(off);
                long accountedWorking = accounted.stream().filter(d -> !d.isAfter(today) && working.isWorkingDay(d)).count();
                int absent = (int) Math.max(0, workingDays - accountedWorking);
                rows.add(new AttendanceDtos.SheetRow(p.id(), name(p), in.size(), out.size(), off.size(), absent, workingDays));
            }
            return rows;
        }
    }

    private static String name(StaffDtos.StaffUserView p) {
        String name = InstallerService.displayName(p.firstName(), p.lastName());
        return name.isBlank() ? p.username() : name;
    }

    private static boolean countsAttendance(StaffDtos.StaffUserView p) {
        return p.roles().stream().anyMatch(r -> r != StaffDtos.StaffRole.partner);
    }

    private UUID self() {
        try {
            UUID id = UUID.fromString(caller.id());
            if (staff.exists(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // not a staff token
        }
        throw ProblemException.forbidden("Only staff with an account of this tenant keep attendance.");
    }

    private boolean officeStaff() {
        return caller.roles().contains(Roles.MANAGER) || caller.roles().contains(Roles.DISPATCHER);
    }

}
