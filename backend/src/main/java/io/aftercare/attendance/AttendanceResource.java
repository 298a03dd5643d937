package io.aftercare.attendance;

import io.aftercare.api.PageRequest;
import io.aftercare.api.Xlsx;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/attendance")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
@Tag(name = "Attendance")
public class AttendanceResource {

    private final AttendanceService attendance;

    public AttendanceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @POST
    @Path("/clock-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "clockIn", summary = "Clock in", description = "Now, as the caller; 409 when already clocked in.")
    @APIResponse(responseCode = "200", description = "The open clock-in.")
    public AttendanceDtos.ClockView clockIn(@Valid AttendanceDtos.ClockRequest body) {
        return attendance.clockIn(body);
    }

    @POST
    @Path("/clock-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "clockOut", summary = "Clock out", description = "Closes the caller's open clock-in; 409 when there is none.")
    @APIResponse(responseCode = "200", description = "The closed clock-in.")
    public AttendanceDtos.ClockView clockOut(@Valid AttendanceDtos.ClockRequest body) {
        return attendance.clockOut(body);
    }

    @GET
    @Path("/sheet")
    @Operation(operationId = "attendanceSheet", summary = "The month's attendance sheet",
            description = "Managers and dispatchers: all staff; installers: themselves.")
    @APIResponse(responseCode = "200", description = "A page of the sheet.")
    public AttendanceDtos.SheetPage attendanceSheet(
            @Parameter(description = "yyyy-MM", example = "2026-11") @QueryParam("month") @Size(max = 7) String month,
            @BeanParam @Valid PageRequest page) {
        return attendance.sheet(month(month), page.limit(), page.cursor());
    }

    @GET
    @Path("/sheet.xlsx")
    @Produces({Xlsx.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "attendanceSheetXlsx", summary = "The month's attendance sheet as XLSX", description = "One row per person and a totals row.")
    @APIResponse(responseCode = "200", description = "The spreadsheet.",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response attendanceSheetXlsx(@Parameter(description = "yyyy-MM", example = "2026-11") @QueryParam("month") @Size(max = 7) String month) {
        YearMonth m = month(month);
        return Response.ok(attendance.sheetXlsx(m), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"attendance-" + m + ".xlsx\"").build();
    }

    @GET
    @Path("/people/{personId}")
    @Operation(operationId = "attendanceDetail", summary = "One person's days of the month", description = "Installers: themselves only (others 404).")
    @APIResponse(responseCode = "200", description = "The person's days.")
    public AttendanceDtos.DetailView attendanceDetail(@PathParam("personId") UUID personId,
                                                      @Parameter(description = "yyyy-MM", example = "2026-11") @QueryParam("month") @Size(max = 7) String month) {
        return attendance.detail(personId, month(month));
    }

    static YearMonth month(String month) {
        if (month == null || !month.matches("^\\d{4}-\\d{2}$")) {
            throw ProblemException.invalidField("month", "must be a month like 2026-11");
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("month", "must be a month like 2026-11");
        }
    }
}
