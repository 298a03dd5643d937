package io.aftercare.payroll;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.Xlsx;
import io.aftercare.problem.ProblemException;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.YearMonth;
import java.util.UUID;

@Path("/api/v1/payroll/{month}")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Payroll")
public class PayrollResource {

    private final PayrollService payroll;
    private final Idempotency idempotency;

    public PayrollResource(PayrollService payroll, Idempotency idempotency) {
        this.payroll = payroll;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Read the month's payroll", description = "One row per person and the totals; live while the month is open, frozen once locked.")
    @APIResponse(responseCode = "200", description = "The payroll sheet.")
    public PayrollDtos.PayrollSheet getPayroll(@Parameter(schema = @Schema(pattern = PayrollDtos.MONTH, maxLength = 7, examples = "2026-11"))
                                               @PathParam("month") String month) {
        return payroll.sheet(month(month));
    }

    @GET
    @Path("/people/{personId}")
    @Operation(summary = "Drill into a person's pay", description = "Every line with the source it came from.")
    @APIResponse(responseCode = "200", description = "The person's month.")
    public PayrollDtos.PersonPayroll getPersonPayroll(@Parameter(schema = @Schema(pattern = PayrollDtos.MONTH, maxLength = 7))
                                                      @PathParam("month") String month, @PathParam("personId") UUID personId) {
        return payroll.person(month(month), personId);
    }

    @POST
    @Path("/lock")
    @Operation(summary = "Lock the month", description = "Freezes the payroll as it stands. Locked already or not begun: 409.")
    @APIResponse(responseCode = "200", description = "The locked payroll.")
    public PayrollDtos.PayrollSheet lockPayroll(@Parameter(schema = @Schema(pattern = PayrollDtos.MONTH, maxLength = 7))
                                                @PathParam("month") String month) {
        return payroll.lock(month(month));
    }

    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an adjustment", description = "A correction paid in this month. A locked month answers 409: correct it in the next month.")
    @APIResponse(responseCode = "200", description = "The person's month with the adjustment.")
    public PayrollDtos.PersonPayroll addPayAdjustment(@Parameter(schema = @Schema(pattern = PayrollDtos.MONTH, maxLength = 7))
                                                      @PathParam("month") String month,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid PayrollDtos.AdjustmentRequest body) {
        return idempotency.execute(key.idempotencyKey(), "addPayAdjustment:" + month, body, PayrollDtos.PersonPayroll.class,
                () -> payroll.adjust(month(month), body)).body();
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "Export the payroll as XLSX", description = "One row per person, one column per component, totals in the last row.")
    @APIResponse(responseCode = "200", description = "The workbook.",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public RestResponse<byte[]> exportPayroll(@Parameter(schema = @Schema(pattern = PayrollDtos.MONTH, maxLength = 7)) @PathParam("month") String month) {
        YearMonth m = month(month);
        return RestResponse.ResponseBuilder.ok(payroll.xlsx(m), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"payroll-" + m + ".xlsx\"").build();
    }

    private static YearMonth month(String month) {
        if (month == null || !month.matches(PayrollDtos.MONTH)) {
            throw ProblemException.invalidField("month", "must be a month like 2026-11");
        }
        return YearMonth.parse(month);
    }
}
