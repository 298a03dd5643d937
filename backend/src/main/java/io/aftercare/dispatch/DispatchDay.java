package io.aftercare.dispatch;

import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.installer.DispatchProblem;
import io.aftercare.installer.InstallerDtos;
import io.aftercare.installer.InstallerAvailability;
import io.aftercare.installer.InstallerService;
import io.aftercare.installer.Qualification;
import io.aftercare.persistence.ReadOnly;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderQueries;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the console knows of a day: the installers (of a service point, or all) with what they may take that day, the
 * orders with an appointment starting that day, the sites' coordinates and each installer's latest check-in. Read
 * once for the board and for the optimiser alike.
 */
@ApplicationScoped
public class DispatchDay {

    /** An installer as the day sees them. */
    public record Crew(UUID id, String displayName, InstallerDtos.Shift shift, List<DispatchProblem> unavailable, Set<Qualification> qualifications,
                       DispatchDtos.Position position) {

        boolean available() {
            return unavailable.isEmpty();
        }
    }

    /** {@code queue}: the orders with no installer that are not given to a partner. */
    public record Facts(LocalDate day, ZoneId zone, UUID servicePointId, List<Crew> crews, List<WorkOrderDtos.WorkOrderSummary> orders,
                        Set<UUID> queue, Map<UUID, CustomerDtos.SiteAddress> sites) {

        OffsetDateTime start() {
            return day.atStartOfDay(zone).toOffsetDateTime();
        }

        OffsetDateTime end() {
            return day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        }
    }

    private static final Set<DispatchProblem.Code> CERTIFICATE_PROBLEMS = EnumSet.of(DispatchProblem.Code.NO_CERTIFICATE,
            DispatchProblem.Code.CERTIFICATE_EXPIRED, DispatchProblem.Code.CERTIFICATE_NOT_YET_VALID);

    private final InstallerService installers;
    private final InstallerAvailability availability;
    private final WorkOrderQueries orders;
    private final CustomerDirectory customers;
    private final TenantService tenants;

    public DispatchDay(InstallerService installers, InstallerAvailability availability, WorkOrderQueries orders, CustomerDirectory customers, TenantService tenants) {
        this.installers = installers;
        this.availability = availability;
        this.orders = orders;
        this.customers = customers;
        this.tenants = tenants;
    }

    /** The day's facts; {@code servicePointId} null for the whole tenant. */
    @ReadOnly
    public Facts read(LocalDate day, UUID servicePointId) {
        ZoneId zone = tenants.currentZone();
        List<InstallerDtos.RosterEntry> roster = installers.roster().stream()
                .filter(r -> r.status() == InstallerDtos.InstallerStatus.ACTIVE).toList();
        Map<UUID, InstallerDtos.Shift> details = availability.shifts(roster.stream().map(InstallerDtos.RosterEntry::id).toList());
        List<InstallerDtos.RosterEntry> ofPoint = roster.stream()
                .filter(r -> servicePointId == null || details.get(r.id()).servicePointIds().contains(servicePointId))
                .sorted(Comparator.comparing(InstallerDtos.RosterEntry::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(InstallerDtos.RosterEntry::id))
                .toList();
        List<UUID> ids = ofPoint.stream().map(InstallerDtos.RosterEntry::id).toList();
        Map<UUID, List<DispatchProblem>> problems = availability.dispatchChecks(ids, EnumSet.allOf(Qualification.class), day);
        Map<UUID, DispatchDtos.Position> positions = positions(ids, day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        List<Crew> crews = ofPoint.stream().map(r -> {
            List<DispatchProblem> found = problems.get(r.id());
            Set<Qualification> lacking = found.stream().filter(p -> CERTIFICATE_PROBLEMS.contains(p.code()))
                    .map(DispatchProblem::qualification).collect(Collectors.toSet());
            Set<Qualification> valid = EnumSet.allOf(Qualification.class);
            valid.removeAll(lacking);
            List<DispatchProblem> unavailable = found.stream().filter(p -> !CERTIFICATE_PROBLEMS.contains(p.code())).toList();
            return new Crew(r.id(), r.displayName(), details.get(r.id()), unavailable, valid, positions.get(r.id()));
        }).toList();
        List<WorkOrderDtos.WorkOrderSummary> ofDay = ordersOf(day, null).stream()
                .filter(o -> servicePointId == null || servicePointId.equals(o.servicePointId())
                        || (o.servicePointId() == null && o.leadInstallerId() == null) || ids.contains(o.leadInstallerId()))
                .toList();
        Map<UUID, CustomerDtos.SiteAddress> sites = customers.sitePlaces(ofDay.stream().map(WorkOrderDtos.WorkOrderSummary::siteId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<UUID> queue = ordersOf(day, true).stream().map(WorkOrderDtos.WorkOrderSummary::id).collect(Collectors.toSet());
        return new Facts(day, zone, servicePointId, crews, ofDay, queue, sites);
    }

    /** Every order whose appointment starts that day and is not cancelled (only those nobody has: {@code unassigned}), page by page. */
    private List<WorkOrderDtos.WorkOrderSummary> ordersOf(LocalDate day, Boolean unassigned) {
        List<WorkOrderDtos.WorkOrderSummary> all = new ArrayList<>();
        var filter = new WorkOrderQueries.ListFilter(Set.of(), null, null, null, null, unassigned, day, null);
        String cursor = null;
        do {
            var slice = orders.list(filter, io.aftercare.api.Keyset.MAX_LIMIT, cursor);
            all.addAll(slice.items());
            cursor = slice.nextCursor();
        } while (cursor != null);
        return all;
    }

    /** Each installer's latest check-in with coordinates before {@code until}. */
    private Map<UUID, DispatchDtos.Position> positions(List<UUID> installerIds, OffsetDateTime until) {
        Map<UUID, DispatchDtos.Position> positions = new HashMap<>();
        orders.lastCheckIns(installerIds, until).forEach((id, p) ->
                positions.put(id, new DispatchDtos.Position(p.latitude(), p.longitude(), p.at(), p.orderNumber())));
        return positions;
    }
}
