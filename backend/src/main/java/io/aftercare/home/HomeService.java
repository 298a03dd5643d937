package io.aftercare.home;

import io.aftercare.discipline.DisciplineLedger;
import io.aftercare.expense.ExpenseService;
import io.aftercare.installer.InstallerDtos;
import io.aftercare.installer.InstallerService;
import io.aftercare.partner.PartnerStatementService;
import io.aftercare.promise.PromiseService;
import io.aftercare.quality.EarlyWarnings;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.DispatchFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The office's home page: today's dispatch figures for managers and dispatchers, and for the manager what waits for
 * a decision. Each feature counts its own rows; the number of statements does not grow with the tenant's size.
 */
@ApplicationScoped
public class HomeService {

    private static final Collator NAMES = Collator.getInstance(Locale.CHINA);

    private final TenantService tenants;
    private final DispatchFigures dispatch;
    private final InstallerService installers;
    private final PromiseService promises;
    private final DisciplineLedger ledger;
    private final ExpenseService expenses;
    private final PartnerStatementService statements;
    private final EarlyWarnings warnings;
    private final CurrentUser caller;

    public HomeService(TenantService tenants, DispatchFigures dispatch, InstallerService installers, PromiseService promises,
                       DisciplineLedger ledger, ExpenseService expenses, PartnerStatementService statements, EarlyWarnings warnings,
                       CurrentUser caller) {
        this.warnings = warnings;
        this.tenants = tenants;
        this.dispatch = dispatch;
        this.installers = installers;
        this.promises = promises;
        this.ledger = ledger;
        this.expenses = expenses;
        this.statements = statements;
        this.caller = caller;
    }

    @Transactional
    public HomeDtos.HomeSummary summary() {
        ZoneId zone = tenants.currentZone();
        LocalDate today = LocalDate.now(zone);
        boolean manager = caller.roles().contains(Roles.MANAGER);
        boolean office = manager || caller.roles().contains(Roles.DISPATCHER);
        if (!office) {
            return new HomeDtos.HomeSummary(today, null, null);
        }
        DispatchFigures.Day day = dispatch.of(today.atStartOfDay(zone).toOffsetDateTime(), today.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        PromiseService.WatchCounts watch = promises.watchCounts();
        List<HomeDtos.HomeInstallerFigures> byInstaller = new ArrayList<>();
        for (InstallerDtos.RosterEntry installer : installers.roster()) {
            DispatchFigures.Crew crew = day.byInstaller().get(installer.id());
            if (crew == null && installer.status() != InstallerDtos.InstallerStatus.ACTIVE) {
                continue;
            }
            byInstaller.add(new HomeDtos.HomeInstallerFigures(installer.id(), installer.displayName(),
                    crew == null ? 0 : crew.scheduled(), crew == null ? 0 : crew.inProgress()));
        }
        byInstaller.sort(Comparator.comparing(HomeDtos.HomeInstallerFigures::displayName, NAMES));
        HomeDtos.HomeOfficeFigures figures = new HomeDtos.HomeOfficeFigures(day.unassigned(), watch.atRisk(),
                manager ? watch.openBreaches() : null, day.scheduled(), day.inProgress(), day.completed(), byInstaller);
        HomeDtos.HomeDecisions decisions = null;
        if (manager) {
            DisciplineLedger.Awaiting awaiting = ledger.awaiting();
            decisions = new HomeDtos.HomeDecisions(awaiting.proposed(), awaiting.appeals(), expenses.submittedCount(),
                    statements.draftCount(), installers.pendingLeaveCount(), warnings.openCount());
        }
        return new HomeDtos.HomeSummary(today, figures, decisions);
    }
}
