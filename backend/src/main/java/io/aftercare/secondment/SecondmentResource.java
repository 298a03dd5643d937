package io.aftercare.secondment;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/secondments")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
@Tag(name = "Secondments")
public class SecondmentResource {

    static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";

    private final SecondmentService secondments;
    private final Idempotency idempotency;

    public SecondmentResource(SecondmentService secondments, Idempotency idempotency) {
        this.secondments = secondments;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listSecondments", summary = "List secondments", description = "Oldest first; by status or service point (lending or borrowing).")
    @APIResponse(responseCode = "200", description = "A page of secondments.")
    public SecondmentDtos.SecondmentPage listSecondments(
            @Parameter(schema = @Schema(implementation = SecondmentDtos.Status.class)) @QueryParam("status") String status,
            @QueryParam("servicePointId") UUID servicePointId,
            @BeanParam @Valid PageRequest page) {
        var slice = secondments.list(QueryValues.enumValue(SecondmentDtos.Status.class, "status", status), servicePointId, page.limit(), page.cursor());
        return new SecondmentDtos.SecondmentPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSecondment", summary = "Lend installers to another service point",
            description = "The charge (days × persons × the tenant's charge per day now) is kept with the secondment.")
    @APIResponse(responseCode = "201", description = "The secondment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecondmentDtos.SecondmentView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecondmentDtos.SecondmentView.class)))
    public RestResponse<SecondmentDtos.SecondmentView> createSecondment(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid SecondmentDtos.CreateSecondmentRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createSecondment", body, SecondmentDtos.SecondmentView.class,
                () -> secondments.create(body));
        return outcome.toResponse(URI.create("/api/v1/secondments/" + outcome.body().id()));
    }

    @GET
    @Path("/charges")
    @Operation(operationId = "secondmentCharges", summary = "Charges per borrowing service point in a month",
            description = "Each secondment's days within the month × persons × its stored charge per day; cancelled ones are not charged.")
    @APIResponse(responseCode = "200", description = "The month's charges.")
    public SecondmentDtos.ChargesView secondmentCharges(
            @Parameter(description = "yyyy-MM", example = "2026-11") @QueryParam("month") @Size(max = 7) String month) {
        return secondments.charges(month(month));
    }

    @GET
    @Path("/staff")
    @Operation(operationId = "secondedStaff", summary = "Installers seconded into a service point on a day",
            description = "They are the point's after-sales staff that day and may go on its trips.")
    @APIResponse(responseCode = "200", description = "The seconded-in installers.")
    public SecondmentDtos.SecondedStaffView secondedStaff(@QueryParam("servicePointId") UUID servicePointId,
                                                          @Parameter(example = "2026-11-03") @QueryParam("day") @Size(max = 10) String day) {
        if (servicePointId == null) {
            throw ProblemException.invalidField("servicePointId", "is required");
        }
        try {
            return secondments.secondedStaff(servicePointId, LocalDate.parse(day == null ? "" : day));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("day", "must be a date like 2026-11-03");
        }
    }

    @GET
    @Path("/{secondmentId}")
    @Operation(operationId = "getSecondment", summary = "Read a secondment", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The secondment.")
    public SecondmentDtos.SecondmentView getSecondment(@PathParam("secondmentId") UUID secondmentId) {
        return secondments.get(secondmentId);
    }

    @POST
    @Path("/{secondmentId}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "activateSecondment", summary = "Start a planned secondment")
    @APIResponse(responseCode = "200", description = "The active secondment.")
    public SecondmentDtos.SecondmentView activateSecondment(@PathParam("secondmentId") UUID secondmentId,
                                                            @NotNull @Valid SecondmentDtos.TransitionRequest body) {
        return secondments.activate(secondmentId, body);
    }

    @POST
    @Path("/{secondmentId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endSecondment", summary = "End an active secondment", description = "Possibly early, recomputing the charge.")
    @APIResponse(responseCode = "200", description = "The ended secondment.")
    public SecondmentDtos.SecondmentView endSecondment(@PathParam("secondmentId") UUID secondmentId,
                                                       @NotNull @Valid SecondmentDtos.EndRequest body) {
        return secondments.end(secondmentId, body);
    }

    @POST
    @Path("/{secondmentId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelSecondment", summary = "Cancel a planned or active secondment", description = "It is no longer charged.")
    @APIResponse(responseCode = "200", description = "The cancelled secondment.")
    public SecondmentDtos.SecondmentView cancelSecondment(@PathParam("secondmentId") UUID secondmentId,
                                                          @NotNull @Valid SecondmentDtos.TransitionRequest body) {
        return secondments.cancel(secondmentId, body);
    }

    static YearMonth month(String month) {
        if (month == null || !month.matches(MONTH_PATTERN)) {
            throw ProblemException.invalidField("month", "must be a month like 2026-11");
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("month", "must be a month like 2026-11");
        }
    }
}
