package io.aftercare.discipline;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/discipline-entries")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Discipline")
public class DisciplineResource {

    private final DisciplineLedger ledger;
    private final Idempotency idempotency;

    public DisciplineResource(DisciplineLedger ledger, Idempotency idempotency) {
        this.ledger = ledger;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "List ledger entries", description = "Newest first. An installer sees only their own entries.")
    @APIResponse(responseCode = "200", description = "A page of entries.")
    public DisciplineDtos.EntryPage listDisciplineEntries(
            @QueryParam("installerId") UUID installerId,
            @Parameter(schema = @Schema(implementation = DisciplineDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = DisciplineDtos.Kind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = DisciplineDtos.Rule.class)) @QueryParam("rule") String rule,
            @Parameter(schema = @Schema(implementation = DisciplineDtos.AppealStatus.class)) @QueryParam("appealStatus") String appealStatus,
            @BeanParam @Valid PageRequest page) {
        var slice = ledger.list(installerId, QueryValues.enumValue(DisciplineDtos.Status.class, "status", status),
                QueryValues.enumValue(DisciplineDtos.Kind.class, "kind", kind), QueryValues.enumValue(DisciplineDtos.Rule.class, "rule", rule),
                QueryValues.enumValue(DisciplineDtos.AppealStatus.class, "appealStatus", appealStatus), page.limit(), page.cursor());
        return new DisciplineDtos.EntryPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Make an entry by hand", description = "Confirmed at once; a fine must lie within the tenant's range for other breaches.")
    @APIResponse(responseCode = "201", description = "The entry.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisciplineDtos.EntryView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisciplineDtos.EntryView.class)))
    public RestResponse<DisciplineDtos.EntryView> createDisciplineEntry(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid DisciplineDtos.ManualEntryRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createDisciplineEntry", body, DisciplineDtos.EntryView.class, () -> ledger.createManual(body));
        return outcome.toResponse(URI.create("/api/v1/discipline-entries/" + outcome.body().id()));
    }

    @GET
    @Path("/{entryId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a ledger entry", description = "Another installer's or another tenant's entry answers 404.")
    @APIResponse(responseCode = "200", description = "The entry.")
    public DisciplineDtos.EntryView getDisciplineEntry(@PathParam("entryId") UUID entryId) {
        return ledger.get(entryId);
    }

    @POST
    @Path("/{entryId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Confirm a proposed entry", description = "Its amount counts in the payroll of its month, or of the next open month when that one is locked.")
    @APIResponse(responseCode = "200", description = "The confirmed entry.")
    public DisciplineDtos.EntryView confirmDisciplineEntry(@PathParam("entryId") UUID entryId, @NotNull @Valid DisciplineDtos.DecisionRequest body) {
        return ledger.confirm(entryId, body);
    }

    @POST
    @Path("/{entryId}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Waive an entry", description = "With a reason. A confirmed amount already paid in a locked month is refunded in the next open month.")
    @APIResponse(responseCode = "200", description = "The waived entry.")
    public DisciplineDtos.EntryView waiveDisciplineEntry(@PathParam("entryId") UUID entryId, @NotNull @Valid DisciplineDtos.DecisionRequest body) {
        return ledger.waive(entryId, body);
    }

    @POST
    @Path("/{entryId}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTALLER)
    @Operation(summary = "Appeal an entry", description = "The installer's one appeal against an entry of their own.")
    @APIResponse(responseCode = "200", description = "The appealed entry.")
    public DisciplineDtos.EntryView appealDisciplineEntry(@PathParam("entryId") UUID entryId, @NotNull @Valid DisciplineDtos.AppealRequest body) {
        return ledger.appeal(entryId, body);
    }

    @POST
    @Path("/{entryId}/appeal-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Decide an appeal", description = "Upheld waives the entry; dismissed lets it stand.")
    @APIResponse(responseCode = "200", description = "The entry after the decision.")
    public DisciplineDtos.EntryView decideDisciplineAppeal(@PathParam("entryId") UUID entryId,
                                                          @NotNull @Valid DisciplineDtos.AppealDecisionRequest body) {
        return ledger.decideAppeal(entryId, body);
    }
}
