package io.aftercare.dispatch;

import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One run of "optimise the day" on the optimiser thread, as its tenant: reads the day, solves it within the tenant's
 * bound (stopping sooner once the best plan stops improving), writes its progress about once a second and then the
 * proposal, or the failure.
 */
@ApplicationScoped
public class DispatchPlanRunner {

    private static final Logger LOG = Logger.getLogger(DispatchPlanRunner.class);
    private static final long PROGRESS_EVERY_MS = 1000;

    private final TenantContext tenants;
    private final DispatchDay days;
    private final SettingsService settings;

    public DispatchPlanRunner(TenantContext tenants, DispatchDay days, SettingsService settings) {
        this.tenants = tenants;
        this.days = days;
        this.settings = settings;
    }

    @ActivateRequestContext
    public void run(UUID tenant, UUID planId) {
        tenants.runAs(tenant, () -> {
            try {
                solve(planId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Plan %s failed", planId);
                QuarkusTransaction.requiringNew().run(() -> {
                    DispatchPlan plan = DispatchPlan.findById(planId);
                    plan.status = DispatchDtos.PlanStatus.FAILED;
                    plan.failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    plan.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                });
            }
            return null;
        });
    }

    private void solve(UUID planId) {
        record Input(DispatchPlan plan, DispatchDay.Facts facts, SettingsDtos.DispatchSettings rules) {
        }
        Input input = QuarkusTransaction.requiringNew().call(() -> {
            DispatchPlan plan = DispatchPlan.findById(planId);
            plan.status = DispatchDtos.PlanStatus.SOLVING;
            return new Input(plan, days.read(plan.day, plan.servicePointId), settings.current().dispatch());
        });
        DispatchPlan plan = input.plan();
        PlanModel.Built before = PlanModel.build(input.facts(), input.rules(), plan.allowWindowMoves);
        DayPlanSolver.score(before.plan());
        PlanModel.Built problem = PlanModel.build(input.facts(), input.rules(), plan.allowWindowMoves);
        long[] lastWritten = {0};
        Duration limit = Duration.ofSeconds(plan.limitSeconds);
        Duration unimproved = Duration.ofMillis(Math.min(limit.toMillis(), Math.max(2000, limit.toMillis() / 3)));
        DayPlan best = DayPlanSolver.solve(problem.plan(), limit, unimproved, (score, ms) -> {
            if (ms - lastWritten[0] >= PROGRESS_EVERY_MS) {
                lastWritten[0] = ms;
                QuarkusTransaction.requiringNew().run(() -> {
                    DispatchPlan p = DispatchPlan.findById(planId);
                    p.elapsedMs = (int) (long) ms;
                    p.bestScore = score.toString();
                });
            }
        });
        DispatchPlan.Proposal proposal = PlanModel.proposal(before, best, input.facts().start());
        PlanFigures was = PlanFigures.of(before.plan());
        PlanFigures will = PlanFigures.of(best);
        QuarkusTransaction.requiringNew().run(() -> {
            DispatchPlan p = DispatchPlan.findById(planId);
            p.status = DispatchDtos.PlanStatus.READY;
            p.bestScore = best.getScore().toString();
            p.elapsedMs = (int) Duration.between(p.requestedAt, OffsetDateTime.now(ZoneOffset.UTC)).toMillis();
            p.before = DispatchDtos.Figures.of(was);
            p.after = DispatchDtos.Figures.of(will);
            p.proposal = proposal;
            p.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        });
    }
}
