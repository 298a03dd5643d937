package io.aftercare.trip;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allowance arithmetic with the rule book's defaults: lodging cap 100.00 a night, 3 meals a day at 15.00. */
class TripAllowancesTest {

    static final TripAllowances.Rates DEFAULTS = new TripAllowances.Rates(new BigDecimal("100.00"), new BigDecimal("15.00"), 3);
    static final LocalDate MON = LocalDate.of(2026, 11, 2);

    @Test
    void aThreeDayTripPaysMealsForThreeDaysAndLodgingForTwoNightsUpToTheCap() {
        TripAllowances.Allowance meals = TripAllowances.of(MON, MON.plusDays(2), true, DEFAULTS);
        assertEquals(3, meals.days());
        assertEquals(2, meals.nights());
        assertEquals(new BigDecimal("135.00"), meals.meals());
        assertEquals(new BigDecimal("135.00"), meals.total());

        TripAllowances.Allowance lodged = TripAllowances.withLodging(meals, true, DEFAULTS,
                List.of(new TripAllowances.Night(new BigDecimal("120.00"), false), new TripAllowances.Night(new BigDecimal("90.50"), false)));
        assertEquals(new BigDecimal("210.50"), lodged.lodgingClaimed());
        assertEquals(new BigDecimal("190.50"), lodged.lodging());
        assertTrue(lodged.lodgingAboveCap());
        assertEquals(new BigDecimal("325.50"), lodged.total());
    }

    @Test
    void lodgingAboveTheCapIsPaidInFullOnlyWhenApproved() {
        TripAllowances.Allowance meals = TripAllowances.of(MON, MON.plusDays(1), true, DEFAULTS);
        TripAllowances.Allowance lodged = TripAllowances.withLodging(meals, true, DEFAULTS,
                List.of(new TripAllowances.Night(new BigDecimal("128.00"), true)));
        assertEquals(new BigDecimal("128.00"), lodged.lodging());
        assertFalse(lodged.lodgingAboveCap());
        assertEquals(new BigDecimal("218.00"), lodged.total());
        // a second night on a one-night trip is recorded as claimed but not paid
        TripAllowances.Allowance again = TripAllowances.withLodging(lodged, true, DEFAULTS,
                List.of(new TripAllowances.Night(new BigDecimal("80.00"), false)));
        assertEquals(new BigDecimal("208.00"), again.lodgingClaimed());
        assertEquals(new BigDecimal("128.00"), again.lodging());
    }

    @Test
    void aSameDayTripEarnsMealsOnlyAndATripWithoutFieldTaskNothing() {
        TripAllowances.Allowance sameDay = TripAllowances.withLodging(TripAllowances.of(MON, MON, true, DEFAULTS), true, DEFAULTS,
                List.of(new TripAllowances.Night(new BigDecimal("99.00"), false)));
        assertEquals(new BigDecimal("45.00"), sameDay.meals());
        assertEquals(new BigDecimal("0.00"), sameDay.lodging());
        assertEquals(new BigDecimal("45.00"), sameDay.total());

        TripAllowances.Allowance noTask = TripAllowances.withLodging(TripAllowances.of(MON, MON.plusDays(4), false, DEFAULTS), false, DEFAULTS,
                List.of(new TripAllowances.Night(new BigDecimal("99.00"), false)));
        assertEquals(new BigDecimal("0.00"), noTask.total());
    }
}
