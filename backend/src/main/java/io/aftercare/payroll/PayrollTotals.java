package io.aftercare.payroll;

import io.aftercare.money.Money;
import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sums pay lines into rows: every column is the sum of its lines, net pay is the signed sum of the pay columns, and the
 * totals row is the sum of the rows. Pure, so the property test can check it over random ledgers.
 */
public final class PayrollTotals {

    private PayrollTotals() {
    }

    /** A person's sums per component. */
    public record Sums(UUID personId, String name, Map<PayComponent, BigDecimal> byComponent) {

        public BigDecimal get(PayComponent component) {
            return byComponent.getOrDefault(component, Money.ZERO);
        }

        public BigDecimal netPay() {
            BigDecimal net = BigDecimal.ZERO;
            for (PayComponent c : PayComponent.values()) {
                net = net.add(get(c).multiply(BigDecimal.valueOf(c.signInNetPay())));
            }
            return Money.of(net);
        }

        PayrollDtos.PayrollRow row() {
            return new PayrollDtos.PayrollRow(personId, name, Money.format(get(PayComponent.BASE_SALARY)), Money.format(get(PayComponent.ALLOWANCE)),
                    Money.format(get(PayComponent.REWARD)), Money.format(get(PayComponent.FINE)), Money.format(get(PayComponent.COST_CHARGE)),
                    Money.format(get(PayComponent.ADJUSTMENT)), Money.format(netPay()), Money.format(get(PayComponent.REIMBURSEMENT)));
        }
    }

    /** One row per person in {@code names}' order (people with lines but no name come last), each the sum of their lines. */
    public static List<Sums> rows(List<PayLine> lines, Map<UUID, String> names) {
        Map<UUID, Map<PayComponent, BigDecimal>> sums = new LinkedHashMap<>();
        names.keySet().forEach(id -> sums.put(id, new EnumMap<>(PayComponent.class)));
        for (PayLine line : lines) {
            sums.computeIfAbsent(line.personId(), id -> new EnumMap<>(PayComponent.class))
                    .merge(line.component(), line.amount(), BigDecimal::add);
        }
        return sums.entrySet().stream().map(e -> {
            Map<PayComponent, BigDecimal> rounded = new EnumMap<>(PayComponent.class);
            e.getValue().forEach((c, v) -> rounded.put(c, Money.of(v)));
            return new Sums(e.getKey(), names.getOrDefault(e.getKey(), e.getKey().toString()), rounded);
        }).toList();
    }

    /** The totals row: every column summed over the rows. */
    public static Sums totals(List<Sums> rows) {
        Map<PayComponent, BigDecimal> total = new EnumMap<>(PayComponent.class);
        for (Sums row : rows) {
            row.byComponent().forEach((c, v) -> total.merge(c, v, BigDecimal::add));
        }
        return new Sums(null, "合计 Total", total);
    }
}
