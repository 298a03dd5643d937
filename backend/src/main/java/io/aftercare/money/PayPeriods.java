package io.aftercare.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Which pay months of the current tenant are locked. A source asks it when an amount starts to count: the amount
 * counts in its own month, or, when that month is locked, in the first open month after it (a correction). A change
 * to an amount already counted in a locked month is refused with 409.
 */
public interface PayPeriods {

    /** The month in which an amount dated {@code date} is paid: its own month or the first open one after it. */
    YearMonth payMonthFor(LocalDate date);

    /** 409 when {@code month} is locked. */
    void requireOpen(YearMonth month);

    boolean isLocked(YearMonth month);

    /**
     * A correction of an amount already paid in a locked month: an adjustment (positive pays the person more) in the
     * first open month after {@code originalDate}'s month, pointing back at its source.
     */
    void correct(UUID personId, LocalDate originalDate, BigDecimal amount, String reason, String sourceType, UUID sourceId);
}
