package io.aftercare.search;

import io.aftercare.asset.AssetDtos;
import io.aftercare.connection.ConnectionDtos;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.workorder.WorkOrderDtos;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public final class SearchDtos {

    /** Hits per group: what a search box's drop-down shows. */
    static final int PER_GROUP = 8;

    private SearchDtos() {
    }

    @Schema(name = "SearchResults", description = "What the global search found, newest first in each group (at most 8 each).",
            requiredProperties = {"workOrders", "customers", "assets", "connectionApplications"})
    public record SearchResults(@Size(max = PER_GROUP) List<WorkOrderDtos.WorkOrderHit> workOrders,
                                @Size(max = PER_GROUP) List<CustomerDtos.CustomerHit> customers,
                                @Size(max = PER_GROUP) List<AssetDtos.AssetHit> assets,
                                @Schema(description = "By number or customer; always empty while the tenant has connection applications off.")
                                @Size(max = PER_GROUP) List<ConnectionDtos.ConnectionHit> connectionApplications) {
    }
}
