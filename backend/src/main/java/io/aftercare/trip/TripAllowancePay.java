package io.aftercare.trip;

import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;
import io.aftercare.money.PaySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Allowances of completed trips, one ALLOWANCE line per person and trip, in the pay month of the trip's last day. */
@ApplicationScoped
public class TripAllowancePay implements PaySource {

    private final EntityManager db;

    TripAllowancePay(EntityManager db) {
        this.db = db;
    }

    @Override
    @Transactional
    public List<PayLine> lines(YearMonth payMonth) {
        return db.createQuery("""
                        select a.personId, a.total, t.id, t.number, t.destination, t.lastDay, t.originalMonth, a.meals, a.lodging
                        from TripAllowance a, Trip t
                        where t.id = a.tripId and t.status = :completed and t.payMonth = :month and a.total > 0
                        order by t.id, a.personId""", Object[].class)
                .setParameter("completed", TripDtos.Status.COMPLETED).setParameter("month", payMonth.atDay(1))
                .getResultList().stream()
                .map(r -> new PayLine((UUID) r[0], payMonth, PayComponent.ALLOWANCE, (BigDecimal) r[1], "trip", (UUID) r[2], (LocalDate) r[5],
                        "Trip " + r[3] + " to " + r[4] + ": meals " + r[7] + ", lodging " + r[8], YearMonth.from((LocalDate) r[6])))
                .toList();
    }
}
