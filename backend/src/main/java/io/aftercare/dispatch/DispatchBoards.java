package io.aftercare.dispatch;

import io.aftercare.customer.CustomerDtos;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The board of a day: a row per installer with their jobs, and the queue of orders nobody has yet. */
@ApplicationScoped
public class DispatchBoards {

    private final DispatchDay days;

    public DispatchBoards(DispatchDay days) {
        this.days = days;
    }

    @ReadOnly
    public DispatchDtos.Board board(LocalDate day, UUID servicePointId) {
        DispatchDay.Facts facts = days.read(day, servicePointId);
        List<DispatchDtos.Row> rows = facts.crews().stream().map(c -> new DispatchDtos.Row(c.id(), c.displayName(),
                c.shift().servicePointIds(), c.shift().start(), c.shift().end(), c.available(),
                c.unavailable().stream().map(WorkOrderDtos.CandidateReason::of).toList(),
                c.qualifications().stream().sorted().toList(), c.position(),
                facts.orders().stream().filter(o -> c.id().equals(o.leadInstallerId()) || o.helperIds().contains(c.id()))
                        .sorted(Comparator.comparing((WorkOrderDtos.WorkOrderSummary o) -> o.appointment().start()))
                        .map(o -> card(o, facts.sites())).toList())).toList();
        List<DispatchDtos.Card> queue = facts.orders().stream()
                .filter(o -> facts.queue().contains(o.id()) && o.status() == WorkOrderStatus.NEW)
                .sorted(QUEUE_ORDER).map(o -> card(o, facts.sites())).toList();
        return new DispatchDtos.Board(day, facts.zone().getId(), servicePointId, rows, queue);
    }

    /** By promise due (none last), then the more urgent first, then by appointment. */
    static final Comparator<WorkOrderDtos.WorkOrderSummary> QUEUE_ORDER = Comparator
            .comparing((WorkOrderDtos.WorkOrderSummary o) -> o.promise() == null ? null : o.promise().dueAt(),
                    Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
            .thenComparing(WorkOrderDtos.WorkOrderSummary::priority, Comparator.reverseOrder())
            .thenComparing(o -> o.appointment().start())
            .thenComparing(WorkOrderDtos.WorkOrderSummary::number);

    static DispatchDtos.Card card(WorkOrderDtos.WorkOrderSummary o, Map<UUID, CustomerDtos.SiteAddress> sites) {
        CustomerDtos.SiteAddress site = o.siteId() == null ? null : sites.get(o.siteId());
        return new DispatchDtos.Card(o.id(), o.number(), o.version(), o.type(), o.status(), o.priority(), o.customerName(), o.siteAddress(),
                site == null ? null : site.latitude(), site == null ? null : site.longitude(), o.requiredQualifications(), o.appointment(),
                o.leadInstallerId(), o.helperIds(), o.servicePointId(), o.promise(), o.late());
    }
}
