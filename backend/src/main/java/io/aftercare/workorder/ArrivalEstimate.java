package io.aftercare.workorder;

import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.geo.Travel;
import io.aftercare.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When an installer leaving now should arrive: the road from where they leave (the position their device sent, else
 * their latest check-in) to the site, at the tenant's road factor and average speed. Unknown when either end has no
 * coordinates.
 */
@ApplicationScoped
class ArrivalEstimate {

    record Estimate(OffsetDateTime at, double roadKm) {
    }

    private final CustomerDirectory customers;
    private final WorkOrderQueries queries;
    private final SettingsService settings;

    ArrivalEstimate(CustomerDirectory customers, WorkOrderQueries queries, SettingsService settings) {
        this.customers = customers;
        this.queries = queries;
        this.settings = settings;
    }

    Optional<Estimate> of(WorkOrder order, Double latitude, Double longitude, OffsetDateTime now) {
        if (order.siteId == null) {
            return Optional.empty();
        }
        CustomerDtos.SiteAddress site = customers.sitePlaces(Set.of(order.siteId)).get(order.siteId);
        if (site == null || site.latitude() == null || site.longitude() == null) {
            return Optional.empty();
        }
        Double fromLat = latitude;
        Double fromLon = longitude;
        if ((fromLat == null || fromLon == null) && order.leadInstallerId != null) {
            WorkOrderQueries.CheckInPlace last = queries.lastCheckIns(List.of(order.leadInstallerId), now).get(order.leadInstallerId);
            fromLat = last == null ? null : last.latitude();
            fromLon = last == null ? null : last.longitude();
        }
        if (fromLat == null || fromLon == null) {
            return Optional.empty();
        }
        Travel travel = settings.current().dispatch().travel();
        double km = travel.roadKm(fromLat, fromLon, site.latitude(), site.longitude());
        return Optional.of(new Estimate(now.plusMinutes(travel.minutes(km)).truncatedTo(ChronoUnit.MINUTES), Math.round(km * 10) / 10.0));
    }
}
