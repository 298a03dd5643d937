package io.aftercare.trip;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** One person's allowance on a trip, with the amounts as computed (kept when the settings change later). */
@Entity
@Table(name = "trip_allowance")
public class TripAllowance extends TenantOwned {

    @Column(name = "trip_id", nullable = false)
    public UUID tripId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public int days;

    @Column(nullable = false)
    public int nights;

    @Column(nullable = false)
    public BigDecimal meals;

    @Column(name = "lodging_claimed", nullable = false)
    public BigDecimal lodgingClaimed;

    @Column(name = "lodging_nights", nullable = false)
    public int lodgingNights;

    @Column(nullable = false)
    public BigDecimal lodging;

    @Column(name = "lodging_above_cap", nullable = false)
    public boolean lodgingAboveCap;

    @Column(nullable = false)
    public BigDecimal total;

    TripAllowances.Allowance allowance() {
        return new TripAllowances.Allowance(days, nights, meals, lodgingClaimed, lodgingNights, lodging, lodgingAboveCap);
    }

    void set(TripAllowances.Allowance a) {
        days = a.days();
        nights = a.nights();
        meals = a.meals();
        lodgingClaimed = a.lodgingClaimed();
        lodgingNights = a.lodgingNightsPaid();
        lodging = a.lodging();
        lodgingAboveCap = a.lodgingAboveCap();
        total = a.total();
    }
}
