package io.aftercare.asset;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.customer.CustomerScope;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReferencedRows;
import io.aftercare.persistence.SqlStates;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.tenancy.TenantContext;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Installed products at the tenant's customers; the only writer of them. */
@ApplicationScoped
public class AssetService {

    static final String ENTITY = "asset";

    private final AuditLog audit;
    private final EntityManager db;
    private final CustomerDirectory customers;
    private final CatalogService catalog;
    private final TenantService tenantDirectory;
    private final TenantContext tenants;
    private final CustomerScope customerScope;

    public AssetService(AuditLog audit, EntityManager db, CustomerDirectory customers, CatalogService catalog,
                        TenantService tenantDirectory, TenantContext tenants, CustomerScope customerScope) {
        this.audit = audit;
        this.db = db;
        this.customers = customers;
        this.catalog = catalog;
        this.tenantDirectory = tenantDirectory;
        this.tenants = tenants;
        this.customerScope = customerScope;
    }

    /**
     * Oldest first; {@code serial} and {@code plate} match the start, ignoring case (and a plate's spaces and
     * separators). Four queries whatever the page size: the page, the tenant's zone, customer names, products.
     */
    @Transactional
    public Keyset.Slice<AssetDtos.AssetView> list(UUID customerId, UUID productId, String serial, String plate,
                                                 Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        Optional<Set<UUID>> readable = customerScope.ofCaller();
        if (readable.isPresent()) {
            query.and("customerId in :served", "served", CustomerScope.forQuery(readable.get()));
        }
        if (customerId != null) {
            query.and("customerId = :customerId", "customerId", customerId);
        }
        if (productId != null) {
            query.and("productId = :productId", "productId", productId);
        }
        if (serial != null && !serial.isBlank()) {
            query.and("function('starts_with', serialKey, :serial) = true", "serial", serial.strip().toUpperCase(Locale.ROOT));
        }
        if (plate != null && !plate.isBlank()) {
            query.and("function('starts_with', vehiclePlate, :plate) = true", "plate", AssetDtos.plateKey(plate));
        }
        List<Asset> rows = query.rows((where, params) -> Asset.find(where, params));
        List<Asset> page = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
        Views views = views(page);
        return Keyset.slice(rows, query.limit(), a -> a.id, views::of);
    }

    @Transactional
    public AssetDtos.AssetView get(UUID id) {
        Asset asset = find(id);
        customerScope.requireReadable(asset.customerId, "The asset " + id);
        return views(List.of(asset)).of(asset);
    }

    @Transactional
    public AssetDtos.AssetView create(AssetDtos.CreateAssetRequest request) {
        checkReferences(request.customerId(), request.siteId(), request.productId());
        checkDates(request.installDate(), request.warrantyEnd());
        requireFreeSerial(request.serialNumber(), null);
        Asset asset = new Asset();
        asset.id = Ids.newId();
        asset.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(asset, request.customerId(), request.siteId(), request.productId(), request.serialNumber(),
                request.terminalId(), request.simId(), request.vehiclePlate(), request.installDate(), request.warrantyEnd(),
                asset.createdAt);
        asset.contractNumber = Texts.blankToNull(request.contractNumber());
        asset.persist();
        write(request.serialNumber());
        AssetDtos.AssetView view = views(List.of(asset)).of(asset);
        audit.record("asset.created", ENTITY, asset.id, null, view);
        return view;
    }

    @Transactional
    public AssetDtos.AssetView update(UUID id, AssetDtos.UpdateAssetRequest request) {
        Asset asset = find(id);
        if (request.version() != asset.version) {
            throw ProblemException.staleVersion("The asset", request.version(), asset.version);
        }
        checkReferences(request.customerId(), request.siteId(), request.productId());
        checkDates(request.installDate(), request.warrantyEnd());
        requireFreeSerial(request.serialNumber(), id);
        AssetDtos.AssetView before = views(List.of(asset)).of(asset);
        apply(asset, request.customerId(), request.siteId(), request.productId(), request.serialNumber(),
                request.terminalId(), request.simId(), request.vehiclePlate(), request.installDate(), request.warrantyEnd(),
                OffsetDateTime.now(ZoneOffset.UTC));
        asset.contractNumber = Texts.blankToNull(request.contractNumber());
        write(request.serialNumber());
        AssetDtos.AssetView after = views(List.of(asset)).of(asset);
        audit.record("asset.updated", ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID id) {
        Asset asset = find(id);
        AssetDtos.AssetView before = views(List.of(asset)).of(asset);
        ReferencedRows.delete(asset, "The asset " + asset.serialNumber + " is referred to by work orders and cannot be deleted.");
        audit.record("asset.deleted", ENTITY, id, before, null);
    }

    /**
     * The customer of each given asset, in one query; unknown ids (and other tenants') are absent. Throws nothing,
     * so a caller validating references inside its own transaction does not mark that transaction for rollback.
     */
    @Transactional
    public Map<UUID, UUID> owners(Collection<UUID> assetIds) {
        Map<UUID, UUID> owners = new HashMap<>();
        if (!assetIds.isEmpty()) {
            db.createQuery("select a.id, a.customerId from Asset a where a.id in :ids", Object[].class)
                    .setParameter("ids", assetIds).getResultList()
                    .forEach(row -> owners.put((UUID) row[0], (UUID) row[1]));
        }
        return owners;
    }

    /**
     * Creates imported assets in the caller's transaction, in JDBC batches; each row has passed bean validation.
     * Answers, per row in order, the reasons it was not created (empty when it was): an unknown customer phone,
     * product code or site label, and a serial number an existing asset or an earlier row has, are reported, never
     * merged. Fields are named like the row's properties. A handful of queries per call, whatever its size.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<List<FieldError>> createImported(List<AssetDtos.ImportedAsset> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        db.unwrap(Session.class).setJdbcBatchSize(Math.max(rows.size(), 100));
        List<List<FieldError>> outcomes = new ArrayList<>(rows.size());
        for (AssetDtos.ImportedAsset row : rows) {
            List<FieldError> errors = new ArrayList<>();
            if (row.installDate() != null && row.warrantyEnd() != null && row.warrantyEnd().isBefore(row.installDate())) {
                errors.add(new FieldError("warrantyEnd", "must not be before the install date"));
            }
            outcomes.add(errors);
        }
        Map<String, UUID> customerIds = customers.idsByPhone(rows.stream().map(AssetDtos.ImportedAsset::customerPhone).toList());
        Map<String, CatalogDtos.CatalogItemSummary> products = catalog.byCodes(
                rows.stream().map(AssetDtos.ImportedAsset::productCode).toList());
        Set<String> labels = new HashSet<>();
        rows.forEach(r -> {
            if (r.siteLabel() != null && !r.siteLabel().isBlank()) {
                labels.add(r.siteLabel().strip());
            }
        });
        Map<String, UUID> sites = new HashMap<>();
        customers.sitesByLabel(customerIds.values(), labels).forEach(s -> sites.put(s.customerId() + "\n" + s.label(), s.id()));
        Set<String> serials = new HashSet<>();
        rows.forEach(r -> serials.add(r.serialNumber().strip().toUpperCase(Locale.ROOT)));
        Set<String> taken = new HashSet<>(db.createQuery(
                        "select a.serialKey from Asset a where a.serialKey in :serials", String.class)
                .setParameter("serials", serials).getResultList());

        Set<String> seen = new HashSet<>();
        List<Asset> created = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < rows.size(); i++) {
            AssetDtos.ImportedAsset row = rows.get(i);
            List<FieldError> errors = outcomes.get(i);
            UUID customerId = customerIds.get(CustomerDirectory.phoneKey(row.customerPhone()));
            if (customerId == null) {
                errors.add(new FieldError("customerPhone", "no customer has this phone; import the customers first"));
            }
            CatalogDtos.CatalogItemSummary product = products.get(row.productCode().strip().toUpperCase(Locale.ROOT));
            if (product == null) {
                errors.add(new FieldError("productCode", "no catalogue item has this code"));
            } else if (product.kind() != CatalogDtos.CatalogItemKind.PRODUCT) {
                errors.add(new FieldError("productCode", "is a " + product.kind() + ", not a PRODUCT"));
            }
            UUID siteId = null;
            if (customerId != null && row.siteLabel() != null && !row.siteLabel().isBlank()) {
                siteId = sites.get(customerId + "\n" + row.siteLabel().strip());
                if (siteId == null) {
                    errors.add(new FieldError("siteLabel", "the customer has no site with this label"));
                }
            }
            String serial = row.serialNumber().strip().toUpperCase(Locale.ROOT);
            if (taken.contains(serial)) {
                errors.add(new FieldError("serialNumber", "an asset with this serial number exists; not imported"));
            } else if (errors.isEmpty() && !seen.add(serial)) {
                errors.add(new FieldError("serialNumber", "an earlier row of this import has the same serial number; not imported"));
            }
            if (errors.isEmpty()) {
                Asset asset = new Asset();
                asset.id = Ids.newId();
                asset.createdAt = now;
                apply(asset, customerId, siteId, product.id(), row.serialNumber(), row.terminalId(), row.simId(),
                        row.vehiclePlate(), row.installDate(), row.warrantyEnd(), now);
                created.add(asset);
            }
        }
        created.forEach(a -> a.persist());
        db.flush();
        return outcomes;
    }

    // --- internals ---------------------------------------------------------------------------------

    private static void apply(Asset asset, UUID customerId, UUID siteId, UUID productId, String serial, String terminalId,
                              String simId, String plate, LocalDate installDate, LocalDate warrantyEnd, OffsetDateTime now) {
        asset.customerId = customerId;
        asset.siteId = siteId;
        asset.productId = productId;
        asset.serialNumber = serial.strip();
        asset.terminalId = Texts.blankToNull(terminalId);
        asset.simId = Texts.blankToNull(simId);
        asset.vehiclePlate = plate == null || plate.isBlank() ? null : AssetDtos.plateKey(plate);
        asset.installDate = installDate;
        asset.warrantyEnd = warrantyEnd;
        asset.updatedAt = now;
    }

    private void checkReferences(UUID customerId, UUID siteId, UUID productId) {
        List<FieldError> errors = new ArrayList<>();
        if (!customers.exists(customerId)) {
            errors.add(new FieldError("customerId", "no customer with this id"));
        }
        if (siteId != null) {
            CustomerDtos.SiteRef site = customers.site(siteId).orElse(null);
            if (site == null || !site.customerId().equals(customerId)) {
                errors.add(new FieldError("siteId", "not a site of this customer"));
            }
        }
        CatalogDtos.CatalogItemSummary product = catalog.summary(productId).orElse(null);
        if (product == null) {
            errors.add(new FieldError("productId", "no catalogue item with this id"));
        } else if (product.kind() != CatalogDtos.CatalogItemKind.PRODUCT) {
            errors.add(new FieldError("productId", "is a " + product.kind() + ", not a PRODUCT"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.badRequest(errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
        }
    }

    private static void checkDates(LocalDate installDate, LocalDate warrantyEnd) {
        if (installDate != null && warrantyEnd != null && warrantyEnd.isBefore(installDate)) {
            throw ProblemException.invalidField("warrantyEnd", "must not be before the install date");
        }
    }

    private static void requireFreeSerial(String serial, UUID self) {
        String upper = serial.strip().toUpperCase(Locale.ROOT);
        long taken = self == null ? Asset.count("serialKey = ?1", upper)
                : Asset.count("serialKey = ?1 and id <> ?2", upper, self);
        if (taken > 0) {
            throw serialTaken(serial);
        }
    }

    private static ProblemException serialTaken(String serial) {
        return new ProblemException(409, "serial-taken", "Serial number taken",
                "Another asset has the serial number " + serial.strip() + ".",
                List.of(new FieldError("serialNumber", "another asset has this serial number")));
    }

    /** A concurrent writer may take the serial between the check and the write: the unique index decides. */
    private void write(String serial) {
        try {
            db.flush();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw serialTaken(serial);
            }
            throw e;
        }
    }

    /**
     * Assets whose serial number or vehicle plate starts with {@code text} (ignoring case, and a plate's spaces and
     * separators), newest first, at most {@code limit}: three queries (assets, their customers, their products).
     */
    @Transactional
    public List<AssetDtos.AssetHit> search(String text, int limit) {
        List<Object[]> rows = db.createQuery("""
                        select a.id, a.serialNumber, a.vehiclePlate, a.customerId, a.productId from Asset a
                        where function('starts_with', a.serialKey, :serial) = true or function('starts_with', a.vehiclePlate, :plate) = true
                        order by a.createdAt desc, a.id desc""", Object[].class)
                .setParameter("serial", text.strip().toUpperCase(Locale.ROOT)).setParameter("plate", AssetDtos.plateKey(text.strip()))
                .setMaxResults(limit).getResultList();
        Set<UUID> customerIds = new HashSet<>();
        Set<UUID> productIds = new HashSet<>();
        rows.forEach(r -> {
            customerIds.add((UUID) r[3]);
            productIds.add((UUID) r[4]);
        });
        Map<UUID, String> names = customers.names(customerIds);
        Map<UUID, CatalogDtos.CatalogItemSummary> products = catalog.summaries(productIds);
        return rows.stream().map(r -> {
            CatalogDtos.CatalogItemSummary product = products.get((UUID) r[4]);
            return new AssetDtos.AssetHit((UUID) r[0], product == null ? (String) r[1] : product.name(), (String) r[1], (String) r[2],
                    (UUID) r[3], names.getOrDefault((UUID) r[3], ""));
        }).toList();
    }

    private static Asset find(UUID id) {
        return Asset.<Asset>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The asset " + id));
    }

    /** What a page of assets shows of their customers and products, read in one query each. */
    private Views views(Collection<Asset> assets) {
        ZoneId zone = tenantDirectory.find(tenants.require()).map(t -> ZoneId.of(t.timeZone())).orElse(ZoneOffset.UTC);
        Set<UUID> customerIds = new HashSet<>();
        Set<UUID> productIds = new HashSet<>();
        assets.forEach(a -> {
            customerIds.add(a.customerId);
            productIds.add(a.productId);
        });
        return new Views(LocalDate.now(zone), customers.names(customerIds), catalog.summaries(productIds));
    }

    private record Views(LocalDate today, Map<UUID, String> customerNames, Map<UUID, CatalogDtos.CatalogItemSummary> products) {

        AssetDtos.AssetView of(Asset a) {
            CatalogDtos.CatalogItemSummary product = products.get(a.productId);
            CatalogDtos.WarrantyTerms terms = product == null ? null : product.warranty();
            LocalDate end = warrantyEnd(a, terms);
            return new AssetDtos.AssetView(a.id, a.customerId, customerNames.get(a.customerId), a.siteId, a.productId,
                    product == null ? null : product.code(), product == null ? null : product.name(), a.serialNumber,
                    a.terminalId, a.simId, a.vehiclePlate, a.installDate, end, a.warrantyEnd == null && end != null,
                    end != null && !today.isAfter(end), a.contractNumber, terms == null ? null : terms.covers(),
                    terms == null ? null : terms.outOfWarrantyFee(), a.createdAt, a.updatedAt, a.version);
        }
    }

    /** As set on the asset, else the install date plus the product's months (the day before the anniversary). */
    static LocalDate warrantyEnd(Asset a, CatalogDtos.WarrantyTerms terms) {
        if (a.warrantyEnd != null) {
            return a.warrantyEnd;
        }
        if (a.installDate == null || terms == null || terms.months() == null) {
            return null;
        }
        return a.installDate.plusMonths(terms.months()).minusDays(1);
    }

    /** A customer's own assets for their portal, newest installation first (at most {@code limit}). */
    @Transactional
    public List<AssetDtos.AssetView> ofCustomer(UUID customerId, int limit) {
        List<Asset> found = Asset.<Asset>find("customerId = ?1 order by installDate desc nulls last, id", customerId).page(0, limit).list();
        Views views = views(found);
        return found.stream().map(views::of).toList();
    }

    /** The warranty of these assets on {@code day}: two queries whatever their number; unknown ids are left out. */
    @Transactional
    public List<AssetDtos.AssetWarranty> warranties(Collection<UUID> assetIds, LocalDate day) {
        if (assetIds.isEmpty()) {
            return List.of();
        }
        List<Asset> found = Asset.<Asset>list("id in ?1 order by serialNumber", assetIds);
        Map<UUID, CatalogDtos.CatalogItemSummary> products = catalog.summaries(found.stream().map(a -> a.productId).collect(Collectors.toSet()));
        return found.stream().map(a -> {
            CatalogDtos.CatalogItemSummary product = products.get(a.productId);
            CatalogDtos.WarrantyTerms terms = product == null ? null : product.warranty();
            LocalDate end = warrantyEnd(a, terms);
            return new AssetDtos.AssetWarranty(a.id, product == null ? null : product.name(), a.serialNumber, a.contractNumber, end,
                    end == null ? null : !day.isAfter(end), terms == null ? null : terms.covers(), terms == null ? null : terms.outOfWarrantyFee());
        }).toList();
    }


}
