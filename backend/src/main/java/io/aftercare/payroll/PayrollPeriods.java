package io.aftercare.payroll;

import io.aftercare.api.Ids;
import io.aftercare.money.Money;
import io.aftercare.money.PayPeriods;
import io.aftercare.persistence.NativeValues;
import io.aftercare.security.CurrentUser;
import jakarta.transaction.Transactional;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's locked pay months (table pay_month, guarded by row-level security). Its reads never flush the
 * session: callers ask it in the middle of changing an entity, and an early flush would write that entity twice.
 */
@ApplicationScoped
public class PayrollPeriods implements PayPeriods {

    private final EntityManager db;
    private final CurrentUser caller;

    PayrollPeriods(EntityManager db, CurrentUser caller) {
        this.db = db;
        this.caller = caller;
    }

    @Override
    public YearMonth payMonthFor(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        Set<YearMonth> locked = lockedFrom(month);
        while (locked.contains(month)) {
            month = month.plusMonths(1);
        }
        return month;
    }

    @Override
    public void requireOpen(YearMonth month) {
        if (isLocked(month)) {
            throw locked(month);
        }
    }

    @Override
    public boolean isLocked(YearMonth month) {
        return !db.createNativeQuery("select 1 from pay_month where month = ?1").setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList().isEmpty();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void correct(UUID personId, LocalDate originalDate, BigDecimal amount, String reason, String sourceType, UUID sourceId) {
        db.createNativeQuery("""
                        insert into pay_adjustment (tenant_id, id, person_id, pay_month, amount, reason, source_type, source_id, created_at, created_by)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, ?5, ?6, ?7, now(), ?8)""")
                .setParameter(1, Ids.newId()).setParameter(2, personId).setParameter(3, Date.valueOf(payMonthFor(originalDate).atDay(1)))
                .setParameter(4, Money.of(amount)).setParameter(5, reason).setParameter(6, sourceType).setParameter(7, sourceId)
                .setParameter(8, caller.username()).executeUpdate();
    }

    static ProblemException locked(YearMonth month) {
        return new ProblemException(409, "pay-month-locked", "Pay month locked",
                "Pay month " + month + " is locked; corrections go into the next open month as adjustments.",
                List.of(new FieldError("month", "is locked")));
    }

    @SuppressWarnings("unchecked")
    private Set<YearMonth> lockedFrom(YearMonth month) {
        List<Object> rows = db.createNativeQuery("select month from pay_month where month >= ?1 order by month").setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        Set<YearMonth> locked = new HashSet<>();
        rows.forEach(d -> locked.add(YearMonth.from(NativeValues.date(d))));
        return locked;
    }
}
