package io.aftercare.followup;

import io.aftercare.tenant.TenantService;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.EveryTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * Random spot checks: the tenant's number of checks per week is spread evenly over the week (twice a week: Monday
 * and Thursday noon); at each slot one recent order (done in the last seven days, not checked before) is drawn for a
 * spot-check visit. A slot is drawn once, whichever replica gets there first: the tenant's sampling runs under a
 * transaction-level advisory lock and each slot's key is unique.
 */
@ApplicationScoped
public class FollowUpSampler {

    private static final Logger LOG = Logger.getLogger(FollowUpSampler.class);

    private final EntityManager db;
    private final EveryTenant everyTenant;
    private final SettingsService settings;
    private final TenantService tenantService;
    private final FollowUpService followUps;

    public FollowUpSampler(EntityManager db, EveryTenant everyTenant, SettingsService settings, TenantService tenantService, FollowUpService followUps) {
        this.db = db;
        this.everyTenant = everyTenant;
        this.settings = settings;
        this.tenantService = tenantService;
        this.followUps = followUps;
    }

    @Scheduled(every = "${aftercare.follow-ups.sample-every:10m}", delayed = "${aftercare.follow-ups.sample-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int drawn = sample(OffsetDateTime.now(ZoneOffset.UTC));
        if (drawn > 0) {
            LOG.infof("Spot checks: %d orders drawn", drawn);
        }
    }

    /** Draws the spot checks due by {@code now} in every tenant; answers how many were drawn. */
    @ActivateRequestContext
    public int sample(OffsetDateTime now) {
        return everyTenant.run("Spot-check sampling", () -> QuarkusTransaction.requiringNew().call(() -> sampleTenant(now))).stream()
                .mapToInt(Integer::intValue).sum();
    }

    private int sampleTenant(OffsetDateTime now) {
        int perWeek = settings.current().promises().randomChecksPerWeek();
        if (perWeek == 0) {
            return 0;
        }
        db.createNativeQuery("select pg_advisory_xact_lock(hashtext(current_setting('app.tenant_id') || ':spot-checks'))").getSingleResult();
        ZoneId zone = tenantService.currentZone();
        ZonedDateTime local = now.atZoneSameInstant(zone);
        ZonedDateTime weekStart = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
        String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Duration spacing = Duration.ofDays(7).dividedBy(perWeek);
        int drawn = 0;
        for (int slot = 0; slot < perWeek; slot++) {
            // Slots start at noon of their day: office hours, not midnight.
            ZonedDateTime at = weekStart.plus(spacing.multipliedBy(slot)).plusHours(12);
            String key = "spot:" + week + ":" + slot;
            if (local.isBefore(at) || FollowUp.count("sampleKey", key) > 0) {
                continue;
            }
            List<?> picked = db.createNativeQuery("""
                            select o.id, o.customer_id from work_order o
                            where o.status in ('FILED', 'CLOSED') and o.work_done_at >= ?1
                              and not exists (select 1 from follow_up f where f.tenant_id = o.tenant_id and f.work_order_id = o.id
                                              and f.kind = 'SPOT_CHECK_VISIT')
                            order by random() limit 1""")
                    .setParameter(1, now.minusDays(7)).getResultList();
            if (picked.isEmpty()) {
                continue;
            }
            Object[] row = (Object[]) picked.getFirst();
            followUps.createSpotCheck((UUID) row[0], (UUID) row[1], key, now);
            drawn++;
        }
        return drawn;
    }
}
