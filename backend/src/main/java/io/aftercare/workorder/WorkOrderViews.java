package io.aftercare.workorder;

import io.aftercare.customer.CustomerDtos;
import io.aftercare.customer.CustomerService;
import io.aftercare.installer.Qualification;
import io.aftercare.promise.PromiseClock;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Work orders as the API shows them: with the customer's name and the site's address instead of their ids. */
@ApplicationScoped
public class WorkOrderViews {

    private final CustomerService customers;

    public WorkOrderViews(CustomerService customers) {
        this.customers = customers;
    }

    /** The view of one order. */
    WorkOrderDtos.WorkOrderView of(WorkOrder order) {
        return labelled(List.of(order)).apply(order);
    }

    /** Views of these orders with their customers' names and sites' addresses, loaded in one query. */
    Function<WorkOrder, WorkOrderDtos.WorkOrderView> labelled(List<WorkOrder> orders) {
        CustomerDtos.Labels labels = customers.labels(orders.stream().map(o -> o.customerId).collect(Collectors.toSet()),
                orders.stream().map(o -> o.siteId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return o -> view(o, labels.names().getOrDefault(o.customerId, ""), o.siteId == null ? null : labels.addresses().get(o.siteId));
    }

    static WorkOrderDtos.WorkOrderView view(WorkOrder o, String customerName, String siteAddress) {
        return new WorkOrderDtos.WorkOrderView(o.id, o.number, o.type, o.status, o.priority, o.customerId, customerName, o.siteId, siteAddress,
                o.assetIds,
                o.description, o.tasks, o.requiredQualifications.stream().map(Qualification::valueOf).toList(), o.itemsToBring,
                new WorkOrderDtos.Appointment(o.appointmentStart, o.appointmentEnd), o.leadInstallerId, o.helperIds,
                o.servicePointId, o.fee == null ? null : o.fee.toPlainString(),
                o.paymentCollected == null ? null : o.paymentCollected.toPlainString(), o.installationRecord, o.contactNote,
                o.checkedInAt, o.late, o.lateMinutes, o.checklist, o.serviceReport, o.signOff, o.hasSignature,
                o.cancelReason, o.faultCategory, o.reworkOfId, o.reworkCause, List.copyOf(o.status.next()), PromiseClock.view(o.promise), o.createdAt,
                o.updatedAt, o.version);
    }
}
