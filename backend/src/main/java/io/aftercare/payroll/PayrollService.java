package io.aftercare.payroll;

import io.aftercare.api.Ids;
import io.aftercare.api.Xlsx;
import io.aftercare.audit.AuditLog;
import io.aftercare.installer.InstallerDtos;
import io.aftercare.installer.InstallerService;
import io.aftercare.money.Money;
import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;
import io.aftercare.money.PaySource;
import io.aftercare.persistence.NativeValues;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly payroll: base salary from each installer's profile plus every pay source's lines (ledger, trips, claims)
 * and manual adjustments. Live while the month is open; locking freezes it as it stands (payroll_line), after which
 * changes to that month answer 409 and corrections are paid in the next open month.
 */
@ApplicationScoped
public class PayrollService {

    static final String ENTITY = "pay-month";

    private final Instance<PaySource> sources;
    private final InstallerService installers;
    private final PayrollPeriods periods;
    private final TenantService tenantService;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final EntityManager db;

    public PayrollService(Instance<PaySource> sources, InstallerService installers, PayrollPeriods periods, TenantService tenantService,
                          CurrentUser caller, AuditLog audit, EntityManager db) {
        this.sources = sources;
        this.installers = installers;
        this.periods = periods;
        this.tenantService = tenantService;
        this.caller = caller;
        this.audit = audit;
        this.db = db;
    }

    /** A month's lines with the people's names: frozen when locked, gathered from the sources otherwise. */
    record Month(YearMonth month, boolean locked, OffsetDateTime lockedAt, String lockedBy, List<PayLine> lines, Map<UUID, String> names) {
    }

    @Transactional
    public PayrollDtos.PayrollSheet sheet(YearMonth month) {
        Month m = load(month);
        List<PayrollTotals.Sums> rows = PayrollTotals.rows(m.lines(), m.names());
        return new PayrollDtos.PayrollSheet(month.toString(), m.locked(), m.lockedAt(), m.lockedBy(),
                rows.stream().map(PayrollTotals.Sums::row).toList(), PayrollTotals.totals(rows).row());
    }

    /** One person's month, line by line, each pointing at its source. */
    @Transactional
    public PayrollDtos.PersonPayroll person(YearMonth month, UUID personId) {
        Month m = load(month);
        List<PayLine> lines = m.lines().stream().filter(l -> l.personId().equals(personId))
                .sorted(Comparator.comparing(PayLine::component).thenComparing(l -> l.occurredOn() == null ? LocalDate.MIN : l.occurredOn())).toList();
        if (lines.isEmpty() && !m.names().containsKey(personId)) {
            throw ProblemException.notFound("The person " + personId + " in the payroll of " + month);
        }
        PayrollTotals.Sums sums = PayrollTotals.rows(lines, Map.of(personId, m.names().getOrDefault(personId, personId.toString()))).get(0);
        return new PayrollDtos.PersonPayroll(month.toString(), m.locked(), sums.row(), lines.stream().map(PayrollService::line).toList());
    }

    /** Freezes the month: its lines are kept as they are now; 409 when locked already or not yet begun. */
    @Transactional
    public PayrollDtos.PayrollSheet lock(YearMonth month) {
        if (month.isAfter(YearMonth.now(tenantService.currentZone()))) {
            throw new ProblemException(409, "pay-month-not-begun", "Pay month not begun", "Pay month " + month + " has not begun; it cannot be locked.",
                    List.of(new FieldError("month", "is in the future")));
        }
        periods.requireOpen(month);
        Month live = load(month);
        db.createNativeQuery("""
                        insert into pay_month (tenant_id, month, locked_at, locked_by)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, now(), ?2)
                        on conflict do nothing""")
                .setParameter(1, Date.valueOf(month.atDay(1))).setParameter(2, caller.username()).executeUpdate();
        freeze(month, live);
        PayrollDtos.PayrollSheet locked = sheet(month);
        audit.record("pay-month.locked", ENTITY, month.toString(), null, locked.totals());
        return locked;
    }

    /** Keeps the month's lines as they are now, in one JDBC batch on the transaction's connection (row-level security applies). */
    private void freeze(YearMonth month, Month live) {
        db.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into payroll_line (tenant_id, id, pay_month, person_id, person_name, component, amount, source_type, source_id,
                                              occurred_on, description, original_month)
                    values (cast(current_setting('app.tenant_id') as uuid), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (PayLine line : live.lines()) {
                    insert.setObject(1, Ids.newId());
                    insert.setObject(2, month.atDay(1));
                    insert.setObject(3, line.personId());
                    insert.setString(4, live.names().getOrDefault(line.personId(), line.personId().toString()));
                    insert.setString(5, line.component().name());
                    insert.setBigDecimal(6, line.amount());
                    insert.setString(7, line.sourceType());
                    insert.setObject(8, line.sourceId());
                    insert.setObject(9, line.occurredOn());
                    insert.setString(10, line.description());
                    insert.setObject(11, line.originalMonth().atDay(1));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** A correction paid in an open month; a locked month answers 409. */
    @Transactional
    public PayrollDtos.PersonPayroll adjust(YearMonth month, PayrollDtos.AdjustmentRequest request) {
        periods.requireOpen(month);
        if (!installers.exists(request.personId())) {
            throw ProblemException.invalidField("personId", "no installer of your tenant has this id");
        }
        BigDecimal amount = Money.parse("amount", request.amount());
        if (amount.signum() == 0) {
            throw ProblemException.invalidField("amount", "must not be 0.00");
        }
        UUID id = Ids.newId();
        db.createNativeQuery("""
                        insert into pay_adjustment (tenant_id, id, person_id, pay_month, amount, reason, source_type, created_at, created_by)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, ?5, 'MANUAL', now(), ?6)""")
                .setParameter(1, id).setParameter(2, request.personId()).setParameter(3, Date.valueOf(month.atDay(1))).setParameter(4, amount)
                .setParameter(5, request.reason().strip()).setParameter(6, caller.username()).executeUpdate();
        audit.record("pay-adjustment.created", "pay-adjustment", id, null, request);
        return person(month, request.personId());
    }

    /** The sheet as XLSX in the layout finance offices expect: one row per person, one column per component, totals last. */
    @Transactional
    public byte[] xlsx(YearMonth month) {
        PayrollDtos.PayrollSheet sheet = sheet(month);
        List<List<Object>> rows = new ArrayList<>();
        for (PayrollDtos.PayrollRow row : sheet.rows()) {
            rows.add(cells(row));
        }
        rows.add(cells(sheet.totals()));
        String tenant = tenantService.current().name();
        return Xlsx.sheet("工资表 " + month, List.of(tenant + " 工资表 Payroll " + month + (sheet.locked() ? " (已锁定 locked)" : " (未锁定 open)")),
                List.of("姓名 Name", "基本工资 Base salary", "补助 Allowances", "奖励 Rewards", "罚款 Fines", "承担费用 Cost charges",
                        "调整 Adjustments", "实发工资 Net pay", "报销 Reimbursements"), rows, true);
    }

    private static List<Object> cells(PayrollDtos.PayrollRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.name());
        for (String amount : List.of(row.baseSalary(), row.allowances(), row.rewards(), row.fines(), row.costCharges(), row.adjustments(),
                row.netPay(), row.reimbursements())) {
            cells.add(new BigDecimal(amount));
        }
        return cells;
    }

    private Month load(YearMonth month) {
        List<Object[]> lock = db.createNativeQuery("select locked_at, locked_by from pay_month where month = ?1", Object[].class)
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        if (!lock.isEmpty()) {
            return frozen(month, NativeValues.time(lock.get(0)[0]), (String) lock.get(0)[1]);
        }
        Map<UUID, InstallerDtos.PayProfile> profiles = installers.payProfiles();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<PayLine> lines = new ArrayList<>();
        profiles.values().stream().sorted(Comparator.comparing(InstallerDtos.PayProfile::name)).forEach(p -> {
            names.put(p.id(), p.name());
            if (p.baseSalary() != null && p.baseSalary().signum() > 0) {
                lines.add(new PayLine(p.id(), month, PayComponent.BASE_SALARY, Money.of(p.baseSalary()), "INSTALLER", p.id(), month.atDay(1),
                        "Base salary", month));
            }
        });
        for (PaySource source : sources) {
            lines.addAll(source.lines(month));
        }
        lines.addAll(adjustments(month));
        names.putAll(missingNames(lines, names));
        return new Month(month, false, null, null, lines, names);
    }

    private Map<UUID, String> missingNames(List<PayLine> lines, Map<UUID, String> names) {
        List<UUID> missing = lines.stream().map(PayLine::personId).filter(id -> !names.containsKey(id)).distinct().toList();
        return missing.isEmpty() ? Collections.emptyMap() : installers.names(missing);
    }

    @SuppressWarnings("unchecked")
    private List<PayLine> adjustments(YearMonth month) {
        List<Object[]> rows = db.createNativeQuery("""
                        select person_id, amount, source_type, source_id, created_at, reason, id from pay_adjustment where pay_month = ?1""", Object[].class)
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        return rows.stream().map(r -> new PayLine((UUID) r[0], month, PayComponent.ADJUSTMENT, Money.of((BigDecimal) r[1]), "PAY_ADJUSTMENT",
                (UUID) r[6], NativeValues.time(r[4]).toLocalDate(), (String) r[5], month)).toList();
    }

    private Month frozen(YearMonth month, OffsetDateTime lockedAt, String lockedBy) {
        List<Object[]> rows = db.createNativeQuery("""
                        select person_id, person_name, component, amount, source_type, source_id, occurred_on, description, original_month
                        from payroll_line where pay_month = ?1 order by person_name, component""", Object[].class)
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<PayLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            names.putIfAbsent((UUID) r[0], (String) r[1]);
            lines.add(new PayLine((UUID) r[0], month, PayComponent.valueOf((String) r[2]), Money.of((BigDecimal) r[3]), (String) r[4], (UUID) r[5],
                    NativeValues.date(r[6]), (String) r[7], YearMonth.from(NativeValues.date(r[8]))));
        }
        return new Month(month, true, lockedAt, lockedBy, lines, names);
    }

    private static PayrollDtos.PayrollLine line(PayLine l) {
        return new PayrollDtos.PayrollLine(l.component(), Money.format(l.amount()), l.sourceType(), l.sourceId(), l.occurredOn(), l.description(),
                l.correction() ? l.originalMonth().toString() : null);
    }
}
