package io.aftercare.trip;

import io.aftercare.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The trip allowance of one person (doc 1 §5.3): meals for every trip day ({@code mealsPerDay × mealAllowancePerMeal
 * × days}); lodging for the nights ({@code days − 1}) at the actual amount claimed per night up to the cap, above it
 * only when the manager approved. A same-day trip earns meals only; a trip without a field task earns nothing.
 * Pure: the rates are the trip's stored copy of the tenant's settings.
 */
public final class TripAllowances {

    private TripAllowances() {
    }

    public record Rates(BigDecimal lodgingCapPerDay, BigDecimal mealAllowancePerMeal, int mealsPerDay) {
    }

    /** One night's lodging claimed; {@code aboveCapApproved}: the manager accepted an amount above the cap. */
    public record Night(BigDecimal amount, boolean aboveCapApproved) {
    }

    public record Allowance(int days, int nights, BigDecimal meals, BigDecimal lodgingClaimed, int lodgingNightsPaid, BigDecimal lodging,
                            boolean lodgingAboveCap) {

        public BigDecimal total() {
            return Money.of(meals.add(lodging));
        }
    }

    public static int days(LocalDate first, LocalDate last) {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The allowance before any lodging is claimed. */
    public static Allowance of(LocalDate first, LocalDate last, boolean fieldTask, Rates rates) {
        int days = days(first, last);
        if (!fieldTask) {
            return new Allowance(days, days - 1, Money.ZERO, Money.ZERO, 0, Money.ZERO, false);
        }
        BigDecimal meals = Money.times(Money.times(rates.mealAllowancePerMeal(), rates.mealsPerDay()), days);
        return new Allowance(days, days - 1, meals, Money.ZERO, 0, Money.ZERO, false);
    }

    /**
     * The allowance with more lodging nights claimed: each night pays the claimed amount up to the cap, or all of it
     * when approved above the cap. Nights beyond the trip's nights, a same-day trip and a trip without a field task
     * add nothing paid (the claimed amount is still recorded).
     */
    public static Allowance withLodging(Allowance current, boolean fieldTask, Rates rates, List<Night> nights) {
        BigDecimal claimed = current.lodgingClaimed();
        BigDecimal paid = current.lodging();
        boolean aboveCap = current.lodgingAboveCap();
        int paidNights = current.lodgingNightsPaid();
        for (Night night : nights) {
            BigDecimal amount = Money.of(night.amount());
            claimed = claimed.add(amount);
            boolean above = amount.compareTo(rates.lodgingCapPerDay()) > 0;
            aboveCap |= above && !night.aboveCapApproved();
            if (!fieldTask || paidNights >= current.nights()) {
                continue;
            }
            paid = paid.add(above && !night.aboveCapApproved() ? rates.lodgingCapPerDay() : amount);
            paidNights++;
        }
        return new Allowance(current.days(), current.nights(), current.meals(), Money.of(claimed), paidNights, Money.of(paid), aboveCap);
    }
}
