package io.aftercare.installer;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.servicepoint.ServicePointService;
import io.aftercare.staff.StaffDtos;
import io.aftercare.staff.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Installers, their certificates and leave; answers whether an installer may be dispatched to a job. */
@ApplicationScoped
public class InstallerService {

    static final String ENTITY = "installer";

    private final StaffService staff;
    private final ServicePointService servicePoints;
    private final AuditLog audit;
    private final CurrentUser caller;
    private final Instance<AssignedWork> assignedWork;

    public InstallerService(StaffService staff, ServicePointService servicePoints, AuditLog audit, CurrentUser caller,
                            Instance<AssignedWork> assignedWork) {
        this.staff = staff;
        this.servicePoints = servicePoints;
        this.audit = audit;
        this.caller = caller;
        this.assignedWork = assignedWork;
    }

    @Transactional
    public Keyset.Slice<InstallerDtos.InstallerView> list(InstallerDtos.InstallerStatus status, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        List<Installer> rows = query.rows((where, params) -> Installer.find(where, params));
        List<Installer> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        Map<UUID, InstallerDtos.InstallerView> views = views(page);
        return Keyset.slice(rows, query.limit(), i -> i.id, i -> views.get(i.id));
    }

    @Transactional
    public InstallerDtos.InstallerView get(UUID id) {
        return views(List.of(find(id))).get(id);
    }

    @Transactional
    public InstallerDtos.InstallerView create(InstallerDtos.CreateInstallerRequest request) {
        StaffDtos.StaffUserView account = staff.byIds(List.of(request.staffUserId())).get(request.staffUserId());
        if (account == null) {
            throw ProblemException.invalidField("staffUserId", "no staff account of your tenant has this id");
        }
        if (!account.roles().contains(StaffDtos.StaffRole.installer)) {
            throw ProblemException.invalidField("staffUserId", "the staff account does not hold the role installer");
        }
        if (Installer.findByIdOptional(request.staffUserId()).isPresent()) {
            throw new ProblemException(409, "installer-exists", "Installer exists",
                    "This staff account is an installer already.", List.of(new FieldError("staffUserId", "is an installer already")));
        }
        checkHours(request.workingHours());
        checkServicePoints(request.servicePointIds());
        Installer installer = new Installer();
        installer.id = request.staffUserId();
        installer.phone = request.phone();
        installer.skills = request.skills() == null ? List.of() : List.copyOf(request.skills());
        installer.servicePointIds = request.servicePointIds() == null ? List.of() : List.copyOf(request.servicePointIds());
        installer.workingHoursStart = request.workingHours().start();
        installer.workingHoursEnd = request.workingHours().end();
        installer.baseSalary = new BigDecimal(request.baseSalary()).setScale(2);
        installer.status = InstallerDtos.InstallerStatus.ACTIVE;
        installer.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        installer.persistAndFlush();
        InstallerDtos.InstallerView view = views(List.of(installer)).get(installer.id);
        audit.record("installer.created", ENTITY, installer.id, null, view);
        return view;
    }

    @Transactional
    public InstallerDtos.InstallerView update(UUID id, InstallerDtos.UpdateInstallerRequest request) {
        Installer installer = find(id);
        if (request.version() != installer.version) {
            throw ProblemException.staleVersion("The installer", request.version(), installer.version);
        }
        InstallerDtos.InstallerView before = views(List.of(installer)).get(id);
        if (request.phone() != null) {
            installer.phone = request.phone();
        }
        if (request.skills() != null) {
            installer.skills = List.copyOf(request.skills());
        }
        if (request.servicePointIds() != null) {
            checkServicePoints(request.servicePointIds());
            installer.servicePointIds = List.copyOf(request.servicePointIds());
        }
        if (request.workingHours() != null) {
            checkHours(request.workingHours());
            installer.workingHoursStart = request.workingHours().start();
            installer.workingHoursEnd = request.workingHours().end();
        }
        if (request.baseSalary() != null) {
            installer.baseSalary = new BigDecimal(request.baseSalary()).setScale(2);
        }
        if (request.status() != null) {
            installer.status = request.status();
        }
        installer.flush();
        InstallerDtos.InstallerView after = views(List.of(installer)).get(id);
        audit.record("installer.updated", ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public InstallerDtos.CertificationView addCertification(UUID installerId, InstallerDtos.CreateCertificationRequest request) {
        find(installerId);
        List<FieldError> errors = new ArrayList<>();
        if (request.validTo().isBefore(request.validFrom())) {
            errors.add(new FieldError("validTo", "must not be before validFrom"));
        }
        if (request.type() == Qualification.OTHER && (request.otherName() == null || request.otherName().isBlank())) {
            errors.add(new FieldError("otherName", "is required for type OTHER"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " fields are invalid.", errors);
        }
        Certification c = new Certification();
        c.id = Ids.newId();
        c.installerId = installerId;
        c.type = request.type();
        c.otherName = request.otherName();
        c.number = request.number();
        c.issuer = request.issuer();
        c.validFrom = request.validFrom();
        c.validTo = request.validTo();
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.persistAndFlush();
        InstallerDtos.CertificationView view = InstallerDtos.CertificationView.of(c);
        audit.record("certification.created", "certification", c.id, null, view);
        return view;
    }

    @Transactional
    public void removeCertification(UUID installerId, UUID certificationId) {
        Certification c = Certification.<Certification>find("id = ?1 and installerId = ?2", certificationId, installerId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("The certification " + certificationId));
        InstallerDtos.CertificationView before = InstallerDtos.CertificationView.of(c);
        c.delete();
        audit.record("certification.deleted", "certification", certificationId, before, null);
    }

    @Transactional
    public List<InstallerDtos.LeaveRequestView> leaveRequests(UUID installerId) {
        mayActFor(installerId);
        return LeaveRequest.<LeaveRequest>list("installerId = ?1 order by firstDay desc", installerId).stream()
                .map(InstallerDtos.LeaveRequestView::of).toList();
    }

    /** Asks for leave; refused while the installer holds open assigned orders in those days. */
    @Transactional
    public InstallerDtos.LeaveRequestView requestLeave(UUID installerId, InstallerDtos.CreateLeaveRequest request) {
        mayActFor(installerId);
        if (request.lastDay().isBefore(request.firstDay())) {
            throw ProblemException.invalidField("lastDay", "must not be before firstDay");
        }
        refuseWhileAssigned(installerId, request.firstDay(), request.lastDay(), "Ask a manager, who can approve it anyway.");
        LeaveRequest leave = new LeaveRequest();
        leave.id = Ids.newId();
        leave.installerId = installerId;
        leave.firstDay = request.firstDay();
        leave.lastDay = request.lastDay();
        leave.reason = request.reason();
        leave.status = InstallerDtos.LeaveStatus.REQUESTED;
        leave.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        leave.persistAndFlush();
        InstallerDtos.LeaveRequestView view = InstallerDtos.LeaveRequestView.of(leave);
        audit.record("leave-request.created", "leave-request", leave.id, null, view);
        return view;
    }

    @Transactional
    public InstallerDtos.LeaveRequestView decideLeave(UUID installerId, UUID leaveId, InstallerDtos.LeaveDecision decision) {
        LeaveRequest leave = LeaveRequest.<LeaveRequest>find("id = ?1 and installerId = ?2", leaveId, installerId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("The leave request " + leaveId));
        if (decision.version() != leave.version) {
            throw ProblemException.staleVersion("The leave request", decision.version(), leave.version);
        }
        if (leave.status != InstallerDtos.LeaveStatus.REQUESTED) {
            throw ProblemException.conflict("The leave request was decided already (" + leave.status + ").");
        }
        if (decision.approve() && !Boolean.TRUE.equals(decision.overrideOpenOrders())) {
            refuseWhileAssigned(installerId, leave.firstDay, leave.lastDay,
                    "Send overrideOpenOrders: true to approve it anyway, then reassign those orders.");
        }
        InstallerDtos.LeaveRequestView before = InstallerDtos.LeaveRequestView.of(leave);
        leave.status = decision.approve() ? InstallerDtos.LeaveStatus.APPROVED : InstallerDtos.LeaveStatus.REJECTED;
        leave.decidedBy = caller.username();
        leave.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        leave.decisionNote = decision.note();
        leave.flush();
        InstallerDtos.LeaveRequestView after = InstallerDtos.LeaveRequestView.of(leave);
        audit.record(decision.approve() ? "leave-request.approved" : "leave-request.rejected", "leave-request", leaveId, before, after);
        return after;
    }

    public List<InstallerDtos.RosterEntry> roster() {
        List<Installer> all = Installer.listAll();
        Map<UUID, StaffDtos.StaffUserView> accounts = staff.byIds(all.stream().map(i -> i.id).toList());
        return all.stream().map(i -> {
            StaffDtos.StaffUserView u = accounts.get(i.id);
            String name = u == null ? "" : displayName(u.firstName(), u.lastName());
            return new InstallerDtos.RosterEntry(i.id, name.isBlank() ? (u == null ? i.id.toString() : u.username()) : name, i.status);
        }).toList();
    }

    private void refuseWhileAssigned(UUID installerId, LocalDate first, LocalDate last, String hint) {
        if (assignedWork.isUnsatisfied()) {
            return;
        }
        List<String> orders = assignedWork.get().openAssignments(installerId, first, last);
        if (!orders.isEmpty()) {
            throw new ProblemException(409, "open-assignments", "Open assigned orders",
                    "The installer holds open assigned orders in these days: " + String.join(", ", orders) + ". " + hint,
                    List.of(new FieldError("firstDay", "overlaps open assigned orders " + String.join(", ", orders))));
        }
    }

    /** An installer acts only for themselves; managers and dispatchers for anyone of the tenant. */
    private void mayActFor(UUID installerId) {
        if (!caller.roles().contains(Roles.MANAGER) && !caller.roles().contains(Roles.DISPATCHER)
                && !installerId.toString().equals(caller.id())) {
            throw ProblemException.forbidden("Installers see and request only their own leave.");
        }
        find(installerId);
    }

    private void checkServicePoints(List<UUID> ids) {
        if (ids == null) {
            return;
        }
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!servicePoints.exists(ids.get(i))) {
                unknown.add(new FieldError("servicePointIds[" + i + "]", "no service point of your tenant has this id"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest(unknown.size() + " service points are unknown.", unknown);
        }
    }

    /** The installer a certificate of the tenant belongs to, if there is such a certificate. */
    @Transactional
    public Optional<UUID> certificateHolder(UUID certificationId) {
        return Certification.<Certification>findByIdOptional(certificationId).map(c -> c.installerId);
    }

    /** Whether the tenant has an installer with this id; other features check their references with it. */
    @Transactional
    public boolean exists(UUID id) {
        return Installer.count("id", id) > 0;
    }

    /** Display names of these installers of the tenant, by id, in two queries; unknown ids are absent. */
    @Transactional
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        List<UUID> known = Installer.<Installer>list("id in ?1", ids).stream().map(i -> i.id).toList();
        Map<UUID, String> names = new java.util.HashMap<>();
        // a person without first or last name goes by their login name; never by an id, which means nothing to a reader
        staff.byIds(known).forEach((id, u) -> {
            String name = displayName(u.firstName(), u.lastName());
            names.put(id, name.isEmpty() ? u.localName() : name);
        });
        known.forEach(id -> names.putIfAbsent(id, ""));
        return names;
    }

    /** Every installer of the tenant with a base salary, for the payroll: id → (name, base salary), in two queries. */
    @Transactional
    public Map<UUID, InstallerDtos.PayProfile> payProfiles() {
        List<Installer> all = Installer.listAll();
        Map<UUID, StaffDtos.StaffUserView> accounts = staff.byIds(all.stream().map(i -> i.id).toList());
        Map<UUID, InstallerDtos.PayProfile> profiles = new java.util.LinkedHashMap<>();
        for (Installer i : all) {
            StaffDtos.StaffUserView u = accounts.get(i.id);
            profiles.put(i.id, new InstallerDtos.PayProfile(i.id, u == null ? i.id.toString() : displayName(u.firstName(), u.lastName()),
                    i.baseSalary, i.status));
        }
        return profiles;
    }

    /** Chinese names read family name first with no space (赵师傅); others read "first last". */
    public static String displayName(String first, String last) {
        return io.aftercare.staff.StaffActorNames.displayName(first, last);
    }

    /** The service points of these installers, by id, in one query; ids that are no installer of the tenant are absent. */
    @Transactional
    public Map<UUID, List<UUID>> servicePoints(Collection<UUID> installerIds) {
        if (installerIds.isEmpty()) {
            return Collections.emptyMap();
        }
        return Installer.<Installer>list("id in ?1", installerIds).stream()
                .collect(Collectors.toMap(i -> i.id, i -> List.copyOf(i.servicePointIds)));
    }

    /** Days of approved leave of every installer that fall in {@code month}, by installer, in one query. */
    @Transactional
    public Map<UUID, Set<LocalDate>> approvedLeaveDays(java.time.YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<UUID, Set<LocalDate>> days = new HashMap<>();
        LeaveRequest.<LeaveRequest>list("status = ?1 and firstDay <= ?3 and lastDay >= ?2", InstallerDtos.LeaveStatus.APPROVED, first, last)
                .forEach(l -> {
                    Set<LocalDate> of = days.computeIfAbsent(l.installerId, k -> new java.util.TreeSet<>());
                    for (LocalDate d = l.firstDay.isBefore(first) ? first : l.firstDay; !d.isAfter(l.lastDay) && !d.isAfter(last); d = d.plusDays(1)) {
                        of.add(d);
                    }
                });
        return days;
    }

    /** Leave requests of the whole tenant awaiting a decision, oldest first (one query). */
    @Transactional
    public List<InstallerDtos.LeaveRequestView> pendingLeave() {
        return LeaveRequest.<LeaveRequest>list("status = ?1 order by createdAt", InstallerDtos.LeaveStatus.REQUESTED).stream()
                .map(InstallerDtos.LeaveRequestView::of).toList();
    }

    private static void checkHours(InstallerDtos.WorkingHours hours) {
        if (!hours.end().isAfter(hours.start())) {
            throw ProblemException.invalidField("workingHours.end", "must be after workingHours.start");
        }
    }

    private static Installer find(UUID id) {
        return Installer.<Installer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The installer " + id));
    }

    /** Views of installers with their accounts and certificates: three queries for any number of installers. */
    private Map<UUID, InstallerDtos.InstallerView> views(List<Installer> installers) {
        if (installers.isEmpty()) {
            return Collections.emptyMap();
        }
        List<UUID> ids = installers.stream().map(i -> i.id).toList();
        Map<UUID, StaffDtos.StaffUserView> accounts = staff.byIds(ids);
        Map<UUID, List<InstallerDtos.CertificationView>> certificates = Certification.<Certification>list(
                        "installerId in ?1 order by type, validTo", ids).stream()
                .collect(Collectors.groupingBy(c -> c.installerId, Collectors.mapping(InstallerDtos.CertificationView::of, Collectors.toList())));
        Map<UUID, InstallerDtos.InstallerView> views = new HashMap<>();
        for (Installer i : installers) {
            StaffDtos.StaffUserView account = accounts.get(i.id);
            String name = account == null ? "" : displayName(account.firstName(), account.lastName());
            views.put(i.id, new InstallerDtos.InstallerView(i.id, account == null ? "" : account.username(),
                    name.isBlank() && account != null ? account.username() : name, i.phone, i.skills, i.servicePointIds,
                    new InstallerDtos.WorkingHours(i.workingHoursStart, i.workingHoursEnd), i.baseSalary.toPlainString(),
                    i.status, certificates.getOrDefault(i.id, List.of()), i.version));
        }
        return views;
    }

    /** Leave requests of the whole tenant awaiting a decision. */
    @Transactional
    public long pendingLeaveCount() {
        return LeaveRequest.count("status", InstallerDtos.LeaveStatus.REQUESTED);
    }
}
