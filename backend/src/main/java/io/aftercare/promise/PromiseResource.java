package io.aftercare.promise;

import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Promises")
public class PromiseResource {

    private final PromiseService promises;

    public PromiseResource(PromiseService promises) {
        this.promises = promises;
    }

    @GET
    @Path("/promises/watch")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Promises at risk or breached",
            description = "Requests, work orders, follow-ups and objections whose promise is in the given states and not yet met, "
                    + "soonest due first (up to 200). Without `status`: AT_RISK and BREACHED.")
    @APIResponse(responseCode = "200", description = "The watch list.")
    public PromiseDtos.WatchList watchPromises(
            @Parameter(description = "Repeat for several.", schema = @Schema(type = SchemaType.ARRAY, maxItems = 6,
                    implementation = PromiseDtos.PromiseStatus.class))
            @QueryParam("status") @Size(max = 6) List<String> status) {
        Set<PromiseDtos.PromiseStatus> wanted = EnumSet.noneOf(PromiseDtos.PromiseStatus.class);
        if (status != null) {
            status.forEach(s -> wanted.add(QueryValues.requiredEnumValue(PromiseDtos.PromiseStatus.class, "status", s)));
        }
        if (wanted.isEmpty()) {
            wanted.addAll(EnumSet.of(PromiseDtos.PromiseStatus.AT_RISK, PromiseDtos.PromiseStatus.BREACHED));
        }
        return promises.watchList(wanted);
    }

    @GET
    @Path("/promise-breaches")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "List escalations", description = "Breached promises as the watch recorded them, newest first.")
    @APIResponse(responseCode = "200", description = "A page of breaches.")
    public PromiseDtos.BreachPage listPromiseBreaches(
            @Parameter(description = "false: only those not yet acknowledged.") @QueryParam("acknowledged") Boolean acknowledged,
            @BeanParam @Valid PageRequest page) {
        var slice = promises.breaches(acknowledged, page.limit(), page.cursor());
        return new PromiseDtos.BreachPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Path("/promise-breaches/{breachId}/acknowledge")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Acknowledge an escalation", description = "The manager has seen it; acknowledging again changes nothing.")
    @APIResponse(responseCode = "200", description = "The acknowledged breach.")
    public PromiseDtos.BreachView acknowledgePromiseBreach(@PathParam("breachId") UUID breachId) {
        return promises.acknowledge(breachId);
    }
}
