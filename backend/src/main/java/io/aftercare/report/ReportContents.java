package io.aftercare.report;

import io.aftercare.installer.InstallerDtos;
import io.aftercare.installer.InstallerService;
import io.aftercare.kpi.KpiService;
import io.aftercare.quality.EarlyWarnings;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contents of a weekly report or monthly analysis: the indicators over the period, the requests' outcomes, the
 * warnings raised, the spot checks, and the figures per installer and per service point. A fixed number of grouped
 * statements whatever the tenant's size.
 */
@ApplicationScoped
public class ReportContents {

    /** Warnings listed in one report. */
    private static final int WARNINGS = 1000;

    private final EntityManager db;
    private final KpiService kpis;
    private final EarlyWarnings warnings;
    private final InstallerService installers;
    private final TenantService tenants;
    private final SettingsService settings;

    public ReportContents(EntityManager db, KpiService kpis, EarlyWarnings warnings, InstallerService installers, TenantService tenants,
                          SettingsService settings) {
        this.db = db;
        this.kpis = kpis;
        this.warnings = warnings;
        this.installers = installers;
        this.tenants = tenants;
        this.settings = settings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReportDtos.ReportContent of(LocalDate first, LocalDate last) {
        TenantDtos.TenantView tenant = tenants.current();
        ZoneId zone = ZoneId.of(tenant.timeZone());
        OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        var report = kpis.report(first, last, new KpiService.Filters(null, null, null, null));

        @SuppressWarnings("unchecked")
        List<Object[]> outcomes = db.createNativeQuery("""
                        select status, count(*) from service_request where registered_at >= ?1 and registered_at < ?2
                        group by status order by status""").setParameter(1, from).setParameter(2, to).getResultList();
        long unanswered = ((Number) db.createNativeQuery("select count(*) from unanswered_call where called_at >= ?1 and called_at < ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult()).longValue();

        int poorAtMost = settings.current().promises().poorAnswerAtMost();
        Object[] spot = (Object[]) db.createNativeQuery("""
                        select count(*), avg((knows_usage + meets_needs + installer_attitude) / 3.0),
                               count(*) filter (where least(knows_usage, meets_needs, installer_attitude) <= ?3)
                        from follow_up
                        where kind = 'SPOT_CHECK_VISIT' and status = 'COMPLETED' and completed_at >= ?1 and completed_at < ?2""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, poorAtMost).getSingleResult();

        return new ReportDtos.ReportContent(tenant.name(), zone.getId(), tenant.currency(), report.figures(),
                outcomes.stream().map(r -> new ReportDtos.Count((String) r[0], ((Number) r[1]).longValue())).toList(), unanswered,
                warnings.raisedBetween(from, to, WARNINGS).stream().map(w -> new ReportDtos.WarningLine(w.number(), w.productName(),
                        w.faultCategory(), w.faultCategoryName(), w.rule(), w.periodStart(), w.periodEnd(), w.occurrences(), w.routedTo(),
                        w.status())).toList(),
                new ReportDtos.SpotChecks(((Number) spot[0]).longValue(), spot[1] == null ? null : round(((Number) spot[1]).doubleValue()),
                        ((Number) spot[2]).longValue()),
                installerLines(from, to), servicePointLines(from, to));
    }

    private static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static final String DONE = "(w.work_done_at >= ?1 and w.work_done_at < ?2 and w.status <> 'CANCELLED')";
    private static final String CHECKED_IN = "(w.checked_in_at >= ?1 and w.checked_in_at < ?2)";

    /** Per lead installer: orders done and fixed first time, check-ins and late ones, sign-off ratings, verified complaints. */
    private List<ReportDtos.InstallerLine> installerLines(OffsetDateTime from, OffsetDateTime to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select w.lead_installer_id,
                               count(*) filter (where %1$s),
                               count(*) filter (where %1$s and not exists (select 1 from work_order x where x.tenant_id = w.tenant_id
                                                                                             and x.rework_of_id = w.id)),
                               count(*) filter (where %2$s),
                               count(*) filter (where %2$s and w.late),
                               avg(((w.sign_off -> 'ratings' ->> 'attitude')::int + (w.sign_off -> 'ratings' ->> 'timeliness')::int
                                    + (w.sign_off -> 'ratings' ->> 'quality')::int) / 3.0) filter (where %1$s and w.sign_off -> 'ratings' is not null)
                        from work_order w
                        where w.lead_installer_id is not null and (%1$s or %2$s)
                        group by w.lead_installer_id""".formatted(DONE, CHECKED_IN))
                .setParameter(1, from).setParameter(2, to).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> complaints = db.createNativeQuery("""
                        select installer_id, count(*) from complaint
                        where verified and installer_id is not null and decided_at >= ?1 and decided_at < ?2 group by installer_id""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<UUID, Long> verified = new HashMap<>();
        complaints.forEach(r -> verified.put((UUID) r[0], ((Number) r[1]).longValue()));
        Map<UUID, Object[]> figures = new HashMap<>();
        rows.forEach(r -> figures.put((UUID) r[0], r));
        List<ReportDtos.InstallerLine> lines = new ArrayList<>();
        for (InstallerDtos.RosterEntry installer : installers.roster()) {
            Object[] r = figures.get(installer.id());
            long complained = verified.getOrDefault(installer.id(), 0L);
            if (r == null && complained == 0 && installer.status() != InstallerDtos.InstallerStatus.ACTIVE) {
                continue;
            }
            lines.add(r == null ? new ReportDtos.InstallerLine(installer.id(), installer.displayName(), 0, 0, 0, 0, null, complained)
                    : new ReportDtos.InstallerLine(installer.id(), installer.displayName(), count(r[1]), count(r[2]), count(r[3]), count(r[4]),
                    r[5] == null ? null : round(((Number) r[5]).doubleValue()), complained));
        }
        return lines;
    }

    /** Per service point (and orders of none): orders done and late arrivals. */
    private List<ReportDtos.ServicePointLine> servicePointLines(OffsetDateTime from, OffsetDateTime to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select w.service_point_id, coalesce(min(p.name), ''), count(*) filter (where %1$s), count(*) filter (where %2$s and w.late)
                        from work_order w left join service_point p on p.tenant_id = w.tenant_id and p.id = w.service_point_id
                        where %1$s or %2$s
                        group by w.service_point_id
                        order by 2""".formatted(DONE, CHECKED_IN))
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new ReportDtos.ServicePointLine((UUID) r[0], (String) r[1], count(r[2]), count(r[3]))).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
