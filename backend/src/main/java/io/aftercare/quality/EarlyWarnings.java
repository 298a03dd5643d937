package io.aftercare.quality;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.RepairRegistered;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Early warning of recurring faults (doc 2 §4). Each occurrence (a repair registered with a fault category, or a
 * quality or feedback form) is checked at once against the tenant's three rules for its product and category: so
 * many in the calendar month, so many in the calendar quarter, or month after month. A hit raises a warning once per
 * rule and period (the unique key decides between concurrent occurrences); later occurrences in the same period add
 * to its evidence. The warning goes to the engineering contact for a technical category, to training for a service one.
 */
@ApplicationScoped
public class EarlyWarnings {

    static final String ENTITY = "early-warning";
    /** How far back a run of consecutive months is followed. */
    private static final int RUN_LOOKBACK_MONTHS = 36;
    /** Evidence listed on a warning, each of orders and reports. */
    private static final int EVIDENCE_LIMIT = 200;

    private final EntityManager db;
    private final SettingsService settings;
    private final TenantService tenants;
    private final FaultCategories categories;
    private final CatalogService catalog;
    private final WorkOrderQueries orders;
    private final HumanNumbers numbers;
    private final Notifications notifications;
    private final AuditLog audit;
    private final CurrentUser caller;

    public EarlyWarnings(EntityManager db, SettingsService settings, TenantService tenants, FaultCategories categories, CatalogService catalog,
                         WorkOrderQueries orders, HumanNumbers numbers, Notifications notifications, AuditLog audit, CurrentUser caller) {
        this.db = db;
        this.settings = settings;
        this.tenants = tenants;
        this.categories = categories;
        this.catalog = catalog;
        this.orders = orders;
        this.numbers = numbers;
        this.notifications = notifications;
        this.audit = audit;
        this.caller = caller;
    }

    /** One occurrence: an order, or a form. */
    private record Occurrence(boolean order, UUID id, LocalDate day) {
    }

    void onRepairRegistered(@Observes RepairRegistered repair) {
        ZoneId zone = tenants.currentZone();
        @SuppressWarnings("unchecked")
        List<UUID> products = db.createNativeQuery("select distinct product_id from asset where id = any(cast(?1 as uuid[]))")
                .setParameter(1, repair.assetIds().stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        LocalDate day = repair.at().atZoneSameInstant(zone).toLocalDate();
        for (UUID product : products) {
            check(product, repair.faultCategory(), day);
        }
    }

    /** Checks the three rules for a product's fault on the day it occurred; runs in the recording transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(UUID product, String category, LocalDate day) {
        SettingsDtos.EarlyWarningSettings rules = settings.current().earlyWarning();
        ZoneId zone = tenants.currentZone();
        YearMonth month = YearMonth.from(day);
        YearMonth quarter = YearMonth.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1);
        YearMonth today = YearMonth.now(zone);
        YearMonth from = month.minusMonths(RUN_LOOKBACK_MONTHS);
        List<Occurrence> all = occurrences(product, category, from.atDay(1), (today.isAfter(month) ? today : month).atEndOfMonth(), zone);

        raiseIfAtLeast(product, category, QualityDtos.WarningRule.MONTHLY, month.atDay(1), month.atEndOfMonth(), all, rules.monthlyAtLeast());
        raiseIfAtLeast(product, category, QualityDtos.WarningRule.QUARTERLY, quarter.atDay(1), quarter.plusMonths(2).atEndOfMonth(), all,
                rules.quarterlyAtLeast());

        // The run of months with an occurrence that holds this day's month.
        Set<YearMonth> months = new HashSet<>();
        all.forEach(o -> months.add(YearMonth.from(o.day())));
        YearMonth first = month;
        while (months.contains(first.minusMonths(1)) && first.isAfter(from)) {
            first = first.minusMonths(1);
        }
        YearMonth last = month;
        while (months.contains(last.plusMonths(1))) {
            last = last.plusMonths(1);
        }
        long run = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (run >= rules.consecutiveMonths()) {
            raise(product, category, QualityDtos.WarningRule.CONSECUTIVE_MONTHS, first.atDay(1), last.atEndOfMonth(),
                    within(all, first.atDay(1), last.atEndOfMonth()));
        }
    }

    private void raiseIfAtLeast(UUID product, String category, QualityDtos.WarningRule rule, LocalDate start, LocalDate end,
                                List<Occurrence> all, int atLeast) {
        List<Occurrence> counted = within(all, start, end);
        if (counted.size() >= atLeast) {
            raise(product, category, rule, start, end, counted);
        }
    }

    private static List<Occurrence> within(List<Occurrence> all, LocalDate start, LocalDate end) {
        return all.stream().filter(o -> !o.day().isBefore(start) && !o.day().isAfter(end)).toList();
    }

    /** Raises the warning of this rule and period, or adds to the one raised already; only a new one is sent. */
    private void raise(UUID product, String category, QualityDtos.WarningRule rule, LocalDate start, LocalDate end, List<Occurrence> counted) {
        String[] orderIds = counted.stream().filter(Occurrence::order).limit(EVIDENCE_LIMIT).map(o -> o.id().toString()).toArray(String[]::new);
        String[] reportIds = counted.stream().filter(o -> !o.order()).limit(EVIDENCE_LIMIT).map(o -> o.id().toString()).toArray(String[]::new);
        EarlyWarning existing = EarlyWarning.<EarlyWarning>find("productId = ?1 and faultCategory = ?2 and rule = ?3 and periodStart = ?4",
                product, category, rule, start).firstResult();
        if (existing == null) {
            FaultCategory known = categories.byCode(category).orElse(null);
            QualityDtos.RoutedTo route = known == null ? null
                    : known.faultClass == QualityDtos.FaultClass.TECHNICAL ? QualityDtos.RoutedTo.ENGINEERING : QualityDtos.RoutedTo.TRAINING;
            SettingsDtos.EarlyWarningSettings rules = settings.current().earlyWarning();
            String contact = route == null ? null : route == QualityDtos.RoutedTo.ENGINEERING ? rules.engineeringContactEmail()
                    : rules.trainingContactEmail();
            contact = contact == null || contact.isBlank() ? null : contact;
            UUID id = Ids.newId();
            String number = numbers.next("EW");
            int inserted = db.createNativeQuery("""
                            insert into early_warning (tenant_id, id, number, product_id, fault_category, rule, period_start, period_end,
                                                       occurrences, evidence_order_ids, evidence_report_ids, routed_to, contact_email,
                                                       status, raised_at)
                            values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as uuid[]),
                                    cast(?10 as uuid[]), ?11, ?12, 'OPEN', ?13)
                            on conflict (tenant_id, product_id, fault_category, rule, period_start) do nothing""")
                    .setParameter(1, id).setParameter(2, number).setParameter(3, product).setParameter(4, category)
                    .setParameter(5, rule.name()).setParameter(6, start).setParameter(7, end).setParameter(8, counted.size())
                    .setParameter(9, orderIds).setParameter(10, reportIds).setParameter(11, route == null ? null : route.name())
                    .setParameter(12, contact).setParameter(13, OffsetDateTime.now(ZoneOffset.UTC))
                    .executeUpdate();
            if (inserted == 1) {
                audit.record("early-warning.raised", ENTITY, id, null, Map.of("number", number, "rule", rule.name(), "occurrences", counted.size()));
                if (contact != null) {
                    String productName = catalog.summary(product).map(CatalogDtos.CatalogItemSummary::name).orElse(product.toString());
                    notifications.toQualityContact(contact, "early-warning:" + id, Template.EARLY_WARNING, number, productName,
                            known.name, counted.size(), start + " – " + end);
                }
                return;
            }
        }
        db.createNativeQuery("""
                        update early_warning set occurrences = ?1, period_end = ?2, evidence_order_ids = cast(?3 as uuid[]),
                                                 evidence_report_ids = cast(?4 as uuid[]), version = version + 1
                        where product_id = ?5 and fault_category = ?6 and rule = ?7 and period_start = ?8
                          and (occurrences <> ?1 or period_end <> ?2)""")
                .setParameter(1, counted.size()).setParameter(2, end).setParameter(3, orderIds).setParameter(4, reportIds)
                .setParameter(5, product).setParameter(6, category).setParameter(7, rule.name()).setParameter(8, start)
                .executeUpdate();
    }

    /** The product's occurrences of the fault between two days: its repairs (by registration day) and its forms. */
    private List<Occurrence> occurrences(UUID product, String category, LocalDate first, LocalDate last, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select true, w.id, cast(w.created_at at time zone ?5 as date)
                        from work_order w
                        where w.fault_category = ?2 and w.type = 'REPAIR' and w.status <> 'CANCELLED'
                          and w.created_at >= ?3 and w.created_at < ?4
                          and exists (select 1 from asset a where a.tenant_id = w.tenant_id and a.id = any(w.asset_ids) and a.product_id = ?1)
                        union all
                        select false, q.id, q.occurred_on
                        from quality_report q
                        where q.product_id = ?1 and q.fault_category = ?2 and q.occurred_on >= ?6 and q.occurred_on <= ?7""")
                .setParameter(1, product).setParameter(2, category)
                .setParameter(3, first.atStartOfDay(zone).toOffsetDateTime()).setParameter(4, last.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .setParameter(5, zone.getId()).setParameter(6, first).setParameter(7, last)
                .getResultList();
        List<Occurrence> found = new ArrayList<>();
        for (Object[] r : rows) {
            found.add(new Occurrence((Boolean) r[0], (UUID) r[1], (LocalDate) r[2]));
        }
        found.sort(java.util.Comparator.comparing(Occurrence::day));
        return found;
    }

    @ReadOnly
    public Keyset.Slice<QualityDtos.EarlyWarningView> list(QualityDtos.WarningStatus status, Boolean open, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (Boolean.TRUE.equals(open)) {
            query.and("status <> :closed", "closed", QualityDtos.WarningStatus.CLOSED);
        }
        List<EarlyWarning> rows = query.rows((where, params) -> EarlyWarning.find(where, params));
        List<EarlyWarning> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        var views = views(page);
        return Keyset.slice(rows, query.limit(), w -> w.id, w -> views.get(w.id));
    }

    @ReadOnly
    public QualityDtos.EarlyWarningView get(UUID id) {
        EarlyWarning warning = find(id);
        return views(List.of(warning)).get(id);
    }

    @Transactional
    public QualityDtos.EarlyWarningView acknowledge(UUID id, QualityDtos.AcknowledgeWarningRequest request) {
        EarlyWarning warning = current(id, request.version());
        if (warning.status != QualityDtos.WarningStatus.OPEN) {
            throw ProblemException.conflict("The warning " + warning.number + " is " + warning.status + " already.");
        }
        QualityDtos.EarlyWarningView before = views(List.of(warning)).get(id);
        warning.status = QualityDtos.WarningStatus.ACKNOWLEDGED;
        warning.acknowledgedAt = OffsetDateTime.now(ZoneOffset.UTC);
        warning.acknowledgedBy = caller.username();
        EarlyWarning.flush();
        QualityDtos.EarlyWarningView after = views(List.of(warning)).get(id);
        audit.record("early-warning.acknowledged", ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public QualityDtos.EarlyWarningView close(UUID id, QualityDtos.CloseWarningRequest request) {
        EarlyWarning warning = current(id, request.version());
        if (warning.status == QualityDtos.WarningStatus.CLOSED) {
            throw ProblemException.conflict("The warning " + warning.number + " is closed already.");
        }
        QualityDtos.EarlyWarningView before = views(List.of(warning)).get(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (warning.acknowledgedAt == null) {
            warning.acknowledgedAt = now;
            warning.acknowledgedBy = caller.username();
        }
        warning.status = QualityDtos.WarningStatus.CLOSED;
        warning.closedAt = now;
        warning.closedBy = caller.username();
        warning.actionNote = request.actionNote().strip();
        EarlyWarning.flush();
        QualityDtos.EarlyWarningView after = views(List.of(warning)).get(id);
        audit.record("early-warning.closed", ENTITY, id, before, after);
        return after;
    }

    /** The warnings raised in [from, to), oldest first (the weekly report and the monthly analysis list them). */
    @ReadOnly
    public List<QualityDtos.EarlyWarningView> raisedBetween(OffsetDateTime from, OffsetDateTime to, int limit) {
        List<EarlyWarning> raised = EarlyWarning.<EarlyWarning>find("raisedAt >= ?1 and raisedAt < ?2 order by raisedAt, id", from, to)
                .page(0, limit).list();
        var views = views(raised);
        return raised.stream().map(w -> views.get(w.id)).toList();
    }

    /** Warnings not yet closed, for the manager's dashboard. */
    @ReadOnly
    public long openCount() {
        return EarlyWarning.count("status <> ?1", QualityDtos.WarningStatus.CLOSED);
    }

    private static EarlyWarning current(UUID id, int version) {
        EarlyWarning warning = find(id);
        if (warning.version != version) {
            throw ProblemException.staleVersion("The warning", version, warning.version);
        }
        return warning;
    }

    private static EarlyWarning find(UUID id) {
        return EarlyWarning.<EarlyWarning>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The warning " + id));
    }

    /** Views of a page of warnings: products, categories, order and report numbers each in one query. */
    private Map<UUID, QualityDtos.EarlyWarningView> views(List<EarlyWarning> warnings) {
        Set<UUID> productIds = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<UUID> orderIds = new LinkedHashSet<>();
        Set<UUID> reportIds = new LinkedHashSet<>();
        for (EarlyWarning w : warnings) {
            productIds.add(w.productId);
            codes.add(w.faultCategory);
            orderIds.addAll(w.evidenceOrderIds);
            reportIds.addAll(w.evidenceReportIds);
        }
        var products = catalog.summaries(productIds);
        var known = categories.byCodes(codes);
        Map<UUID, String> orderNumbers = orders.numbers(orderIds);
        Map<UUID, String> reportNumbers = new TreeMap<>();
        if (!reportIds.isEmpty()) {
            QualityReport.<QualityReport>list("id in ?1", reportIds).forEach(q -> reportNumbers.put(q.id, q.number));
        }
        Map<UUID, QualityDtos.EarlyWarningView> views = new java.util.HashMap<>();
        for (EarlyWarning w : warnings) {
            var product = products.get(w.productId);
            var category = known.get(w.faultCategory);
            views.put(w.id, new QualityDtos.EarlyWarningView(w.id, w.number, w.productId, product == null ? "" : product.name(), w.faultCategory,
                    category == null ? null : category.name, w.rule, w.periodStart, w.periodEnd, w.occurrences,
                    refs(w.evidenceOrderIds, orderNumbers), refs(w.evidenceReportIds, reportNumbers), w.routedTo, w.contactEmail, w.status,
                    w.raisedAt, w.acknowledgedAt, w.acknowledgedBy, w.closedAt, w.closedBy, w.actionNote, w.version));
        }
        return views;
    }

    private static List<QualityDtos.EvidenceRef> refs(List<UUID> ids, Map<UUID, String> numbers) {
        return ids.stream().filter(numbers::containsKey).map(id -> new QualityDtos.EvidenceRef(id, numbers.get(id))).toList();
    }
}
