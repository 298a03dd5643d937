package io.aftercare.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenancy.EveryTenant;
import io.aftercare.tenancy.KnownTenants;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The weekly report and the monthly analysis. On schedule, each tenant gets the report of the week and the month
 * that last ended in its time zone; on demand, a manager generates one for any past period. Each period's report is
 * made once: the unique key of (kind, period) decides between replicas and repeated requests, and only the one that
 * made it tells the managers.
 */
@ApplicationScoped
public class PeriodicReports {

    private static final Logger LOG = Logger.getLogger(PeriodicReports.class);
    static final String ENTITY = "periodic-report";

    private final EntityManager db;
    private final ReportContents contents;
    private final TenantService tenants;
    private final TenantContext tenantContext;
    private final KnownTenants known;
    private final EveryTenant everyTenant;
    private final Notifications notifications;
    private final AuditLog audit;
    private final CurrentUser caller;
    private final ObjectMapper json;

    public PeriodicReports(EntityManager db, ReportContents contents, TenantService tenants, TenantContext tenantContext, KnownTenants known,
                           EveryTenant everyTenant, Notifications notifications, AuditLog audit, CurrentUser caller, ObjectMapper json) {
        this.db = db;
        this.contents = contents;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.known = known;
        this.everyTenant = everyTenant;
        this.notifications = notifications;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    /** The period of a kind that holds a day: its week, Monday to Sunday, or its calendar month. */
    public record Period(LocalDate first, LocalDate last) {
        static Period of(ReportDtos.ReportKind kind, LocalDate day) {
            return switch (kind) {
                case WEEKLY -> {
                    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    yield new Period(monday, monday.plusDays(6));
                }
                case MONTHLY -> new Period(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            };
        }
    }

    /** What a generation did: the report, and whether this call made it. */
    public record Generated(ReportDtos.ReportView report, boolean created) {
    }

    @Scheduled(identity = "periodic-reports", every = "${aftercare.reports.check-every:15m}", delayed = "${aftercare.reports.check-delay:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int made = generateDue();
        if (made > 0) {
            LOG.infof("Periodic reports: %d generated", made);
        }
    }

    /** For every tenant, the last ended week's and month's reports, where not made yet; answers how many were made. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int generateDue() {
        return everyTenant.run("Generating periodic reports", () -> {
            int made = 0;
            for (ReportDtos.ReportKind kind : ReportDtos.ReportKind.values()) {
                if (QuarkusTransaction.requiringNew().call(() -> generateLastEnded(kind))) {
                    made++;
                }
            }
            return made;
        }).stream().mapToInt(Integer::intValue).sum();
    }

    /** The report of the kind's period that ended last, unless made already or the tenant did not exist yet. */
    private boolean generateLastEnded(ReportDtos.ReportKind kind) {
        ZoneId zone = tenants.currentZone();
        LocalDate today = LocalDate.now(zone);
        Period last = Period.of(kind, kind == ReportDtos.ReportKind.WEEKLY ? today.minusWeeks(1) : today.minusMonths(1));
        Optional<LocalDate> createdOn = known.createdOn(tenantContext.require());
        if (createdOn.isEmpty() || createdOn.get().isAfter(last.last()) || exists(kind, last.first())) {
            return false;
        }
        return make(kind, last, "system").created();
    }

    /** On demand: the week or month holding {@code day}, which must have ended; an existing report is answered as it is. */
    @Transactional
    public Generated generate(ReportDtos.ReportKind kind, LocalDate day) {
        Period period = Period.of(kind, day);
        if (!period.last().isBefore(LocalDate.now(tenants.currentZone()))) {
            throw ProblemException.invalidField("periodStart", "the " + (kind == ReportDtos.ReportKind.WEEKLY ? "week" : "month")
                    + " ending " + period.last() + " has not ended yet");
        }
        Optional<PeriodicReport> existing = find(kind, period.first());
        if (existing.isPresent()) {
            return new Generated(view(existing.get()), false);
        }
        return make(kind, period, caller.username());
    }

    private Generated make(ReportDtos.ReportKind kind, Period period, String by) {
        ReportDtos.ReportContent content = contents.of(period.first(), period.last());
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int inserted = db.createNativeQuery("""
                        insert into periodic_report (tenant_id, id, kind, period_start, period_end, content, generated_at, generated_by)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7)
                        on conflict (tenant_id, kind, period_start) do nothing""")
                .setParameter(1, id).setParameter(2, kind.name()).setParameter(3, period.first()).setParameter(4, period.last())
                .setParameter(5, write(content)).setParameter(6, now).setParameter(7, by)
                .executeUpdate();
        if (inserted == 0) {
            return new Generated(view(find(kind, period.first()).orElseThrow()), false);
        }
        String when = period.first() + " – " + period.last();
        notifications.toManagers("periodic-report:" + kind + ":" + period.first(),
                kind == ReportDtos.ReportKind.WEEKLY ? Template.WEEKLY_REPORT_READY : Template.MONTHLY_ANALYSIS_READY, when);
        audit.record("periodic-report.generated", ENTITY, id, null, new ReportDtos.ReportSummary(id, kind, period.first(), period.last(), now, by));
        return new Generated(new ReportDtos.ReportView(id, kind, period.first(), period.last(), now, by, content), true);
    }

    private String write(ReportDtos.ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report's contents could not be written as JSON", e);
        }
    }

    private boolean exists(ReportDtos.ReportKind kind, LocalDate first) {
        return PeriodicReport.count("kind = ?1 and periodStart = ?2", kind, first) > 0;
    }

    private static Optional<PeriodicReport> find(ReportDtos.ReportKind kind, LocalDate first) {
        return PeriodicReport.<PeriodicReport>find("kind = ?1 and periodStart = ?2", kind, first).firstResultOptional();
    }

    /** The columns a list shows: not the contents. */
    record SummaryRow(UUID id, ReportDtos.ReportKind kind, LocalDate periodStart, LocalDate periodEnd, OffsetDateTime generatedAt,
                      String generatedBy) {
    }

    @ReadOnly
    public Keyset.Slice<ReportDtos.ReportSummary> list(ReportDtos.ReportKind kind, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        List<SummaryRow> rows = query.rows((where, params) -> PeriodicReport.find(where, params).project(SummaryRow.class));
        return Keyset.slice(rows, query.limit(), SummaryRow::id,
                r -> new ReportDtos.ReportSummary(r.id(), r.kind(), r.periodStart(), r.periodEnd(), r.generatedAt(), r.generatedBy()));
    }

    @ReadOnly
    public ReportDtos.ReportView get(UUID id) {
        return view(PeriodicReport.<PeriodicReport>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The report " + id)));
    }

    private static ReportDtos.ReportView view(PeriodicReport r) {
        return new ReportDtos.ReportView(r.id, r.kind, r.periodStart, r.periodEnd, r.generatedAt, r.generatedBy, r.content);
    }
}
