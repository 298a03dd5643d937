package io.aftercare.attendance;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance from clocks (office staff), work orders (field days) and approved leave, counted against the calendar. */
@QuarkusTest
class AttendanceTest {

    static final String THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    @Inject
    TestTenants tenants;

    static Map<String, Object> row(String token, String month, UUID person) {
        List<Map<String, Object>> items = given().auth().oauth2(token).get("/api/v1/attendance/sheet?month=" + month).then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(i -> person.toString().equals(i.get("personId"))).findFirst().orElse(null);
    }

    @Test
    void officeStaffClockInOnceAndOutAndArePresentThatDay() throws Exception {
        UUID tenant = tenants.create();
        UUID clerk = OwnerDatabase.insertStaff(tenant, "clerk", "dispatcher");
        String token = Tokens.claims(tenant, "dispatcher").subject(clerk.toString()).sign();
        given().auth().oauth2(token).contentType("application/json").body("{\"latitude\":31.2,\"longitude\":121.5,\"place\":\"总部\"}")
                .post("/api/v1/attendance/clock-in").then().statusCode(200).body("personId", equalTo(clerk.toString()))
                .body("inPlace", equalTo("总部")).body("clockOutAt", equalTo(null));
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/attendance/clock-in").then().statusCode(409);
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/attendance/clock-out").then().statusCode(200)
                .body("clockOutAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/attendance/clock-out").then().statusCode(409);
        given().auth().oauth2(token).contentType("application/json").body("{\"latitude\":91}").post("/api/v1/attendance/clock-in").then()
                .statusCode(400);
        Map<String, Object> row = row(token, THIS_MONTH, clerk);
        assertEquals(1, row.get("presentDays"));
        assertEquals(0, row.get("fieldDays"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonPath detail = given().auth().oauth2(token).get("/api/v1/attendance/people/" + clerk + "?month=" + THIS_MONTH).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("PRESENT", detail.getString("days.find { it.date == '" + today + "' }.kind"));
        assertEquals(1, detail.getList("days.find { it.date == '" + today + "' }.clocks").size());
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).contentType("application/json").body("{}")
                .post("/api/v1/attendance/clock-in").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/attendance/sheet?month=2026-13").then().statusCode(400).body("errors[0].field", equalTo("month"));
    }

    @Test
    void aCheckInOnAWorkOrderIsAFieldDayAndInstallersSeeOnlyThemselves() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        TestOrders.Order order = TestOrders.workDone(tenant, TestCustomers.customer(tenant), "REPAIR");
        UUID installer = UUID.fromString(given().auth().oauth2(manager).get("/api/v1/work-orders/" + order.id()).then().statusCode(200)
                .extract().path("order.leadInstallerId"));
        UUID colleague = TestInstallers.installer(tenant, manager);
        Map<String, Object> row = row(manager, THIS_MONTH, installer);
        assertEquals(1, row.get("fieldDays"));
        assertEquals(0, row.get("presentDays"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().auth().oauth2(order.installerToken()).get("/api/v1/attendance/people/" + installer + "?month=" + THIS_MONTH).then().statusCode(200)
                .body("days.find { it.date == '" + today + "' }.kind", equalTo("FIELD"));

        given().auth().oauth2(order.installerToken()).get("/api/v1/attendance/sheet?month=" + THIS_MONTH).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].personId", equalTo(installer.toString()));
        given().auth().oauth2(order.installerToken()).get("/api/v1/attendance/people/" + colleague + "?month=" + THIS_MONTH).then().statusCode(404);

        UUID other = tenants.create();
        String otherManager = Tokens.manager(other);
        assertEquals(null, row(otherManager, THIS_MONTH, installer));
        given().auth().oauth2(otherManager).get("/api/v1/attendance/people/" + installer + "?month=" + THIS_MONTH).then().statusCode(404);
    }

    @Test
    void approvedLeaveCountsOnWorkingDaysAndTheRestOfTheCalendarIsAbsentAlsoInTheSpreadsheet() throws Exception {
        UUID tenant = tenants.create("Europe/Berlin"); // Monday–Friday, no public holidays: September 2026 has 22 working days
        String manager = Tokens.manager(tenant);
        UUID installer = TestInstallers.installer(tenant, manager);
        for (String[] days : List.of(new String[]{"2026-09-14", "2026-09-15"}, new String[]{"2026-09-18", "2026-09-21"})) {
            String leave = given().auth().oauth2(manager).contentType("application/json")
                    .body("{\"firstDay\":\"%s\",\"lastDay\":\"%s\",\"reason\":\"事假\"}".formatted(days[0], days[1]))
                    .post("/api/v1/installers/" + installer + "/leave-requests").then().statusCode(201).extract().path("id");
            given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"approve\":true}")
                    .post("/api/v1/installers/" + installer + "/leave-requests/" + leave + "/decision").then().statusCode(200);
        }
        String rejected = given().auth().oauth2(manager).contentType("application/json")
                .body("{\"firstDay\":\"2026-09-01\",\"lastDay\":\"2026-09-01\",\"reason\":\"x\"}")
                .post("/api/v1/installers/" + installer + "/leave-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"approve\":false}")
                .post("/api/v1/installers/" + installer + "/leave-requests/" + rejected + "/decision").then().statusCode(200);

        Map<String, Object> row = row(manager, "2026-09", installer);
        assertEquals(22, row.get("workingDays"));
        assertEquals(4, row.get("leaveDays")); // 14, 15, 18 and 21 September; the weekend in between is no leave day
        assertEquals(18, row.get("absentDays"));
        assertEquals(0, row.get("presentDays"));
        given().auth().oauth2(manager).get("/api/v1/attendance/people/" + installer + "?month=2026-09").then().statusCode(200)
                .body("days.find { it.date == '2026-09-19' }.kind", equalTo("OFF"))
                .body("days.find { it.date == '2026-09-21' }.kind", equalTo("LEAVE"))
                .body("days.find { it.date == '2026-09-22' }.kind", equalTo("ABSENT"));

        byte[] xlsx = given().auth().oauth2(manager).get("/api/v1/attendance/sheet.xlsx?month=2026-09").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("姓名 Name", rows.get(1).getCellText(0));
            assertEquals("缺勤天数 Absent days", rows.get(1).getCellText(4));
            Row last = rows.get(rows.size() - 1);
            assertEquals("合计 Total", last.getCellText(0));
            // the installer and the tenant's first staff (none clocked): the installer's leave and absences are in the totals
            assertEquals("4", last.getCellText(3));
            assertTrue(rows.stream().anyMatch(r -> "18".equals(r.getCellText(4)) && "4".equals(r.getCellText(3))));
        }
    }
}
