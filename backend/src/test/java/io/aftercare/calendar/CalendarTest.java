package io.aftercare.calendar;

import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CalendarTest {

    @Inject
    TestTenants tenants;

    String manager;

    @BeforeEach
    void tenant() {
        manager = Tokens.manager(tenants.create());
    }

    @Test
    void chineseTenantStartsWithTheHolidaysAndMakeUpDays() {
        given().auth().oauth2(manager).get("/api/v1/calendar").then().statusCode(200)
                .body("workingDays", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))
                .body("holidays.date", hasItem("2026-10-01"))
                .body("makeUpWorkingDays.date", hasItem("2026-09-20"));
    }

    /** A tenant without a country has only its own days, so the calendar it sends is the calendar it gets. */
    @Test
    void managerReplacesTheCalendar() {
        String manager = Tokens.manager(tenants.create("Europe/London"));
        String calendar = """
                {"version":0,"workingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY"],
                 "holidays":[{"date":"2026-12-25","name":"Store closed"},{"date":"2026-01-01","name":"New Year"}],
                 "makeUpWorkingDays":[]}""";
        given().auth().oauth2(manager).contentType("application/json").body(calendar).put("/api/v1/calendar")
                .then().statusCode(200).body("version", equalTo(1))
                .body("holidays.date", equalTo(List.of("2026-01-01", "2026-12-25")))
                .body("workingDays", hasSize(6))
                .body("holidays.source", equalTo(List.of("TENANT", "TENANT")));
    }

    @Test
    void dayThatIsBothHolidayAndMakeUpDayIsRefusedAtTheField() {
        String calendar = """
                {"version":0,"workingDays":["MONDAY"],
                 "holidays":[{"date":"2026-10-01","name":"National Day"}],
                 "makeUpWorkingDays":[{"date":"2026-10-10","name":"ok"},{"date":"2026-10-01","name":"clash"}]}""";
        given().auth().oauth2(manager).contentType("application/json").body(calendar).put("/api/v1/calendar")
                .then().statusCode(400).body("errors[0].field", equalTo("makeUpWorkingDays[1].date"));
    }

    @Test
    void invalidDaysNameTheirFields() {
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"workingDays\":[\"FUNDAY\"],\"holidays\":[],\"makeUpWorkingDays\":[]}")
                .put("/api/v1/calendar").then().statusCode(400).body("errors[0].field", equalTo("workingDays[0]"));
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"workingDays\":[\"MONDAY\"],\"holidays\":[{\"date\":\"2026-13-01\",\"name\":\"x\"}],\"makeUpWorkingDays\":[]}")
                .put("/api/v1/calendar").then().statusCode(400).body("errors[0].field", equalTo("holidays[0].date"));
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"workingDays\":[],\"holidays\":[{\"date\":\"2026-05-01\",\"name\":\"\"}],\"makeUpWorkingDays\":[]}")
                .put("/api/v1/calendar").then().statusCode(400)
                .body("errors.field", equalTo(List.of("holidays[0].name", "workingDays")));
    }
}
