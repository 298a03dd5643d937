package io.aftercare.payroll;

import io.aftercare.money.Money;
import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Over random ledgers: every payroll column is the sum of its source lines, and the totals are the sum of the rows. */
class PayrollTotalsPropertyTest {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final List<UUID> PEOPLE = IntStream.range(0, 6).mapToObj(i -> new UUID(7, i)).toList();

    @Provide
    Arbitrary<PayLine> lines() {
        Arbitrary<UUID> person = Arbitraries.of(PEOPLE);
        Arbitrary<PayComponent> component = Arbitraries.of(PayComponent.class);
        // Cents, as the ledger holds them: up to 99 999.99; adjustments may be negative.
        Arbitrary<Long> cents = Arbitraries.longs().between(0, 9_999_999);
        Arbitrary<Boolean> negative = Arbitraries.of(true, false);
        return Combinators.combine(person, component, cents, negative).as((p, c, v, neg) -> new PayLine(p, MONTH, c,
                BigDecimal.valueOf(c == PayComponent.ADJUSTMENT && neg ? -v : v, 2), "TEST", UUID.randomUUID(), LocalDate.of(2026, 11, 3),
                "line", MONTH));
    }

    @Property(tries = 300)
    void everyColumnIsTheSumOfItsSourceLinesAndTotalsAreTheSumOfRows(@ForAll("ledgers") List<PayLine> ledger) {
        Map<UUID, String> names = new LinkedHashMap<>();
        PEOPLE.forEach(p -> names.put(p, "P" + p.getLeastSignificantBits()));
        List<PayrollTotals.Sums> rows = PayrollTotals.rows(ledger, names);
        assertEquals(PEOPLE.size(), rows.size());
        BigDecimal netOfAll = BigDecimal.ZERO;
        for (PayrollTotals.Sums row : rows) {
            BigDecimal net = BigDecimal.ZERO;
            for (PayComponent c : PayComponent.values()) {
                BigDecimal sum = ledger.stream().filter(l -> l.personId().equals(row.personId()) && l.component() == c)
                        .map(PayLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(Money.of(sum), row.get(c), c + " of " + row.name());
                net = net.add(sum.multiply(BigDecimal.valueOf(c.signInNetPay())));
            }
            assertEquals(Money.of(net), row.netPay(), "net pay of " + row.name());
            netOfAll = netOfAll.add(net);
        }
        PayrollTotals.Sums totals = PayrollTotals.totals(rows);
        for (PayComponent c : PayComponent.values()) {
            BigDecimal sum = ledger.stream().filter(l -> l.component() == c).map(PayLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, Money.of(sum).compareTo(totals.get(c)), "total " + c);
        }
        assertEquals(0, Money.of(netOfAll).compareTo(totals.netPay()), "total net pay");
    }

    @Provide
    Arbitrary<List<PayLine>> ledgers() {
        return lines().list().ofMaxSize(200);
    }
}
