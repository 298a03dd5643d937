package io.aftercare.calendar;

import io.aftercare.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/platform/calendars")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Platform")
public class PlatformCalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";
    private static final String COUNTRY = "ISO 3166-1 alpha-2 country code.";
    private static final String PUBLISH = """
            Tenants of the country inherit the year at once; a tenant's own days still win. Send either JSON or an iCalendar file.

            **JSON** (`application/json`): the whole year; replacing a published year needs the `version` read.

            **iCalendar** (`text/calendar`, RFC 5545, at most 256 KiB): each VEVENT is one day (`DTSTART;VALUE=DATE:20271001`) or
            a range of days (`DTEND;VALUE=DATE`, exclusive), named by its `SUMMARY`. An event with `CATEGORIES:WORKDAY` is a
            make-up working day (调休); every other event is a public holiday. Repeating events (RRULE), DURATION and times of day
            are refused. The file replaces the year as a whole; a problem names the line, e.g. `line 12: DTSTART`.

            Every date lies in the year, is listed once and is either a holiday or a make-up working day; names have a letter or
            digit; the year lies between 2000 and five years ahead.""";

    private final CountryCalendarService countries;

    public PlatformCalendarResource(CountryCalendarService countries) {
        this.countries = countries;
    }

    @GET
    @Operation(operationId = "listCountryCalendars", summary = "List countries' published schedules",
            description = "Countries with a published schedule or with tenants, each with its published years. From 1 November (UTC) a "
                    + "country that publishes carries a warning while the coming year has no schedule.")
    @APIResponse(responseCode = "200", description = "Countries by code.")
    public CountryCalendarDtos.CountryList listCountryCalendars() {
        return countries.list();
    }

    @GET
    @Path("/{country}")
    @Operation(operationId = "getCountryCalendar", summary = "List a country's published years",
            description = "The country's published years with their numbers of days, its tenants, and the November warning.")
    @APIResponse(responseCode = "200", description = "The country's years, oldest first, and any warning.")
    @APIResponse(responseCode = "400", description = "Not an ISO 3166-1 alpha-2 code.")
    public CountryCalendarDtos.CountryOverview getCountryCalendar(
            @Parameter(description = COUNTRY, example = "CN") @PathParam("country") @Size(max = 2) @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code like CN") String country) {
        return countries.country(country);
    }

    @GET
    @Path("/{country}/{year}")
    @Operation(operationId = "getCountrySchedule", summary = "Read a country's schedule of a year",
            description = "The public holidays and make-up working days as published, with the version to send when replacing them.")
    @APIResponse(responseCode = "200", description = "The year's public holidays and make-up working days.")
    @APIResponse(responseCode = "404", description = "The year is not published.")
    public CountryCalendarDtos.CountrySchedule getCountrySchedule(
            @Parameter(description = COUNTRY, example = "CN") @PathParam("country") @Size(max = 2) @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code like CN") String country,
            @Parameter(example = "2027") @PathParam("year") @Min(CountryCalendarService.FIRST_YEAR) @Max(2200) int year) {
        return countries.get(country, year);
    }

    @PUT
    @Path("/{country}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishCountrySchedule", summary = "Publish or replace a country's schedule of a year",
            description = PUBLISH)
    @APIResponse(responseCode = "200", description = "The schedule as published.")
    @APIResponse(responseCode = "400", description = "Malformed iCalendar, a date outside the year, listed twice or both kinds, a name "
            + "without a letter or digit, a year outside 2000 to five years ahead, or an unknown country; `errors[].field` names each.")
    @APIResponse(responseCode = "409", description = "The year changed since the `version` sent.")
    public CountryCalendarDtos.CountrySchedule publishCountrySchedule(
            @Parameter(description = COUNTRY, example = "CN") @PathParam("country") @Size(max = 2) @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code like CN") String country,
            @Parameter(example = "2027") @PathParam("year") @Min(CountryCalendarService.FIRST_YEAR) @Max(2200) int year,
            @NotNull @Valid CountryCalendarDtos.PublishSchedule body) {
        return countries.publish(country, year, body);
    }

    @PUT
    @Path("/{country}/{year}")
    @Consumes(TEXT_CALENDAR)
    @Operation(operationId = "publishCountrySchedule", summary = "Publish or replace a country's schedule of a year",
            description = PUBLISH)
    @RequestBody(content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            maxLength = CountryCalendarService.MAX_ICS_CHARS)))
    @APIResponse(responseCode = "200", description = "The schedule as published.")
    @APIResponse(responseCode = "400", description = "Malformed iCalendar, a date outside the year, listed twice or both kinds, a name "
            + "without a letter or digit, a year outside 2000 to five years ahead, or an unknown country; `errors[].field` names each.")
    @APIResponse(responseCode = "409", description = "The year changed since the `version` sent.")
    public CountryCalendarDtos.CountrySchedule uploadCountrySchedule(
            @Parameter(description = COUNTRY, example = "CN") @PathParam("country") @Size(max = 2) @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code like CN") String country,
            @Parameter(example = "2027") @PathParam("year") @Min(CountryCalendarService.FIRST_YEAR) @Max(2200) int year,
            String ics) {
        return countries.publishIcs(country, year, ics);
    }
}
