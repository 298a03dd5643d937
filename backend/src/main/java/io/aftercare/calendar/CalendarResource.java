package io.aftercare.calendar;

import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Calendar")
public class CalendarResource {

    private final WorkingCalendarService calendar;

    public CalendarResource(WorkingCalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Read the tenant's working calendar",
            description = "Service promises count only working days: the working weekdays, minus public holidays, plus make-up working days (调休).")
    @APIResponse(responseCode = "200", description = "Working weekdays, public holidays and make-up working days.")
    public CalendarDtos.WorkingCalendar getCalendar() {
        return calendar.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Replace the tenant's working calendar",
            description = "Send the whole calendar with the `version` you read. A day cannot be both a holiday and a make-up working day.")
    @APIResponse(responseCode = "200", description = "The calendar as stored, with the new version.")
    public CalendarDtos.WorkingCalendar updateCalendar(@NotNull @Valid CalendarDtos.WorkingCalendar body) {
        return calendar.update(body);
    }
}
