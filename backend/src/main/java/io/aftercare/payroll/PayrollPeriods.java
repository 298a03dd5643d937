package io.aftercare.payroll;

import io.aftercare.money.PayPeriods;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The current tenant's locked pay months (table pay_month, guarded by row-level security). */
@ApplicationScoped
public class PayrollPeriods implements PayPeriods {

    private final EntityManager db;

    PayrollPeriods(EntityManager db) {
        this.db = db;
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
        return !db.createNativeQuery("select 1 from pay_month where month = ?1")
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList().isEmpty();
    }

    static ProblemException locked(YearMonth month) {
        return new ProblemException(409, "pay-month-locked", "Pay month locked",
                "Pay month " + month + " is locked; corrections go into the next open month as adjustments.",
                List.of(new FieldError("month", "is locked")));
    }

    @SuppressWarnings("unchecked")
    private Set<YearMonth> lockedFrom(YearMonth month) {
        List<Date> rows = db.createNativeQuery("select month from pay_month where month >= ?1 order by month")
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        Set<YearMonth> locked = new HashSet<>();
        rows.forEach(d -> locked.add(YearMonth.from(d.toLocalDate())));
        return locked;
    }
}
