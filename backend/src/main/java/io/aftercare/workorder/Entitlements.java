package io.aftercare.workorder;

import io.aftercare.asset.AssetDtos;
import io.aftercare.asset.AssetService;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a customer is entitled to for an order: each asset's warranty on the day of the visit, and for a repair of an
 * asset out of warranty, the fee the catalogue proposes (the products' out-of-warranty fees, summed).
 */
@ApplicationScoped
public class Entitlements {

    private final AssetService assets;
    private final TenantService tenants;

    public Entitlements(AssetService assets, TenantService tenants) {
        this.assets = assets;
        this.tenants = tenants;
    }

    /** On the appointment's day in the tenant's zone. */
    public WorkOrderDtos.Entitlement of(WorkOrderDtos.WorkOrderType type, List<UUID> assetIds, OffsetDateTime appointment) {
        List<AssetDtos.AssetWarranty> warranties = assets.warranties(assetIds, appointment.atZoneSameInstant(tenants.currentZone()).toLocalDate());
        List<AssetDtos.AssetWarranty> out = warranties.stream().filter(w -> Boolean.FALSE.equals(w.inWarranty())).toList();
        boolean feeApplies = type == WorkOrderDtos.WorkOrderType.REPAIR && !out.isEmpty();
        List<BigDecimal> fees = out.stream().map(AssetDtos.AssetWarranty::outOfWarrantyFee).filter(Objects::nonNull).map(BigDecimal::new).toList();
        String proposed = !feeApplies || fees.isEmpty() ? null : fees.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString();
        return new WorkOrderDtos.Entitlement(warranties, !out.isEmpty(), feeApplies, proposed);
    }
}
