package io.aftercare.booking;

import io.aftercare.installer.InstallerService;
import io.aftercare.servicerequest.ServiceRequestDtos;
import io.aftercare.staff.StaffDtos;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How a request reads to its customer (the tracking page, their account): its stage, visit, work and what they may change. */
final class BookingStatuses {

    static final Set<WorkOrderStatus> CHANGEABLE = EnumSet.of(WorkOrderStatus.NEW, WorkOrderStatus.ASSIGNED,
            WorkOrderStatus.CUSTOMER_CONTACTED);
    private BookingStatuses() {
    }

    static BookingDtos.Status of(TenantDtos.TenantView tenant, int cutoffHours, ServiceRequestDtos.ServiceRequestView request,
                                     WorkOrderDtos.WorkOrderView order, StaffDtos.StaffUserView installer) {
        BookingDtos.Stage stage = stage(request, order);
        ServiceRequestDtos.Slot appointment = order == null ? null
                : new ServiceRequestDtos.Slot(order.appointment().start(), order.appointment().end());
        OffsetDateTime visitStart = appointment != null ? appointment.start()
                : request.preferredSlot() == null ? null : request.preferredSlot().start();
        OffsetDateTime deadline = visitStart == null ? null : visitStart.minusHours(cutoffHours);
        boolean beforeDeadline = deadline == null || now().isBefore(deadline);
        boolean changeable = request.status() == ServiceRequestDtos.Status.OPEN || order != null && CHANGEABLE.contains(order.status());
        BookingDtos.WorkSummary work = order == null || order.serviceReport() == null ? null : new BookingDtos.WorkSummary(
                order.serviceReport().faultCause(), order.serviceReport().solution(),
                order.serviceReport().partsReplaced() == null ? List.of()
                        : order.serviceReport().partsReplaced().stream().map(p -> p.name() + " × " + p.quantity()).toList());
        BookingDtos.Service service = switch (request.category()) {
            case INSTALLATION -> BookingDtos.Service.INSTALLATION;
            case MAINTENANCE -> BookingDtos.Service.MAINTENANCE;
            default -> BookingDtos.Service.FAULT;
        };
        return new BookingDtos.Status(request.number(), tenant.name(), tenant.slug(), stage, service, request.description(), request.preferredSlot(),
                appointment, installer == null ? null : displayName(installer),
                stage == BookingDtos.Stage.ON_THE_WAY ? order.eta() : null, order == null ? null : order.checkedInAt(),
                request.customerConfirmedAt(),
                request.promise() == null ? null : request.promise().dueAt(), work,
                order == null || order.signOff() == null ? null : order.signOff().ratings(), deadline,
                order != null && CHANGEABLE.contains(order.status()) && request.customerConfirmedAt() == null,
                changeable && beforeDeadline, changeable && beforeDeadline,
                order != null && order.status() == WorkOrderStatus.WORK_DONE,
                order == null ? null : order.id(), order != null && order.signOff() != null);
    }

    static BookingDtos.Stage stage(ServiceRequestDtos.ServiceRequestView request, WorkOrderDtos.WorkOrderView order) {
        if (order == null) {
            return switch (request.status()) {
                case OPEN -> BookingDtos.Stage.RECEIVED;
                case DISMISSED -> BookingDtos.Stage.CANCELLED;
                case RESOLVED_BY_PHONE, CONVERTED -> BookingDtos.Stage.DONE;
            };
        }
        return switch (order.status()) {
            case NEW, ASSIGNED, CUSTOMER_CONTACTED -> BookingDtos.Stage.SCHEDULED;
            case EN_ROUTE -> BookingDtos.Stage.ON_THE_WAY;
            case ON_SITE, PAUSED -> BookingDtos.Stage.IN_PROGRESS;
            case WORK_DONE -> BookingDtos.Stage.AWAITING_SIGN_OFF;
            case SIGNED_OFF, REPORTED_IN, FILED, CLOSED -> BookingDtos.Stage.DONE;
            case CANCELLED -> BookingDtos.Stage.CANCELLED;
        };
    }

    private static String displayName(StaffDtos.StaffUserView user) {
        String name = InstallerService.displayName(user.firstName(), user.lastName());
        return name.isEmpty() ? user.username() : name;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
