package io.aftercare.booking;

import io.aftercare.asset.AssetDtos;
import io.aftercare.asset.AssetService;
import io.aftercare.installer.InstallerService;
import io.aftercare.staff.StaffDtos;
import io.aftercare.staff.StaffService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a signed-in customer sees of their own: their products with warranty and service history, and their visits. */
@ApplicationScoped
public class CustomerPortal {

    static final int MAX_PRODUCTS = 100;
    static final int MAX_VISITS = 200;

    private final AssetService assets;
    private final WorkOrderQueries workOrders;
    private final StaffService staff;

    public CustomerPortal(AssetService assets, WorkOrderQueries workOrders, StaffService staff) {
        this.assets = assets;
        this.workOrders = workOrders;
        this.staff = staff;
    }

    /** The customer's products, each with the visits that named it, newest first; three queries whatever their number. */
    @Transactional
    public BookingDtos.MyProducts products(UUID customerId) {
        List<WorkOrderDtos.CustomerService> visits = visits(customerId);
        List<BookingDtos.MyProduct> products = assets.ofCustomer(customerId, MAX_PRODUCTS).stream()
                .map(a -> product(a, visits.stream().filter(v -> v.assetIds() != null && v.assetIds().contains(a.id())).toList()))
                .toList();
        return new BookingDtos.MyProducts(products);
    }

    /** The customer's visits, newest first, with the installer's name. */
    @Transactional
    public BookingDtos.MyVisits visitList(UUID customerId) {
        return new BookingDtos.MyVisits(visits(customerId));
    }

    private List<WorkOrderDtos.CustomerService> visits(UUID customerId) {
        List<WorkOrderDtos.CustomerService> visits = workOrders.servicesOfCustomer(customerId, MAX_VISITS);
        Map<UUID, StaffDtos.StaffUserView> leads = staff.byIds(visits.stream().map(WorkOrderDtos.CustomerService::leadInstallerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return visits.stream().map(v -> {
            StaffDtos.StaffUserView lead = v.leadInstallerId() == null ? null : leads.get(v.leadInstallerId());
            String name = lead == null ? null : InstallerService.displayName(lead.firstName(), lead.lastName());
            return new WorkOrderDtos.CustomerService(v.workOrderId(), v.number(), v.type(), v.status(), v.appointmentStart(), name,
                    v.hasServiceReport(), v.assetIds(), v.leadInstallerId());
        }).toList();
    }

    private static BookingDtos.MyProduct product(AssetDtos.AssetView a, List<WorkOrderDtos.CustomerService> visits) {
        return new BookingDtos.MyProduct(a.id(), a.productName(), a.serialNumber(), a.contractNumber(), a.installDate(), a.warrantyEnd(),
                a.underWarranty(), a.warrantyCovers(), visits);
    }
}
