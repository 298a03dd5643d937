package io.aftercare.catalog;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A product model, spare part or tool of the tenant's catalogue; its code is unique in the tenant. */
@Entity
@Table(name = "catalog_item")
public class CatalogItem extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CatalogDtos.CatalogItemKind kind;

    @Column(nullable = false)
    public String code;

    /** The code in capitals, computed by the database: what codes are compared and searched as. */
    @Column(name = "code_key", insertable = false, updatable = false)
    public String codeKey;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    /** In the tenant's currency; absent when the item is not sold. */
    @Column(precision = 12, scale = 2)
    public BigDecimal price;

    /** Products only: months of warranty from installation, what it covers, and the fee of a repair after it. */
    @Column(name = "warranty_months")
    public Integer warrantyMonths;

    @Column(name = "warranty_covers")
    public String warrantyCovers;

    @Column(name = "out_of_warranty_fee", precision = 12, scale = 2)
    public BigDecimal outOfWarrantyFee;

    @Column(nullable = false)
    public boolean domestic;

    @Column(name = "central_procurement", nullable = false)
    public boolean centralProcurement;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
