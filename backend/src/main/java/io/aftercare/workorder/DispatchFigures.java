package io.aftercare.workorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dispatch figures of one day, counted the way the work order list filters them (so each figure opens the list it
 * counts): scheduled = an appointment starting that day and not cancelled ({@code scheduledOn}); unassigned = no crew
 * and not given to a partner ({@code unassigned}); in progress = EN_ROUTE, ON_SITE or PAUSED; completed = work done
 * that day ({@code completedOn}). Two grouped queries, whatever the number of installers.
 */
@ApplicationScoped
public class DispatchFigures {

    /** The states of an order whose crew is out on it. */
    public static final List<WorkOrderStatus> IN_PROGRESS = List.of(WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE, WorkOrderStatus.PAUSED);

    /** Whether the order was given to an outsourcing partner (its crew is the partner's), as SQL over {@code o}. */
    static final String GIVEN_TO_PARTNER = "exists (select 1 from partner_order p where p.tenant_id = o.tenant_id and p.work_order_id = o.id)";

    private static final String IN_PROGRESS_SQL = "o.status in ('EN_ROUTE', 'ON_SITE', 'PAUSED')";
    private static final String SCHEDULED_SQL = "(o.appointment_start >= ?1 and o.appointment_start < ?2 and o.status <> 'CANCELLED')";
    private static final String COMPLETED_SQL = "(o.work_done_at >= ?1 and o.work_done_at < ?2)";

    private final EntityManager db;

    public DispatchFigures(EntityManager db) {
        this.db = db;
    }

    public record Crew(long scheduled, long inProgress) {
    }

    public record Day(long unassigned, long scheduled, long inProgress, long completed, Map<UUID, Crew> byInstaller) {
    }

    /** The figures of the day [{@code from}, {@code to}) (the tenant-local day's bounds). */
    @Transactional
    public Day of(OffsetDateTime from, OffsetDateTime to) {
        Object[] totals = (Object[]) db.createNativeQuery("""
                        select count(*) filter (where %1$s and o.lead_installer_id is null and not %4$s),
                               count(*) filter (where %1$s and (o.lead_installer_id is not null or %4$s)),
                               count(*) filter (where %2$s),
                               count(*) filter (where %3$s)
                        from work_order o
                        where %1$s or %2$s or %3$s""".formatted(SCHEDULED_SQL, IN_PROGRESS_SQL, COMPLETED_SQL, GIVEN_TO_PARTNER))
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> crews = db.createNativeQuery("""
                        select c.installer_id, count(*) filter (where %1$s), count(*) filter (where %2$s)
                        from work_order o cross join lateral unnest(array_prepend(o.lead_installer_id, o.helper_ids)) as c(installer_id)
                        where c.installer_id is not null and (%1$s or %2$s)
                        group by c.installer_id""".formatted(SCHEDULED_SQL, IN_PROGRESS_SQL))
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<UUID, Crew> byInstaller = new HashMap<>();
        for (Object[] r : crews) {
            byInstaller.put((UUID) r[0], new Crew(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return new Day(count(totals[0]), count(totals[1]), count(totals[2]), count(totals[3]), byInstaller);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
