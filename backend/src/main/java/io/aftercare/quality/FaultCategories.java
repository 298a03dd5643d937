package io.aftercare.quality;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.persistence.SqlStates;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tenant's list of fault categories, each technical or service; the only writer of them. */
@ApplicationScoped
public class FaultCategories {

    static final String ENTITY = "fault-category";

    private final AuditLog audit;
    private final CatalogService catalog;

    public FaultCategories(AuditLog audit, CatalogService catalog) {
        this.audit = audit;
        this.catalog = catalog;
    }

    @ReadOnly
    public Keyset.Slice<QualityDtos.FaultCategoryView> list(Boolean active, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (active != null) {
            query.and("active = :active", "active", active);
        }
        List<FaultCategory> rows = query.rows((where, params) -> FaultCategory.find(where, params));
        return Keyset.slice(rows, query.limit(), c -> c.id, QualityDtos.FaultCategoryView::of);
    }

    @ReadOnly
    public QualityDtos.FaultCategoryView get(UUID id) {
        return QualityDtos.FaultCategoryView.of(find(id));
    }

    @Transactional
    public QualityDtos.FaultCategoryView create(QualityDtos.CreateFaultCategoryRequest request) {
        List<UUID> products = products(request.productIds());
        if (FaultCategory.count("code", request.code()) > 0) {
            throw codeTaken(request.code());
        }
        FaultCategory category = new FaultCategory();
        category.id = Ids.newId();
        category.code = request.code();
        category.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(category, request.name(), request.faultClass(), products, true, category.createdAt);
        try {
            category.persistAndFlush();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw codeTaken(request.code());
            }
            throw e;
        }
        QualityDtos.FaultCategoryView view = QualityDtos.FaultCategoryView.of(category);
        audit.record("fault-category.created", ENTITY, category.id, null, view);
        return view;
    }

    @Transactional
    public QualityDtos.FaultCategoryView update(UUID id, QualityDtos.UpdateFaultCategoryRequest request) {
        FaultCategory category = find(id);
        if (request.version() != category.version) {
            throw ProblemException.staleVersion("The fault category", request.version(), category.version);
        }
        List<UUID> products = products(request.productIds());
        QualityDtos.FaultCategoryView before = QualityDtos.FaultCategoryView.of(category);
        apply(category, request.name(), request.faultClass(), products, request.active(), OffsetDateTime.now(ZoneOffset.UTC));
        FaultCategory.flush();
        QualityDtos.FaultCategoryView after = QualityDtos.FaultCategoryView.of(category);
        audit.record("fault-category.updated", ENTITY, id, before, after);
        return after;
    }

    /** The categories of these codes, by code; codes not in the list are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, FaultCategory> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return FaultCategory.<FaultCategory>list("code in ?1", new HashSet<>(codes)).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FaultCategory> byCode(String code) {
        return Optional.ofNullable(byCodes(List.of(code)).get(code));
    }

    private List<UUID> products(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        var known = catalog.summaries(ids);
        for (int i = 0; i < ids.size(); i++) {
            var item = known.get(ids.get(i));
            if (item == null || item.kind() != CatalogDtos.CatalogItemKind.PRODUCT) {
                throw ProblemException.invalidField("productIds[" + i + "]", "no product with this id in your catalogue");
            }
        }
        return ids.stream().distinct().toList();
    }

    private static void apply(FaultCategory category, String name, QualityDtos.FaultClass faultClass, List<UUID> products, boolean active,
                              OffsetDateTime now) {
        category.name = name.strip();
        category.faultClass = faultClass;
        category.productIds = products;
        category.active = active;
        category.updatedAt = now;
    }

    private static ProblemException codeTaken(String code) {
        return new ProblemException(409, "code-taken", "Code taken", "The fault category " + code + " exists already.",
                List.of(new FieldError("code", "another fault category has this code")));
    }

    private static FaultCategory find(UUID id) {
        return FaultCategory.<FaultCategory>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The fault category " + id));
    }
}
