package io.aftercare.quality;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.asset.AssetDtos;
import io.aftercare.asset.AssetService;
import io.aftercare.audit.AuditLog;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Product-quality and feedback forms: each is an occurrence of a product's fault, checked for recurrence at once. */
@ApplicationScoped
public class QualityReports {

    static final String ENTITY = "quality-report";

    private final AssetService assets;
    private final CatalogService catalog;
    private final WorkOrderQueries orders;
    private final EarlyWarnings warnings;
    private final HumanNumbers numbers;
    private final TenantService tenants;
    private final AuditLog audit;
    private final CurrentUser caller;

    public QualityReports(AssetService assets, CatalogService catalog, WorkOrderQueries orders, EarlyWarnings warnings, HumanNumbers numbers,
                          TenantService tenants, AuditLog audit, CurrentUser caller) {
        this.assets = assets;
        this.catalog = catalog;
        this.orders = orders;
        this.warnings = warnings;
        this.numbers = numbers;
        this.tenants = tenants;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public QualityDtos.QualityReportView create(QualityDtos.CreateQualityReportRequest request) {
        UUID product = product(request);
        if (request.workOrderId() != null && !orders.isVisible(request.workOrderId())) {
            throw ProblemException.invalidField("workOrderId", "no work order with this id that you may see");
        }
        QualityReport report = new QualityReport();
        report.id = Ids.newId();
        report.number = numbers.next("QR");
        report.kind = request.kind();
        report.productId = product;
        report.assetId = request.assetId();
        report.workOrderId = request.workOrderId();
        report.faultCategory = request.faultCategory();
        report.description = request.description().strip();
        report.occurredOn = request.occurredOn() != null ? request.occurredOn() : LocalDate.now(tenants.currentZone());
        report.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        report.recordedBy = caller.username();
        report.persistAndFlush();
        warnings.check(product, report.faultCategory, report.occurredOn);
        QualityDtos.QualityReportView view = views(List.of(report)).apply(report);
        audit.record("quality-report.recorded", ENTITY, report.id, null, view);
        return view;
    }

    /** The product the form is about: named, or the asset's; both must agree. */
    private UUID product(QualityDtos.CreateQualityReportRequest request) {
        UUID fromAsset = null;
        if (request.assetId() != null) {
            try {
                AssetDtos.AssetView asset = assets.get(request.assetId());
                fromAsset = asset.productId();
            } catch (ProblemException e) {
                if (e.status() != 404) {
                    throw e;
                }
                throw ProblemException.invalidField("assetId", "no asset with this id that you may see");
            }
        }
        if (request.productId() == null) {
            if (fromAsset == null) {
                throw ProblemException.invalidField("productId", "name the product or the customer's asset");
            }
            return fromAsset;
        }
        var item = catalog.summary(request.productId());
        if (item.isEmpty() || item.get().kind() != CatalogDtos.CatalogItemKind.PRODUCT) {
            throw ProblemException.invalidField("productId", "no product with this id in your catalogue");
        }
        if (fromAsset != null && !fromAsset.equals(request.productId())) {
            throw ProblemException.invalidField("productId", "the asset is of another product");
        }
        return request.productId();
    }

    @ReadOnly
    public Keyset.Slice<QualityDtos.QualityReportView> list(UUID productId, String faultCategory, QualityDtos.ReportKind kind, Integer limit,
                                                            String cursor) {
        KeysetQuery query = KeysetQuery.descending(limit, cursor);
        if (productId != null) {
            query.and("productId = :product", "product", productId);
        }
        if (faultCategory != null) {
            query.and("faultCategory = :category", "category", faultCategory);
        }
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        List<QualityReport> rows = query.rows((where, params) -> QualityReport.find(where, params));
        Function<QualityReport, QualityDtos.QualityReportView> view = views(rows);
        return Keyset.slice(rows, query.limit(), r -> r.id, view);
    }

    /** Product names and order numbers of a page, each in one query. */
    private Function<QualityReport, QualityDtos.QualityReportView> views(List<QualityReport> reports) {
        Set<UUID> productIds = reports.stream().map(r -> r.productId).collect(Collectors.toSet());
        Set<UUID> orderIds = new HashSet<>();
        reports.stream().filter(r -> r.workOrderId != null).forEach(r -> orderIds.add(r.workOrderId));
        Map<UUID, CatalogDtos.CatalogItemSummary> products = catalog.summaries(productIds);
        Map<UUID, String> orderNumbers = orderIds.isEmpty() ? Map.of() : orders.numbers(orderIds);
        return r -> new QualityDtos.QualityReportView(r.id, r.number, r.kind, r.productId,
                products.containsKey(r.productId) ? products.get(r.productId).name() : "", r.assetId, r.workOrderId,
                r.workOrderId == null ? null : orderNumbers.get(r.workOrderId), r.faultCategory, r.description, r.occurredOn, r.recordedAt,
                r.recordedBy);
    }
}
