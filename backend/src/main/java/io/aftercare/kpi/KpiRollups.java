package io.aftercare.kpi;

import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.EveryTenant;
import io.aftercare.tenant.TenantService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The daily roll-ups of the orders done (migration V39): one row per local day, lead installer, service point and order
 * type. Triggers mark the days an order's change touches as stale; a stale day is counted again from the orders before
 * the indicators read it ({@link #refresh}) and by a background pass. Only settled days are rolled up: days whose
 * every order is past its report-in deadline, so that "due" no longer moves with the clock.
 */
@ApplicationScoped
public class KpiRollups {

    private static final Logger LOG = Logger.getLogger(KpiRollups.class);

    private final EntityManager db;
    private final TenantService tenants;
    private final SettingsService settings;
    private final EveryTenant everyTenant;

    public KpiRollups(EntityManager db, TenantService tenants, SettingsService settings, EveryTenant everyTenant) {
        this.db = db;
        this.tenants = tenants;
        this.settings = settings;
        this.everyTenant = everyTenant;
    }

    /** The first day not settled: an order done before it is past its report-in deadline now. */
    public static LocalDate settledBefore(ZoneId zone, int reportInMinutes, Instant now) {
        return LocalDate.ofInstant(now.minusSeconds(60L * reportInMinutes), zone);
    }

    /**
     * Counts again, in a transaction of its own, the current tenant's stale days in [from, to) and those counted with
     * another report-in deadline than {@code reportInMinutes}; answers how many days were counted.
     */
    public int refresh(LocalDate from, LocalDate to, int reportInMinutes) {
        if (!from.isBefore(to)) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            db.createNativeQuery("""
                    insert into kpi_day_stale (tenant_id, day)
                    select distinct tenant_id, day from kpi_day where day >= :from and day < :to and report_in_minutes <> :minutes
                    on conflict do nothing""")
                    .setParameter("from", from).setParameter("to", to).setParameter("minutes", reportInMinutes).executeUpdate();
            // in day order, so that two refreshes take the days' locks in the same order
            return ((Number) db.createNativeQuery("""
                    select count(kpi_day_refresh(s.tenant_id, s.day, :minutes) >= 0)
                    from (select tenant_id, day from kpi_day_stale where day >= :from and day < :to order by day) s""")
                    .setParameter("from", from).setParameter("to", to).setParameter("minutes", reportInMinutes).getSingleResult()).intValue();
        });
    }

    /** Every tenant's settled stale days, counted in the background so that reads seldom find any. */
    @Scheduled(identity = "kpi-rollups", every = "${aftercare.kpi.rollup-every:1m}", delayed = "${aftercare.kpi.rollup-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int days = refreshEveryTenant();
        if (days > 0) {
            LOG.debugf("Indicator roll-ups: %d days counted again", days);
        }
    }

    @ActivateRequestContext
    public int refreshEveryTenant() {
        return everyTenant.run("Counting the indicators' stale days", this::refreshSettled).stream().mapToInt(Integer::intValue).sum();
    }

    /** The current tenant's stale settled days, counted again; answers how many. */
    public int refreshSettled() {
        int minutes = settings.current().discipline().reportInMinutes();
        return refresh(LocalDate.EPOCH, settledBefore(tenants.currentZone(), minutes, Instant.now()), minutes);
    }
}
