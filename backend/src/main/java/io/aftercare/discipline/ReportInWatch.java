package io.aftercare.discipline;

import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenancy.EveryTenant;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finds installers who checked out (work done) and did not report in within the tenant's minutes, and proposes the
 * fine for leaving without report-in. A report-in that comes late is caught when it happens too; either way the event
 * key keeps it to one entry per order.
 */
@ApplicationScoped
public class ReportInWatch {

    private static final Logger LOG = Logger.getLogger(ReportInWatch.class);
    private static final int BATCH = 500;

    private final EveryTenant everyTenant;
    private final SettingsService settings;
    private final WorkOrderQueries workOrders;
    private final DisciplineLedger ledger;
    private final CurrentUser caller;

    ReportInWatch(EveryTenant everyTenant, SettingsService settings, WorkOrderQueries workOrders, DisciplineLedger ledger, CurrentUser caller) {
        this.everyTenant = everyTenant;
        this.settings = settings;
        this.workOrders = workOrders;
        this.ledger = ledger;
        this.caller = caller;
    }

    @Scheduled(every = "${aftercare.discipline.check-every:5m}", delayed = "${aftercare.discipline.check-delay:40s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int proposed = check(OffsetDateTime.now(ZoneOffset.UTC));
        if (proposed > 0) {
            LOG.infof("Report-in watch: %d installers left without reporting in", proposed);
        }
    }

    /** One pass over every tenant as of {@code now}; answers how many entries it proposed. */
    @ActivateRequestContext
    public int check(OffsetDateTime now) {
        caller.actAs("report-in watch");
        return everyTenant.run("The report-in watch", () -> QuarkusTransaction.requiringNew().call(() -> {
            int minutes = settings.current().discipline().reportInMinutes();
            List<WorkOrderDtos.CheckedOut> late = workOrders.checkedOutNotReportedIn(now.minusMinutes(minutes), BATCH);
            return ledger.leftWithoutReportIn(late, minutes);
        })).stream().mapToInt(Integer::intValue).sum();
    }
}
