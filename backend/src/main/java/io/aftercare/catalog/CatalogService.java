package io.aftercare.catalog;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.audit.AuditLog;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.persistence.ReferencedRows;
import io.aftercare.persistence.SqlStates;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The tenant's catalogue of product models, parts and tools. */
@ApplicationScoped
public class CatalogService {

    static final String ENTITY = "catalog-item";

    private final AuditLog audit;

    public CatalogService(AuditLog audit) {
        this.audit = audit;
    }

    /** Oldest first; {@code q} matches the start of the code or any part of the name, ignoring case. */
    @Transactional
    public Keyset.Slice<CatalogDtos.CatalogItemView> list(CatalogDtos.CatalogItemKind kind, String q, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        if (q != null && !q.isBlank()) {
            query.and("function('starts_with', codeKey, :codePrefix) = true or lower(name) like :namePart escape '\\'",
                    "codePrefix", q.strip().toUpperCase(Locale.ROOT), "namePart", "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        List<CatalogItem> rows = query.rows((where, params) -> CatalogItem.find(where, params));
        return Keyset.slice(rows, query.limit(), i -> i.id, CatalogDtos.CatalogItemView::of);
    }

    @Transactional
    public CatalogDtos.CatalogItemView get(UUID id) {
        return CatalogDtos.CatalogItemView.of(find(id));
    }

    @Transactional
    public CatalogDtos.CatalogItemView create(CatalogDtos.CreateCatalogItemRequest request) {
        String code = request.code().strip();
        requireFreeCode(code, null);
        CatalogItem item = new CatalogItem();
        item.id = Ids.newId();
        item.kind = request.kind();
        item.code = code;
        item.name = request.name().strip();
        item.unit = request.unit().strip();
        item.price = request.price() == null ? null : new BigDecimal(request.price());
        warranty(item, request.warranty());
        item.domestic = Boolean.TRUE.equals(request.domestic());
        item.centralProcurement = Boolean.TRUE.equals(request.centralProcurement());
        item.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        item.updatedAt = item.createdAt;
        write(item::persistAndFlush, code);
        CatalogDtos.CatalogItemView view = CatalogDtos.CatalogItemView.of(item);
        audit.record("catalog-item.created", ENTITY, item.id, null, view);
        return view;
    }

    @Transactional
    public CatalogDtos.CatalogItemView update(UUID id, CatalogDtos.UpdateCatalogItemRequest request) {
        CatalogItem item = find(id);
        if (request.version() != item.version) {
            throw ProblemException.staleVersion("The catalogue item", request.version(), item.version);
        }
        String code = request.code().strip();
        requireFreeCode(code, id);
        CatalogDtos.CatalogItemView before = CatalogDtos.CatalogItemView.of(item);
        item.code = code;
        item.name = request.name().strip();
        item.unit = request.unit().strip();
        item.price = request.price() == null ? null : new BigDecimal(request.price());
        warranty(item, request.warranty());
        if (request.domestic() != null) {
            item.domestic = request.domestic();
        }
        if (request.centralProcurement() != null) {
            item.centralProcurement = request.centralProcurement();
        }
        item.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        write(() -> CatalogItem.flush(), code);
        CatalogDtos.CatalogItemView after = CatalogDtos.CatalogItemView.of(item);
        audit.record("catalog-item.updated", ENTITY, id, before, after);
        return after;
    }

    /** Sets a product's warranty terms; other kinds carry none. */
    private static void warranty(CatalogItem item, CatalogDtos.WarrantyTerms terms) {
        if (terms != null && item.kind != CatalogDtos.CatalogItemKind.PRODUCT) {
            throw ProblemException.invalidField("warranty", "only products carry warranty terms");
        }
        item.warrantyMonths = terms == null ? null : terms.months();
        item.warrantyCovers = terms == null || terms.covers() == null || terms.covers().isBlank() ? null : terms.covers().strip();
        item.outOfWarrantyFee = terms == null || terms.outOfWarrantyFee() == null ? null : new BigDecimal(terms.outOfWarrantyFee());
    }

    /** Only an item nothing refers to (assets, work orders) can go; the database's foreign keys say which. */
    @Transactional
    public void delete(UUID id) {
        CatalogItem item = find(id);
        CatalogDtos.CatalogItemView before = CatalogDtos.CatalogItemView.of(item);
        ReferencedRows.delete(item, "The catalogue item " + item.code + " is used by assets or work orders and cannot be deleted.");
        audit.record("catalog-item.deleted", ENTITY, id, before, null);
    }

    @Transactional
    public Optional<CatalogDtos.CatalogItemSummary> summary(UUID id) {
        return CatalogItem.<CatalogItem>findByIdOptional(id).map(CatalogDtos.CatalogItemSummary::of);
    }

    /** One query for any number of ids; unknown ids are absent from the answer. */
    @Transactional
    public Map<UUID, CatalogDtos.CatalogItemSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        return CatalogItem.<CatalogItem>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(i -> i.id, CatalogDtos.CatalogItemSummary::of));
    }

    /** Items by code, ignoring case; keys are the upper-cased codes. One query. */
    @Transactional
    public Map<String, CatalogDtos.CatalogItemSummary> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Collections.emptyMap();
        }
        List<String> upper = codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        return CatalogItem.<CatalogItem>list("codeKey in ?1", upper).stream()
                .collect(Collectors.toMap(i -> i.code.toUpperCase(Locale.ROOT), CatalogDtos.CatalogItemSummary::of,
                        (a, b) -> a));
    }

    private static CatalogItem find(UUID id) {
        return CatalogItem.<CatalogItem>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The catalogue item " + id));
    }

    private static void requireFreeCode(String code, UUID self) {
        long taken = self == null
                ? CatalogItem.count("codeKey = ?1", code.toUpperCase(Locale.ROOT))
                : CatalogItem.count("codeKey = ?1 and id <> ?2", code.toUpperCase(Locale.ROOT), self);
        if (taken > 0) {
            throw codeTaken(code);
        }
    }

    private static ProblemException codeTaken(String code) {
        return new ProblemException(409, "code-taken", "Code taken", "Another catalogue item has the code " + code + ".",
                List.of(new FieldError("code", "taken")));
    }

    /** A concurrent writer may take the code between the check and the write: the unique index decides. */
    private static void write(Runnable flush, String code) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw codeTaken(code);
            }
            throw e;
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
