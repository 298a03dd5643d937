package io.aftercare.kpi;

import io.aftercare.api.DateBounds;
import io.aftercare.api.QueryValues;
import io.aftercare.api.SaneDate;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import io.aftercare.tenant.TenantService;
import io.aftercare.workorder.WorkOrderDtos;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Indicators")
public class KpiResource {

    private final KpiService kpis;
    private final TenantService tenants;
    private final DateBounds dates;
    private final CurrentUser caller;

    public KpiResource(KpiService kpis, TenantService tenants, DateBounds dates, CurrentUser caller) {
        this.kpis = kpis;
        this.tenants = tenants;
        this.dates = dates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "getKpis", summary = "Key performance indicators for a period",
            description = "Every indicator of the schema Kpi (its description defines each one) for the period, with the same figure for "
                    + "the period of the same length before it. The order filters narrow the figures tied to an order.")
    @APIResponse(responseCode = "200", description = "The indicators.")
    @APIResponse(responseCode = "400", description = "A malformed day, id or type; a day outside the tenant's history and plans; to before from; or a period longer than 366 days.")
    public KpiDtos.KpiReport getKpis(
            @Parameter(description = "First day (the tenant's time zone); default: the first day of the current month.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") @Size(max = 10) String from,
            @Parameter(description = "Last day, included; default: today.", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") @Size(max = 10) String to,
            @Parameter(description = "Only orders this installer leads (and money paid to or charged to them).",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("installerId") @Size(max = 36) String installerId,
            @Parameter(description = "Only orders of this service point (and trips from it).",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("servicePointId") @Size(max = 36) String servicePointId,
            @Parameter(description = "Only orders (and requests) about an asset of this catalogue product.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("productId") @Size(max = 36) String productId,
            @Parameter(description = "Only orders of this type.", schema = @Schema(implementation = WorkOrderDtos.WorkOrderType.class))
            @QueryParam("type") @Size(max = 20) String type) {
        Period period = period(from, to);
        var filters = new KpiService.Filters(QueryValues.uuid("installerId", installerId), QueryValues.uuid("servicePointId", servicePointId),
                QueryValues.uuid("productId", productId), QueryValues.enumValue(WorkOrderDtos.WorkOrderType.class, "type", type));
        return kpis.report(period.first(), period.last(), filters);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.INSTALLER)
    @Operation(operationId = "getMyKpis", summary = "My indicators for a period (installers)",
            description = "The same indicators as getKpis, narrowed to the orders the calling installer leads and the money paid to or "
                    + "charged to them: my month at a glance.")
    @APIResponse(responseCode = "200", description = "The caller's indicators.")
    @APIResponse(responseCode = "400", description = "A malformed day; a day outside the tenant's history and plans; to before from; or a "
            + "period longer than 366 days.")
    public KpiDtos.KpiReport getMyKpis(
            @Parameter(description = "First day (the tenant's time zone); default: the first day of the current month.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") @Size(max = 10) String from,
            @Parameter(description = "Last day, included; default: today.", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") @Size(max = 10) String to) {
        Period period = period(from, to);
        return kpis.report(period.first(), period.last(), new KpiService.Filters(UUID.fromString(caller.id()), null, null, null));
    }

    private record Period(LocalDate first, LocalDate last) {
    }

    /** The period asked for: by default the month so far, in the tenant's time zone. */
    private Period period(String from, String to) {
        LocalDate today = LocalDate.now(tenants.currentZone());
        LocalDate last = QueryValues.date("to", to);
        last = last == null ? today : last;
        LocalDate first = QueryValues.date("from", from);
        first = first == null ? last.withDayOfMonth(1) : first;
        DateBounds.Range sane = dates.range(SaneDate.Kind.PLAN);
        for (var day : java.util.List.of(java.util.Map.entry("from", first), java.util.Map.entry("to", last))) {
            if (!sane.contains(day.getValue())) {
                throw ProblemException.invalidField(day.getKey(), "must lie between " + sane.earliest() + " and " + sane.latest());
            }
        }
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "must not be before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > KpiService.MAX_DAYS) {
            throw ProblemException.invalidField("to", "the period may span at most " + KpiService.MAX_DAYS + " days");
        }
        return new Period(first, last);
    }
}
