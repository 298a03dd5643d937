package io.aftercare.money;

import io.aftercare.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Money in the tenant's currency: {@link BigDecimal} with two decimals, rounded half-up. Amounts travel as strings
 * ("50.00") in the API and as {@code numeric(12,2)} in the database; never as {@code double} or {@code float}.
 */
public final class Money {

    public static final String PATTERN = "^-?\\d{1,9}(\\.\\d{1,2})?$";
    public static final String MESSAGE = "must be an amount like 50.00 (up to 2 decimals)";
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Money() {
    }

    /** Rounds to cents, half-up. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Parses a settings or request amount; a malformed one names its field in a 400. */
    public static BigDecimal parse(String field, String amount) {
        if (amount == null || !amount.matches(PATTERN)) {
            throw ProblemException.invalidField(field, MESSAGE);
        }
        return of(new BigDecimal(amount));
    }

    /** A settings amount the settings validation has already checked. */
    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** {@code percent} % of {@code amount}, rounded to cents half-up. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return of(amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    public static BigDecimal times(BigDecimal amount, long count) {
        return of(amount.multiply(BigDecimal.valueOf(count)));
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return of(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The API's form: plain digits, two decimals. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : of(amount).toPlainString();
    }
}
