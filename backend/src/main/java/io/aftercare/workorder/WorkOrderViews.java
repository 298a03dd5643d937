package io.aftercare.workorder;

import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.installer.Qualification;
import io.aftercare.promise.PromiseClock;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Work orders as the API shows them: with the customer's name and the site's address instead of their ids. */
@ApplicationScoped
public class WorkOrderViews {

    private final CustomerDirectory customers;

    public WorkOrderViews(CustomerDirectory customers) {
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

    /** The columns a list of orders shows, projected by the list query (attribute names are the entity's). */
    record ListRow(UUID id, String number, WorkOrderDtos.WorkOrderType type, WorkOrderStatus status, WorkOrderDtos.Priority priority,
                   UUID customerId, UUID siteId, String description, WorkOrderDtos.Tasks tasks, List<String> requiredQualifications, OffsetDateTime appointmentStart,
                   OffsetDateTime appointmentEnd, UUID leadInstallerId, List<UUID> helperIds, UUID servicePointId, OffsetDateTime checkedInAt,
                   boolean late, Integer lateMinutes, String faultCategory, PromiseClock promise, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt, int version) {
    }

    /** Summaries of these rows with their customers' names and sites' addresses, loaded in one query. */
    Function<ListRow, WorkOrderDtos.WorkOrderSummary> summaries(List<ListRow> rows) {
        CustomerDtos.Labels labels = customers.labels(rows.stream().map(ListRow::customerId).collect(Collectors.toSet()),
                rows.stream().map(ListRow::siteId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return r -> new WorkOrderDtos.WorkOrderSummary(r.id(), r.number(), r.type(), r.status(), r.priority(), r.customerId(),
                labels.names().getOrDefault(r.customerId(), ""), r.siteId(), r.siteId() == null ? null : labels.addresses().get(r.siteId()),
                r.description(), r.tasks(), r.requiredQualifications().stream().map(Qualification::valueOf).toList(),
                new WorkOrderDtos.Appointment(r.appointmentStart(), r.appointmentEnd()), r.leadInstallerId(), r.helperIds(),
                r.servicePointId(), r.checkedInAt(), r.late(), r.lateMinutes(), r.faultCategory(), List.copyOf(r.status().next()),
                PromiseClock.view(r.promise()), r.createdAt(), r.updatedAt(), r.version());
    }

    static WorkOrderDtos.WorkOrderView view(WorkOrder o, String customerName, String siteAddress) {
        return new WorkOrderDtos.WorkOrderView(o.id, o.number, o.type, o.status, o.priority, o.customerId, customerName, o.siteId, siteAddress,
                o.assetIds,
                o.description, o.tasks, o.requiredQualifications.stream().map(Qualification::valueOf).toList(), o.itemsToBring,
                new WorkOrderDtos.Appointment(o.appointmentStart, o.appointmentEnd), o.leadInstallerId, o.helperIds,
                o.servicePointId, o.fee == null ? null : o.fee.toPlainString(),
                o.paymentCollected == null ? null : o.paymentCollected.toPlainString(), o.installationRecord, o.contactNote,
                o.checkedInAt, o.etaAt, o.etaKm, o.late, o.lateMinutes, o.checklist, o.serviceReport, o.signOff, o.hasSignature,
                o.cancelReason, o.faultCategory, o.reworkOfId, o.reworkCause, o.connectionApplicationId, List.copyOf(o.status.next()), PromiseClock.view(o.promise), o.createdAt,
                o.updatedAt, o.version);
    }
}
