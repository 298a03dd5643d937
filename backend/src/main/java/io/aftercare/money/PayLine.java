package io.aftercare.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One amount a person is paid or charged in a pay month, pointing back at its source entry (a ledger entry, a
 * trip allowance, an expense claim, a manual adjustment). Amounts are positive except adjustments, which carry their
 * sign; the component says whether the amount adds to or deducts from net pay.
 *
 * @param originalMonth the month the source belongs to when it was moved into a later month because that one was
 *                      locked (a correction); otherwise the pay month itself
 */
public record PayLine(UUID personId, YearMonth payMonth, PayComponent component, BigDecimal amount, String sourceType,
                      UUID sourceId, LocalDate occurredOn, String description, YearMonth originalMonth) {

    public boolean correction() {
        return !originalMonth.equals(payMonth);
    }
}
