package io.aftercare.workorder;

import io.aftercare.installer.DispatchProblem;
import io.aftercare.installer.InstallerAvailability;
import io.aftercare.installer.Qualification;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether installers may take an order: the one check behind both the assign action (which refuses on any problem)
 * and the list of assign candidates (which shows the problems before the dispatcher submits).
 */
@ApplicationScoped
class CrewEligibility {

    private final InstallerAvailability installers;
    private final TenantService tenantService;

    CrewEligibility(InstallerAvailability installers, TenantService tenantService) {
        this.installers = installers;
        this.tenantService = tenantService;
    }

    /** The appointment's day in the tenant's zone: the day certificates and leave are checked for. */
    LocalDate day(WorkOrder order) {
        return order.appointmentStart.atZoneSameInstant(tenantService.currentZone()).toLocalDate();
    }

    /**
     * Each installer's problems with taking {@code order}: status, leave and certificates on the appointment day
     * (installer rules), then other open orders at an overlapping time. Empty when they may take it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, List<DispatchProblem>> problems(WorkOrder order, Collection<UUID> installerIds) {
        Set<Qualification> required = EnumSet.noneOf(Qualification.class);
        order.requiredQualifications.forEach(q -> required.add(Qualification.valueOf(q)));
        Map<UUID, List<DispatchProblem>> problems = installers.dispatchChecks(installerIds, required, day(order));
        overlapping(order, installerIds).forEach((installer, numbers) -> problems.get(installer).add(DispatchProblem.overlap(numbers)));
        return problems;
    }

    /** Other open orders of these installers whose appointment overlaps this one's, by installer. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, List<String>> overlapping(WorkOrder order, Collection<UUID> installerIds) {
        Map<UUID, List<String>> overlaps = new HashMap<>();
        List<WorkOrder> others = WorkOrder.<WorkOrder>list("""
                        id <> ?1 and status in ?2 and appointmentStart < ?3 and appointmentEnd > ?4 order by appointmentStart, number""",
                order.id, holding(), order.appointmentEnd, order.appointmentStart);
        for (WorkOrder other : others) {
            for (UUID installer : other.crew()) {
                if (installerIds.contains(installer)) {
                    overlaps.computeIfAbsent(installer, k -> new ArrayList<>()).add(other.number);
                }
            }
        }
        return overlaps;
    }

    static List<WorkOrderStatus> holding() {
        return EnumSet.allOf(WorkOrderStatus.class).stream().filter(WorkOrderStatus::holdsInstaller).toList();
    }
}
