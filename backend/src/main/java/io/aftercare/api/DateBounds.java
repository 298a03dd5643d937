package io.aftercare.api;

import io.aftercare.tenancy.KnownTenants;
import io.aftercare.tenancy.TenantContext;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one decision on which dates are sane, so that a typo like 1900 or 3026 is refused with the field named instead
 * of being stored (see {@link SaneDate}). History reaches back a few years before the tenant existed (records
 * brought over from an earlier system); plans reach a few years ahead; documents (certificates, warranties,
 * agreements, installed products) live longer in both directions.
 */
@ApplicationScoped
public class DateBounds {

    @ConfigMapping(prefix = "aftercare.dates")
    public interface Config {
        /** How many years before the tenant's creation a recorded event may lie. */
        @WithDefault("5")
        int historyYearsBeforeTenant();

        /** How many years ahead a plan (leave, trip, appointment, agreement period) may reach. */
        @WithDefault("5")
        int planYearsAhead();

        /** How many years back and ahead a document's dates (certificate, warranty, installation) may lie. */
        @WithDefault("50")
        int documentYears();
    }

    public record Range(LocalDate earliest, LocalDate latest) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(earliest) && !day.isAfter(latest);
        }
    }

    private final Config config;
    private final TenantContext tenants;
    private final KnownTenants known;
    private final Clock clock;

    public DateBounds(Config config, TenantContext tenants, KnownTenants known) {
        this.config = config;
        this.tenants = tenants;
        this.known = known;
        this.clock = Clock.systemUTC();
    }

    public Range range(SaneDate.Kind kind) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // A day of slack each side: "today" in the tenant's zone may be tomorrow or yesterday in UTC.
        LocalDate historyStart = tenants.tenant().flatMap(known::createdOn).orElse(today)
                .minusYears(config.historyYearsBeforeTenant()).minusDays(1);
        return switch (kind) {
            case HISTORY -> new Range(historyStart, today.plusDays(1));
            case PLAN -> new Range(historyStart, today.plusYears(config.planYearsAhead()).plusDays(1));
            case DOCUMENT -> new Range(today.minusYears(config.documentYears()), today.plusYears(config.documentYears()));
        };
    }
}
