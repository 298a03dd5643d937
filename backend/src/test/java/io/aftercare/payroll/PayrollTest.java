package io.aftercare.payroll;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The month's payroll from its sources; locking freezes it, and corrections go into the next open month. */
@QuarkusTest
class PayrollTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;
    UUID installer;
    String month;
    String previous;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        installer = TestInstallers.installer(tenant, manager);
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        month = now.toString();
        previous = now.minusMonths(1).toString();
    }

    Response post(String path, String body) {
        return given().auth().oauth2(manager).contentType("application/json").body(body).post(path);
    }

    String manual(String kind, String amount, LocalDate day) {
        String priced = amount == null ? "" : ",\"amount\":\"" + amount + "\"";
        return post("/api/v1/discipline-entries", "{\"installerId\":\"%s\",\"kind\":\"%s\"%s,\"description\":\"手工\",\"occurredOn\":\"%s\"}"
                .formatted(installer, kind, priced, day)).then().statusCode(201).extract().path("id");
    }

    @Test
    void netPayIsBaseSalaryPlusRewardsMinusFinesAndEachLineLeadsToItsSource() throws Exception {
        LocalDate first = YearMonth.parse(month).atDay(1);
        String fine = manual("FINE", "50.00", first);
        manual("REWARD", "10.00", first);
        manual("COST_CHARGE", "180.00", first);
        manual("WARNING", null, first);
        given().auth().oauth2(manager).get("/api/v1/payroll/" + month).then().statusCode(200).body("locked", equalTo(false))
                .body("rows", hasSize(1)).body("rows[0].personId", equalTo(installer.toString()))
                .body("rows[0].baseSalary", equalTo("4500.00")).body("rows[0].rewards", equalTo("10.00"))
                .body("rows[0].fines", equalTo("50.00")).body("rows[0].costCharges", equalTo("180.00"))
                .body("rows[0].netPay", equalTo("4280.00")).body("totals.netPay", equalTo("4280.00"));
        given().auth().oauth2(manager).get("/api/v1/payroll/" + month + "/people/" + installer).then().statusCode(200)
                .body("lines", hasSize(4)).body("lines.sourceId", hasItem(fine)).body("lines.sourceType", hasItem("DISCIPLINE_ENTRY"));
        // Another tenant's manager sees none of it.
        UUID other = tenants.create();
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/payroll/" + month + "/people/" + installer).then().statusCode(404);
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/payroll/" + month).then().body("rows", hasSize(0));
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/payroll/" + month).then().statusCode(403);
        given().auth().oauth2(manager).get("/api/v1/payroll/2026-13").then().statusCode(400).body("errors[0].field", equalTo("month"));
    }

    @Test
    void aLockedMonthIsFrozenRejectsChangesAndCorrectionsGoIntoTheNextMonth() throws Exception {
        LocalDate inPrevious = YearMonth.parse(previous).atDay(2);
        String fine = manual("FINE", "50.00", inPrevious);
        post("/api/v1/payroll/" + previous + "/lock", "").then().statusCode(200).body("locked", equalTo(true))
                .body("rows[0].fines", equalTo("50.00"));
        post("/api/v1/payroll/" + previous + "/lock", "").then().statusCode(409).body("type", equalTo("https://aftercare.dev/problems/pay-month-locked"));
        post("/api/v1/payroll/" + previous + "/adjustments", "{\"personId\":\"%s\",\"amount\":\"20.00\",\"reason\":\"补发\"}".formatted(installer))
                .then().statusCode(409);
        // A fine for a day of the locked month now counts in this month, marked as a correction.
        String late = manual("FINE", "30.00", inPrevious);
        given().auth().oauth2(manager).get("/api/v1/discipline-entries/" + late).then().body("payMonth", equalTo(month));
        // Waiving the fine paid in the locked month refunds it in this month.
        int version = given().auth().oauth2(manager).get("/api/v1/discipline-entries/" + fine).then().extract().path("version");
        post("/api/v1/discipline-entries/" + fine + "/waiver", "{\"version\":%d,\"reason\":\"申诉属实\"}".formatted(version)).then().statusCode(200)
                .body("status", equalTo("WAIVED"));
        given().auth().oauth2(manager).get("/api/v1/payroll/" + previous).then().body("rows[0].fines", equalTo("50.00"))
                .body("rows[0].netPay", equalTo("4450.00"));
        given().auth().oauth2(manager).get("/api/v1/payroll/" + month).then().body("rows[0].fines", equalTo("30.00"))
                .body("rows[0].adjustments", equalTo("50.00")).body("rows[0].netPay", equalTo("4520.00"));
        given().auth().oauth2(manager).get("/api/v1/payroll/" + month + "/people/" + installer).then()
                .body("lines.correctionOf", hasItem(previous));
        post("/api/v1/payroll/" + month + "/adjustments", "{\"personId\":\"%s\",\"amount\":\"-20.00\",\"reason\":\"多发扣回\"}".formatted(installer))
                .then().statusCode(200).body("row.adjustments", equalTo("30.00"));
        post("/api/v1/payroll/" + YearMonth.parse(month).plusMonths(2) + "/lock", "").then().statusCode(409);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from pay_month"));
    }

    @Test
    void theXlsxHasOneRowPerPersonAColumnPerComponentAndTotals() throws Exception {
        UUID second = TestInstallers.installer(tenant, manager);
        manual("FINE", "50.00", YearMonth.parse(month).atDay(1));
        byte[] xlsx = given().auth().oauth2(manager).get("/api/v1/payroll/" + month + "/export.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals("姓名 Name", rows.get(1).getCellText(0));
            assertEquals("实发工资 Net pay", rows.get(1).getCellText(7));
            assertEquals(5, rows.size(), "title, header, two people, totals");
            Row totals = rows.get(4);
            assertEquals("合计 Total", totals.getCellText(0));
            assertEquals(0, new BigDecimal("9000").compareTo(totals.getCellAsNumber(1).orElseThrow()));
            assertEquals(0, new BigDecimal("50").compareTo(totals.getCellAsNumber(4).orElseThrow()));
            assertEquals(0, new BigDecimal("8950").compareTo(totals.getCellAsNumber(7).orElseThrow()));
        }
        assertEquals(2, OwnerDatabase.count(tenant, "select count(*) from installer where id in (?::uuid, ?::uuid)", installer.toString(), second.toString()));
    }
}
