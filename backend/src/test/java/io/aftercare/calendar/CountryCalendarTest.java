package io.aftercare.calendar;

import io.aftercare.promise.PromiseClock;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Countries' schedules published by the platform admin, inherited by tenants (whose own days win), the November warning
 * and the note on promises counted into an unpublished year. Each test uses its own country, so reruns and other
 * classes' tenants do not disturb it.
 */
@QuarkusTest
class CountryCalendarTest {

    private static final String SPRING_2027 = """
            {"holidays":[{"date":"2027-02-08","name":"Spring Festival"},{"date":"2027-02-09","name":"Spring Festival"},
                         {"date":"2027-02-10","name":"Spring Festival"},{"date":"2027-02-11","name":"Spring Festival"},
                         {"date":"2027-02-12","name":"Spring Festival"}],
             "makeUpWorkingDays":[{"date":"2027-02-07","name":"Spring Festival make-up day"}]}""";
    private static final String EMPTY = "{\"holidays\":[],\"makeUpWorkingDays\":[]}";
    /** Friday before the test Spring Festival, 10:00 in Shanghai. */
    private static final OffsetDateTime FRIDAY_BEFORE = OffsetDateTime.parse("2027-02-05T10:00:00+08:00");

    @Inject
    TestTenants tenants;

    @Inject
    TenantContext context;

    @Inject
    Promises promises;

    @Inject
    EntityManager db;

    private final String platform = Tokens.platformAdmin();

    /** A fresh start for the country (earlier runs' tenants leave it), and a tenant in Shanghai that inherits it. */
    private UUID tenantIn(String country) {
        QuarkusTransaction.requiringNew().run(() -> {
            db.createNativeQuery("delete from country_calendar where country = ?1").setParameter(1, country).executeUpdate();
            db.createNativeQuery("update tenant set country = null where country = ?1").setParameter(1, country).executeUpdate();
        });
        UUID tenant = tenants.create();
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("update tenant set country = ?1 where id = ?2")
                .setParameter(1, country).setParameter(2, tenant).executeUpdate());
        return tenant;
    }

    private io.restassured.response.Response publish(String country, int year, String json) {
        return given().auth().oauth2(platform).contentType("application/json").body(json)
                .put("/api/v1/platform/calendars/" + country + "/" + year);
    }

    private io.restassured.response.Response upload(String country, int year, String ics) {
        return given().auth().oauth2(platform).contentType("text/calendar").body(ics)
                .put("/api/v1/platform/calendars/" + country + "/" + year);
    }

    private PromiseDtos.PromiseView onSitePromise(UUID tenant, OffsetDateTime from) {
        return context.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(
                () -> PromiseClock.view(promises.start(PromiseDtos.PromiseKind.ON_SITE, from))));
    }

    private static void standOn(String instant) {
        QuarkusMock.installMockForType(new CalendarClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)), CalendarClock.class);
    }

    @Test
    void migrationPublishedChina2026AndChineseTenantsInheritIt() {
        given().auth().oauth2(platform).get("/api/v1/platform/calendars/CN/2026").then().statusCode(200)
                .body("holidays.date", hasItem("2026-10-01")).body("makeUpWorkingDays.date", hasItem("2026-09-20"));
        String manager = Tokens.manager(tenants.create());
        given().auth().oauth2(manager).get("/api/v1/calendar").then().statusCode(200)
                .body("country", equalTo("CN")).body("publishedYears", hasItem(2026))
                .body("holidays.find { it.date == '2026-10-01' }.source", equalTo("COUNTRY"))
                .body("makeUpWorkingDays.find { it.date == '2026-09-20' }.source", equalTo("COUNTRY"));
    }

    @Test
    void publishedByJsonATenantsPromiseSkipsTheHolidaysAndTheNoteGoes() {
        UUID tenant = tenantIn("IT");
        publish("IT", 2026, EMPTY).then().statusCode(200).body("version", equalTo(0));

        PromiseDtos.PromiseView unknown = onSitePromise(tenant, FRIDAY_BEFORE);
        assertEquals(OffsetDateTime.parse("2027-02-10T10:00:00+08:00").toInstant(), unknown.dueAt().toInstant(), "weekends only");
        assertEquals(2027, unknown.calendarUnknownFrom());
        assertEquals("The calendar for 2027 is not yet published; its holidays were counted as working days.", unknown.calendarNote());

        publish("IT", 2027, SPRING_2027).then().statusCode(200).body("country", equalTo("IT")).body("year", equalTo(2027))
                .body("holidays.date", hasItems("2027-02-08", "2027-02-12")).body("makeUpWorkingDays[0].date", equalTo("2027-02-07"));

        PromiseDtos.PromiseView known = onSitePromise(tenant, FRIDAY_BEFORE);
        // Sunday the 7th is a make-up working day, Monday to Friday are holidays: the 3rd working day is Tuesday the 16th.
        assertEquals(OffsetDateTime.parse("2027-02-16T10:00:00+08:00").toInstant(), known.dueAt().toInstant());
        assertNull(known.calendarUnknownFrom());
        assertNull(known.calendarNote());

        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/calendar").then().statusCode(200)
                .body("publishedYears", equalTo(List.of(2026, 2027)))
                .body("holidays.find { it.date == '2027-02-08' }.source", equalTo("COUNTRY"));
    }

    @Test
    void publishedByICalendarWithRangesAndWorkdayCategory() {
        UUID tenant = tenantIn("DE");
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:1@test", "DTSTART;VALUE=DATE:20270208", "DTEND;VALUE=DATE:20270213",
                "SUMMARY:Spring \\, Festival", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2@test", "DTSTART;VALUE=DATE:20270207", "SUMMARY:Make-up", "  day", "CATEGORIES:WORKDAY",
                "BEGIN:VALARM", "ACTION:DISPLAY", "DTSTART:20270101T000000Z", "END:VALARM", "END:VEVENT",
                "END:VCALENDAR", "");
        upload("DE", 2027, ics).then().statusCode(200)
                .body("holidays.date", equalTo(List.of("2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12")))
                .body("holidays[0].name", equalTo("Spring , Festival"))
                .body("makeUpWorkingDays.date", equalTo(List.of("2027-02-07")))
                .body("makeUpWorkingDays[0].name", equalTo("Make-up day"));
        assertEquals(OffsetDateTime.parse("2027-02-16T10:00:00+08:00").toInstant(), onSitePromise(tenant, FRIDAY_BEFORE).dueAt().toInstant());
        given().auth().oauth2(platform).get("/api/v1/platform/calendars/DE").then().statusCode(200)
                .body("years.year", equalTo(List.of(2027))).body("years[0].holidays", equalTo(5)).body("tenants", equalTo(1));
    }

    @Test
    void theTenantsOwnDayWinsOverTheCountrys() {
        UUID tenant = tenantIn("PT");
        publish("PT", 2027, SPRING_2027).then().statusCode(200);
        String manager = Tokens.manager(tenant);
        // Work on the published Monday holiday; close on the published Sunday make-up day; keep the rest as read.
        String calendar = """
                {"version":0,"workingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                 "holidays":[{"date":"2027-02-07","name":"Shop closed"},{"date":"2027-02-09","name":"Spring Festival"},
                             {"date":"2027-02-10","name":"Spring Festival"},{"date":"2027-02-11","name":"Spring Festival"},
                             {"date":"2027-02-12","name":"Spring Festival"}],
                 "makeUpWorkingDays":[{"date":"2027-02-08","name":"We work"}]}""";
        given().auth().oauth2(manager).contentType("application/json").body(calendar).put("/api/v1/calendar").then().statusCode(200)
                .body("holidays.find { it.date == '2027-02-07' }.source", equalTo("TENANT"))
                .body("holidays.find { it.date == '2027-02-09' }.source", equalTo("COUNTRY"))
                .body("makeUpWorkingDays.find { it.date == '2027-02-08' }.source", equalTo("TENANT"))
                .body("holidays.date", not(hasItem("2027-02-08")))
                .body("makeUpWorkingDays.date", not(hasItem("2027-02-07")));
        // Working days after Friday the 5th: Monday the 8th (own), then Monday the 15th and Tuesday the 16th.
        assertEquals(OffsetDateTime.parse("2027-02-16T10:00:00+08:00").toInstant(), onSitePromise(tenant, FRIDAY_BEFORE).dueAt().toInstant());
        given().auth().oauth2(manager).contentType("application/json")
                .body(calendar.replace("{\"date\":\"2027-02-07\",\"name\":\"Shop closed\"},", "")
                        .replace("{\"date\":\"2027-02-08\",\"name\":\"We work\"}", "{\"date\":\"2027-02-10\",\"name\":\"We work\"}")
                        .replace("{\"date\":\"2027-02-10\",\"name\":\"Spring Festival\"},", "")
                        .replace("\"version\":0", "\"version\":1"))
                .put("/api/v1/calendar").then().statusCode(200);
        // Now the country's Sunday make-up day is back, the 8th is a holiday again and the 10th is the tenant's working day.
        assertEquals(OffsetDateTime.parse("2027-02-15T10:00:00+08:00").toInstant(), onSitePromise(tenant, FRIDAY_BEFORE).dueAt().toInstant());
    }

    @Test
    void managersSeeTheWarningFromFirstNovemberInTheTenantsZone() {
        UUID tenant = tenantIn("ES");
        publish("ES", 2026, EMPTY).then().statusCode(200);
        String manager = Tokens.manager(tenant);
        standOn("2026-10-31T15:59:00Z"); // 23:59 on 31 October in Shanghai
        given().auth().oauth2(manager).get("/api/v1/calendar").then().statusCode(200).body("warning", nullValue());
        standOn("2026-10-31T16:01:00Z"); // 00:01 on 1 November in Shanghai
        given().auth().oauth2(manager).get("/api/v1/calendar").then().statusCode(200)
                .body("warning.code", equalTo("NEXT_YEAR_NOT_PUBLISHED")).body("warning.year", equalTo(2027));
        publish("ES", 2027, EMPTY).then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/calendar").then().statusCode(200).body("warning", nullValue());
    }

    @Test
    void thePlatformAdminSeesTheWarningFromFirstNovember() {
        tenantIn("NL");
        publish("NL", 2026, EMPTY).then().statusCode(200);
        standOn("2026-10-31T23:59:00Z");
        given().auth().oauth2(platform).get("/api/v1/platform/calendars").then().statusCode(200)
                .body("items.find { it.country == 'NL' }.warning", nullValue());
        standOn("2026-11-01T00:01:00Z");
        given().auth().oauth2(platform).get("/api/v1/platform/calendars").then().statusCode(200)
                .body("items.find { it.country == 'NL' }.warning.year", equalTo(2027))
                .body("items.find { it.country == 'NL' }.tenants", equalTo(1));
        given().auth().oauth2(platform).get("/api/v1/platform/calendars/NL").then().body("warning.code", equalTo("NEXT_YEAR_NOT_PUBLISHED"));
    }

    @Test
    void aTenantWithoutCountryGetsNoNoteNorWarning() {
        UUID tenant = tenants.create("Europe/London");
        standOn("2026-12-01T12:00:00Z");
        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/calendar").then().statusCode(200)
                .body("country", nullValue()).body("warning", nullValue()).body("holidays", equalTo(List.of()));
        assertNull(onSitePromise(tenant, FRIDAY_BEFORE).calendarUnknownFrom());
    }

    @Test
    void invalidJsonSchedulesNameTheField() {
        publish("FR", 2027, """
                {"holidays":[{"date":"2026-12-31","name":"Old year"}],"makeUpWorkingDays":[]}""")
                .then().statusCode(400).body("errors[0].field", equalTo("holidays[0].date"));
        publish("FR", 2027, """
                {"holidays":[{"date":"2027-05-01","name":"May Day"}],"makeUpWorkingDays":[{"date":"2027-05-01","name":"Work"}]}""")
                .then().statusCode(400).body("errors[0].field", equalTo("makeUpWorkingDays[0].date"));
        publish("FR", 2027, """
                {"holidays":[{"date":"2027-05-01","name":"May Day"},{"date":"2027-05-01","name":"Again"}],"makeUpWorkingDays":[]}""")
                .then().statusCode(400).body("errors[0].field", equalTo("holidays[1].date"));
        publish("FR", 2027, """
                {"holidays":[{"date":"2027-05-01","name":"—!"}],"makeUpWorkingDays":[]}""")
                .then().statusCode(400).body("errors[0].field", equalTo("holidays[0].name"));
        publish("FR", 2027, """
                {"holidays":[{"date":"2027-05-01","name":"  "}],"makeUpWorkingDays":[]}""")
                .then().statusCode(400).body("errors.field", hasItem("holidays[0].name"));
        publish("FR", 1999, EMPTY).then().statusCode(400).body("errors[0].field", equalTo("year"));
        publish("FR", 2200, EMPTY).then().statusCode(400).body("errors[0].field", equalTo("year"));
        publish("XX", 2027, EMPTY).then().statusCode(400).body("errors[0].field", equalTo("country"));
        publish("FR", 2027, "{\"holidays\":[{\"date\":\"2027-02-30\",\"name\":\"x\"}],\"makeUpWorkingDays\":[]}")
                .then().statusCode(400).body("errors[0].field", equalTo("holidays[0].date"));
    }

    @Test
    void replacingAPublishedYearNeedsTheVersionRead() {
        tenantIn("BE");
        publish("BE", 2027, EMPTY).then().statusCode(200).body("version", equalTo(0));
        publish("BE", 2027, SPRING_2027).then().statusCode(400).body("errors[0].field", equalTo("version"));
        publish("BE", 2027, SPRING_2027.replace("{\"holidays\"", "{\"version\":5,\"holidays\"")).then().statusCode(409);
        publish("BE", 2027, SPRING_2027.replace("{\"holidays\"", "{\"version\":0,\"holidays\"")).then().statusCode(200)
                .body("version", equalTo(1));
        given().auth().oauth2(platform).get("/api/v1/platform/calendars/BE/2027").then().statusCode(200)
                .body("holidays", org.hamcrest.Matchers.hasSize(5));
        given().auth().oauth2(platform).get("/api/v1/platform/calendars/BE/2028").then().statusCode(404);
    }

    @Test
    void malformedICalendarNamesTheLine() {
        upload("AT", 2027, "BEGIN:VEVENT\r\nEND:VEVENT\r\n").then().statusCode(400).body("errors[0].field", equalTo("line 1: BEGIN"));
        upload("AT", 2027, String.join("\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20270501T090000", "SUMMARY:May Day",
                "END:VEVENT", "END:VCALENDAR")).then().statusCode(400).body("errors[0].field", equalTo("line 3: DTSTART"));
        upload("AT", 2027, String.join("\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270501",
                "END:VEVENT", "END:VCALENDAR")).then().statusCode(400).body("errors[0].field", equalTo("line 2: SUMMARY"));
        upload("AT", 2027, String.join("\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270501",
                "DTEND;VALUE=DATE:20270501", "SUMMARY:May Day", "END:VEVENT", "END:VCALENDAR"))
                .then().statusCode(400).body("errors[0].field", equalTo("line 4: DTEND"));
        upload("AT", 2027, String.join("\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20271231",
                "DTEND;VALUE=DATE:20280102", "SUMMARY:New Year", "END:VEVENT", "END:VCALENDAR"))
                .then().statusCode(400).body("errors[0].field", equalTo("line 3: DTSTART"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("2028-01-01"));
        upload("AT", 2027, String.join("\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "this is not ical", "END:VEVENT", "END:VCALENDAR"))
                .then().statusCode(400).body("errors[0].field", equalTo("line 3: line"));
        upload("AT", 2027, String.join("\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270501", "SUMMARY:May Day",
                "END:VEVENT")).then().statusCode(400).body("errors[0].field", equalTo("line 5: END"));
        upload("AT", 2027, "").then().statusCode(400).body("errors[0].field", equalTo("file"));
        given().auth().oauth2(platform).get("/api/v1/platform/calendars/AT/2027").then().statusCode(404);
    }

    @Test
    void onlyThePlatformAdminPublishes() {
        UUID tenant = tenants.create();
        for (String token : List.of(Tokens.manager(tenant), Tokens.of(tenant, "dispatcher"), Tokens.of(tenant, "integration"))) {
            given().auth().oauth2(token).contentType("application/json").body(EMPTY).put("/api/v1/platform/calendars/CN/2027")
                    .then().statusCode(403);
            given().auth().oauth2(token).contentType("text/calendar").body("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
                    .put("/api/v1/platform/calendars/CN/2027").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/platform/calendars").then().statusCode(403);
        }
        given().auth().oauth2(platform).get("/api/v1/platform/calendars").then().statusCode(200)
                .body("items.find { it.country == 'CN' }.years.year", hasItem(2026)).body("items", notNullValue());
    }

    @Test
    void aRequestsPromiseShowsTheNoteUntilItsYearIsPublished() throws Exception {
        UUID tenant = tenantIn("SE");
        int year = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).getYear();
        publish("SE", year - 1, EMPTY).then().statusCode(200);
        UUID customer = io.aftercare.support.TestCustomers.customer(tenant);
        String dispatcher = Tokens.of(tenant, "dispatcher");
        String body = "{\"channel\":\"PHONE\",\"customerId\":\"%s\",\"category\":\"FAULT\",\"description\":\"不制冷\"}".formatted(customer);
        given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/service-requests").then().statusCode(201)
                .body("promise.calendarUnknownFrom", equalTo(year))
                .body("promise.calendarNote", equalTo("The calendar for " + year + " is not yet published; its holidays were counted as working days."));
        publish("SE", year, EMPTY).then().statusCode(200);
        publish("SE", year + 1, EMPTY).then().statusCode(200);
        given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/service-requests").then().statusCode(201)
                .body("promise.kind", equalTo("ON_SITE")).body("promise.calendarUnknownFrom", nullValue()).body("promise.calendarNote", nullValue());
    }
}
