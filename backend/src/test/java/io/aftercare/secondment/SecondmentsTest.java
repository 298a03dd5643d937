package io.aftercare.secondment;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Secondments charge the borrowing point days × persons × the rate kept at creation; seconded-in staff may go on its trips. */
@QuarkusTest
class SecondmentsTest {

    @Inject
    TestTenants tenants;

    static String point(String manager, String name) {
        return given().auth().oauth2(manager).contentType("application/json")
                .body("{\"kind\":\"BRANCH\",\"name\":\"%s\",\"address\":\"文三路 100 号\"}".formatted(name))
                .post("/api/v1/service-points").then().statusCode(201).extract().path("id");
    }

    static UUID installerOf(UUID tenant, String manager, String point) throws Exception {
        UUID id = TestInstallers.installer(tenant, manager);
        OwnerDatabase.execute(tenant, "update installer set service_point_ids = ARRAY[?::uuid] where id = ?", point, id);
        return id;
    }

    static String lend(String manager, String from, String to, String first, String last, UUID... persons) {
        return """
                {"lendingServicePointId":"%s","borrowingServicePointId":"%s","personIds":[%s],"firstDay":"%s","lastDay":"%s"}"""
                .formatted(from, to, String.join(",", java.util.Arrays.stream(persons).map(p -> "\"" + p + "\"").toList()), first, last);
    }

    @Test
    void theBorrowingPointIsChargedPerDayAndPersonProratedToTheMonth() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        String east = point(manager, "东区");
        String west = point(manager, "西区");
        UUID a = installerOf(tenant, manager, east);
        UUID b = installerOf(tenant, manager, east);
        // 3 days × 2 persons × 100.00
        String id = given().auth().oauth2(manager).contentType("application/json").body(lend(manager, east, west, "2026-11-02", "2026-11-04", a, b))
                .post("/api/v1/secondments").then().statusCode(201).body("number", equalTo("SE-000001")).body("status", equalTo("PLANNED"))
                .body("chargePerDay", equalTo("100.00")).body("charge", equalTo("600.00")).body("days", equalTo(3)).extract().path("id");
        // 29 Nov – 2 Dec, one person: 2 days in November, 2 in December
        given().auth().oauth2(manager).contentType("application/json").body(lend(manager, east, west, "2026-11-29", "2026-12-02", a))
                .post("/api/v1/secondments").then().statusCode(201).body("charge", equalTo("400.00"));
        given().auth().oauth2(manager).get("/api/v1/secondments/charges?month=2026-11").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].borrowingServicePointId", equalTo(west))
                .body("items[0].personDays", equalTo(8)).body("items[0].charge", equalTo("800.00")).body("total", equalTo("800.00"));
        given().auth().oauth2(manager).get("/api/v1/secondments/charges?month=2026-12").then().body("total", equalTo("200.00"));
        given().auth().oauth2(manager).get("/api/v1/secondments/charges?month=2026-13").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));

        // seconded-in staff are after-sales staff of the borrowing point: a trip for it may take them
        given().auth().oauth2(manager).get("/api/v1/secondments/staff?servicePointId=" + west + "&day=2026-11-03").then()
                .statusCode(200).body("personIds", hasSize(2));
        String order = TestOrders.create(Tokens.of(tenant, "dispatcher"), TestCustomers.customer(tenant), "REPAIR", OffsetDateTime.now().plusDays(1));
        UUID c = installerOf(tenant, manager, east);
        given().auth().oauth2(manager).contentType("application/json").body("""
                        {"personIds":["%s","%s"],"destination":"苏州","firstDay":"2026-11-02","lastDay":"2026-11-04","workOrderIds":["%s"],
                         "purpose":"x","servicePointId":"%s"}""".formatted(a, c, order, west))
                .post("/api/v1/trips").then().statusCode(400).body("errors.field", contains("personIds[1]"));
        given().auth().oauth2(manager).contentType("application/json").body("""
                        {"personIds":["%s"],"destination":"苏州","firstDay":"2026-11-02","lastDay":"2026-11-04","workOrderIds":["%s"],
                         "purpose":"x","servicePointId":"%s"}""".formatted(a, order, west))
                .post("/api/v1/trips").then().statusCode(201).body("allowanceTotal", equalTo("135.00"));

        // lifecycle: ending early recomputes at the stored rate; wrong transitions are 409
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0}").post("/api/v1/secondments/" + id + "/end")
                .then().statusCode(409);
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0}").post("/api/v1/secondments/" + id + "/activate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":1,\"lastDay\":\"2026-11-03\"}")
                .post("/api/v1/secondments/" + id + "/end").then().statusCode(200).body("status", equalTo("ENDED")).body("charge", equalTo("400.00"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":2}").post("/api/v1/secondments/" + id + "/cancel")
                .then().statusCode(409);
    }

    @Test
    void eachTenantChargesItsOwnRateAndKeepsPastAmounts() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        String east = point(manager, "东区");
        String west = point(manager, "西区");
        UUID a = installerOf(tenant, manager, east);
        String body = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString();
        given().auth().oauth2(manager).contentType("application/json")
                .body(body.replace("\"secondmentChargePerDay\":\"100.00\"", "\"secondmentChargePerDay\":\"80.50\"")).put("/api/v1/settings")
                .then().statusCode(200);
        String id = given().auth().oauth2(manager).contentType("application/json").body(lend(manager, east, west, "2026-11-02", "2026-11-03", a))
                .post("/api/v1/secondments").then().statusCode(201).body("charge", equalTo("161.00")).extract().path("id");
        body = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString();
        given().auth().oauth2(manager).contentType("application/json")
                .body(body.replace("\"secondmentChargePerDay\":\"80.50\"", "\"secondmentChargePerDay\":\"120.00\"")).put("/api/v1/settings")
                .then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/secondments/" + id).then().body("charge", equalTo("161.00")).body("chargePerDay", equalTo("80.50"));
        given().auth().oauth2(manager).contentType("application/json").body(lend(manager, east, west, "2026-11-02", "2026-11-02", UUID.randomUUID()))
                .post("/api/v1/secondments").then().statusCode(400).body("errors[0].field", equalTo("personIds[0]"));

        UUID other = tenants.create();
        String otherManager = Tokens.manager(other);
        given().auth().oauth2(otherManager).get("/api/v1/secondments/" + id).then().statusCode(404);
        given().auth().oauth2(otherManager).get("/api/v1/secondments").then().body("items", empty());
        given().auth().oauth2(otherManager).get("/api/v1/secondments/charges?month=2026-11").then().body("items", empty()).body("total", equalTo("0.00"));
        String e2 = point(otherManager, "东区");
        String w2 = point(otherManager, "西区");
        UUID b = installerOf(other, otherManager, e2);
        given().auth().oauth2(otherManager).contentType("application/json").body(lend(otherManager, e2, w2, "2026-11-02", "2026-11-03", b))
                .post("/api/v1/secondments").then().statusCode(201).body("charge", equalTo("200.00"));
    }
}
