package io.aftercare.booking;

import io.aftercare.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits on anonymous bookings: per client address per hour and per phone number per day, each per tenant. Over a
 * limit answers 429. Counters are per replica (like the API's rate limit), kept in fixed windows.
 */
@ApplicationScoped
public class BookingLimits {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int perAddressPerHour;
    private final int perPhonePerDay;

    public BookingLimits(@ConfigProperty(name = "aftercare.booking.per-address-per-hour", defaultValue = "20") int perAddressPerHour,
                         @ConfigProperty(name = "aftercare.booking.per-phone-per-day", defaultValue = "5") int perPhonePerDay) {
        this.perAddressPerHour = perAddressPerHour;
        this.perPhonePerDay = perPhonePerDay;
    }

    /** Counts one booking attempt from this address; 429 when the hour's budget is spent. */
    void admitAddress(String tenantSlug, String address) {
        admit("a:" + tenantSlug + ":" + address, perAddressPerHour, HOUR,
                "At most " + perAddressPerHour + " bookings per hour are accepted from one address.");
    }

    /** Counts one booking for this phone; 429 when the day's budget is spent. */
    void admitPhone(String tenantSlug, String phoneDigits) {
        admit("p:" + tenantSlug + ":" + phoneDigits, perPhonePerDay, DAY,
                "At most " + perPhonePerDay + " bookings per day are accepted for one phone number.");
    }

    private void admit(String key, int limit, long windowMillis, String detail) {
        long now = System.currentTimeMillis();
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start >= windowMillis ? new Window(now) : w);
        if (window.count.incrementAndGet() > limit) {
            throw new ProblemException(429, "booking-rate-limited", "Too many bookings", detail + " Please call us instead.", null);
        }
    }

    @Scheduled(every = "10m")
    void evict() {
        long now = System.currentTimeMillis();
        windows.values().removeIf(w -> now - w.start >= DAY);
    }

    private static final class Window {
        final long start;
        final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
