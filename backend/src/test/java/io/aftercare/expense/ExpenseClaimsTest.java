package io.aftercare.expense;

import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Receipts must match the trip's destination and days; approved claims are reimbursed beside pay, lodging into the allowance. */
@QuarkusTest
class ExpenseClaimsTest {

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    ExpenseReimbursementPay pay;

    UUID tenant;
    String manager;
    UUID installer;
    String installerToken;
    String tripId;

    @BeforeEach
    void trip() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        installer = TestInstallers.installer(tenant, manager);
        installerToken = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
        String order = TestOrders.create(Tokens.of(tenant, "dispatcher"), TestCustomers.customer(tenant), "REPAIR", OffsetDateTime.now().plusDays(1));
        tripId = given().auth().oauth2(manager).contentType("application/json").body("""
                        {"personIds":["%s"],"destination":"Suzhou","firstDay":"2026-11-02","lastDay":"2026-11-04","workOrderIds":["%s"],"purpose":"安装"}"""
                        .formatted(installer, order))
                .post("/api/v1/trips").then().statusCode(201).extract().path("id");
    }

    static String receipt(String category, String amount, String date, String place, String number) {
        return receipt(category, amount, date, place, number, null);
    }

    static String receipt(String category, String amount, String date, String place, String number, String overrideReason) {
        return """
                {"category":"%s","amount":"%s","date":"%s","place":"%s","receiptNumber":"%s"%s}""".formatted(category, amount, date, place, number,
                overrideReason == null ? "" : ",\"override\":{\"reason\":\"" + overrideReason + "\"}");
    }

    Response submit(String token, String personId, String... receipts) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"tripId\":\"%s\"%s,\"receipts\":[%s]}".formatted(tripId, personId == null ? "" : ",\"personId\":\"" + personId + "\"",
                        String.join(",", receipts)))
                .post("/api/v1/expense-claims");
    }

    @Test
    void aReceiptFromAnotherCityOrDayRefusesTheClaimUnlessAManagerOverridesIt() {
        submit(installerToken, null, receipt("FUEL", "200.00", "2026-11-02", " suzhou ", "F-1"),
                receipt("TOLL", "35.00", "2026-11-03", "Hangzhou", "T-1"), receipt("FUEL", "80.00", "2026-11-05", "Suzhou", "F-2"))
                .then().statusCode(422).body("errors.field", contains("receipts[1].place", "receipts[2].date"));
        submit(installerToken, null, receipt("TOLL", "35.00", "2026-11-03", "Hangzhou", "T-1", "走杭州绕行"))
                .then().statusCode(400).body("errors[0].field", equalTo("receipts[0].override"));
        submit(manager, installer.toString(), receipt("TOLL", "35.00", "2026-11-03", "Hangzhou", "T-1", "走杭州绕行"))
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("receipts[0].overrideReason", equalTo("走杭州绕行"))
                .body("total", equalTo("35.00"));
        submit(installerToken, null, receipt("FUEL", "abc", "2026-11-02", "Suzhou", "F-9")).then().statusCode(400)
                .body("errors[0].field", equalTo("receipts[0].amount"));
    }

    @Test
    void approvedClaimsAreReimbursedAndLodgingGoesIntoTheAllowanceAtTheCap() {
        Response first = submit(installerToken, null, receipt("FUEL", "200.00", "2026-11-02", "Suzhou", "F-1"),
                receipt("LODGING", "128.00", "2026-11-02", "Suzhou", "H-1"), receipt("LODGING", "90.00", "2026-11-03", "Suzhou", "H-2"),
                receipt("LOCAL_TRANSPORT", "12.50", "2026-11-03", "SUZHOU", "B-1"));
        first.then().statusCode(201).body("number", equalTo("EC-000001")).body("total", equalTo("430.50"))
                .body("receipts.aboveCap", contains(false, true, false, false)).body("receipts[0].duplicateOf", nullValue());
        String id = first.path("id");
        submit(installerToken, null, receipt("FUEL", "50.00", "2026-11-04", "Suzhou", "F-1")).then().statusCode(201)
                .body("receipts[0].duplicateOf", equalTo("EC-000001"));

        given().auth().oauth2(installerToken).contentType("application/json").body("{\"version\":0}")
                .post("/api/v1/expense-claims/" + id + "/approve").then().statusCode(403);
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0}")
                .post("/api/v1/expense-claims/" + id + "/paid").then().statusCode(409).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0}")
                .post("/api/v1/expense-claims/" + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("reimbursed", equalTo("212.50"));
        // meals 3 × 3 × 15.00 = 135.00; lodging 100.00 (capped, not accepted) + 90.00
        given().auth().oauth2(manager).get("/api/v1/trips/" + tripId).then().statusCode(200)
                .body("allowances[0].lodgingClaimed", equalTo("218.00")).body("allowances[0].lodging", equalTo("190.00"))
                .body("allowances[0].lodgingAboveCap", equalTo(true)).body("allowances[0].total", equalTo("325.00"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":1,\"reason\":\"late\"}")
                .post("/api/v1/expense-claims/" + id + "/reject").then().statusCode(409);
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":1}")
                .post("/api/v1/expense-claims/" + id + "/paid").then().statusCode(200).body("status", equalTo("PAID"));

        YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        List<PayLine> lines = work.inTransactionOf(tenant, () -> pay.lines(month));
        assertEquals(1, lines.size());
        assertEquals(PayComponent.REIMBURSEMENT, lines.get(0).component());
        assertEquals(new BigDecimal("212.50"), lines.get(0).amount());
        assertEquals(installer, lines.get(0).personId());
    }

    @Test
    void theManagerMayAcceptLodgingAboveTheCapOrRejectWithAReason() {
        String id = submit(installerToken, null, receipt("LODGING", "128.00", "2026-11-02", "Suzhou", "H-1")).path("id");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"acceptAboveCap\":true}")
                .post("/api/v1/expense-claims/" + id + "/approve").then().statusCode(200).body("reimbursed", equalTo("0.00"));
        given().auth().oauth2(manager).get("/api/v1/trips/" + tripId).then()
                .body("allowances[0].lodging", equalTo("128.00")).body("allowances[0].lodgingAboveCap", equalTo(false))
                .body("allowances[0].total", equalTo("263.00"));

        String other = submit(installerToken, null, receipt("OTHER", "10.00", "2026-11-02", "Suzhou", "O-1")).path("id");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0}")
                .post("/api/v1/expense-claims/" + other + "/reject").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"reason\":\"发票不合规\"}")
                .post("/api/v1/expense-claims/" + other + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("发票不合规"));
    }

    @Test
    void anotherTenantOrAnotherInstallerSeesNothing() throws Exception {
        String id = submit(installerToken, null, receipt("FUEL", "20.00", "2026-11-02", "Suzhou", "F-1")).path("id");
        UUID other = tenants.create();
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/expense-claims/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.manager(other)).contentType("application/json").body("{\"version\":0}")
                .post("/api/v1/expense-claims/" + id + "/approve").then().statusCode(404);
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/expense-claims").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        UUID colleague = TestInstallers.installer(tenant, manager);
        String colleagueToken = Tokens.claims(tenant, "installer").subject(colleague.toString()).sign();
        given().auth().oauth2(colleagueToken).get("/api/v1/expense-claims/" + id).then().statusCode(404);
        given().auth().oauth2(colleagueToken).get("/api/v1/expense-claims").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        submit(colleagueToken, null, receipt("FUEL", "20.00", "2026-11-02", "Suzhou", "F-7")).then().statusCode(400)
                .body("errors[0].field", equalTo("tripId"));
        given().auth().oauth2(installerToken).get("/api/v1/expense-claims").then().statusCode(200).body("items.id", contains(id));
    }
}
