package io.aftercare.trip;

import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;
import io.aftercare.support.OwnerDatabase;
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
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Trips pay allowances computed with the tenant's rates at planning time, counted as pay once completed. */
@QuarkusTest
class TripsTest {

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    TripAllowancePay pay;

    UUID tenant;
    String manager;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    static String order(UUID tenant) throws Exception {
        return TestOrders.create(Tokens.of(tenant, "dispatcher"), TestCustomers.customer(tenant), "REPAIR", OffsetDateTime.now().plusDays(1));
    }

    static Response plan(String token, List<UUID> persons, String first, String last, List<String> orders) {
        return given().auth().oauth2(token).contentType("application/json").body("""
                        {"personIds":[%s],"destination":"苏州","firstDay":"%s","lastDay":"%s","workOrderIds":[%s],"purpose":"GPS 终端安装"}"""
                        .formatted(quoted(persons), first, last, quoted(orders)))
                .post("/api/v1/trips");
    }

    static String quoted(List<?> ids) {
        return String.join(",", ids.stream().map(i -> "\"" + i + "\"").toList());
    }

    static void changeSettings(String manager, String from, String to) {
        String body = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().asString();
        given().auth().oauth2(manager).contentType("application/json").body(body.replace(from, to)).put("/api/v1/settings")
                .then().statusCode(200);
    }

    @Test
    void aThreeDayTripForTwoWithAnOrderPaysMealsAndCountsOnceCompleted() throws Exception {
        UUID a = TestInstallers.installer(tenant, manager);
        UUID b = TestInstallers.installer(tenant, manager);
        String order = order(tenant);
        Response created = plan(dispatcher, List.of(a, b), "2026-11-02", "2026-11-04", List.of(order));
        created.then().statusCode(201).body("number", equalTo("TR-000001")).body("status", equalTo("PLANNED")).body("days", equalTo(3))
                .body("rates.lodgingCapPerDay", equalTo("100.00")).body("rates.mealAllowancePerMeal", equalTo("15.00"))
                .body("rates.mealsPerDay", equalTo(3)).body("allowances", hasSize(2)).body("allowances.meals", contains("135.00", "135.00"))
                .body("allowances.nights", contains(2, 2)).body("allowanceTotal", equalTo("270.00")).body("version", equalTo(0));
        String id = created.path("id");
        assertEquals(List.of(), work.inTransactionOf(tenant, () -> pay.lines(YearMonth.of(2026, 11))), "not paid before completion");

        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0}").post("/api/v1/trips/" + id + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("payMonth", equalTo("2026-11")).body("version", equalTo(1));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":1,\"reason\":\"x\"}").post("/api/v1/trips/" + id + "/cancel")
                .then().statusCode(409).body("errors[0].field", equalTo("status"));
        List<PayLine> lines = work.inTransactionOf(tenant, () -> pay.lines(YearMonth.of(2026, 11)));
        assertEquals(2, lines.size());
        lines.forEach(l -> {
            assertEquals(PayComponent.ALLOWANCE, l.component());
            assertEquals(new BigDecimal("135.00"), l.amount());
            assertEquals(UUID.fromString(id), l.sourceId());
        });
        assertEquals(java.util.Set.of(a, b), lines.stream().map(PayLine::personId).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aSameDayTripEarnsMealsOnlyAndATripWithoutAnOrderNothing() throws Exception {
        UUID a = TestInstallers.installer(tenant, manager);
        plan(manager, List.of(a), "2026-11-05", "2026-11-05", List.of(order(tenant))).then().statusCode(201)
                .body("allowances[0].days", equalTo(1)).body("allowances[0].nights", equalTo(0))
                .body("allowances[0].meals", equalTo("45.00")).body("allowances[0].lodging", equalTo("0.00")).body("allowanceTotal", equalTo("45.00"));
        plan(manager, List.of(a), "2026-11-05", "2026-11-07", List.of()).then().statusCode(201)
                .body("allowances[0].meals", equalTo("0.00")).body("allowanceTotal", equalTo("0.00"));
    }

    @Test
    void eachTenantsRatesApplyAndAPlannedTripKeepsItsAmountsWhenTheSettingsChange() throws Exception {
        UUID a = TestInstallers.installer(tenant, manager);
        String order = order(tenant);
        String before = plan(manager, List.of(a), "2026-11-02", "2026-11-04", List.of(order)).then().statusCode(201)
                .body("allowanceTotal", equalTo("135.00")).extract().path("id");
        changeSettings(manager, "\"mealAllowancePerMeal\":\"15.00\"", "\"mealAllowancePerMeal\":\"20.00\"");
        plan(manager, List.of(a), "2026-11-10", "2026-11-12", List.of(order)).then().statusCode(201)
                .body("rates.mealAllowancePerMeal", equalTo("20.00")).body("allowanceTotal", equalTo("180.00"));
        given().auth().oauth2(manager).get("/api/v1/trips/" + before).then().statusCode(200)
                .body("rates.mealAllowancePerMeal", equalTo("15.00")).body("allowanceTotal", equalTo("135.00"));

        UUID other = tenants.create();
        String otherManager = Tokens.manager(other);
        changeSettings(otherManager, "\"mealsPerDay\":3", "\"mealsPerDay\":2");
        UUID c = TestInstallers.installer(other, otherManager);
        plan(otherManager, List.of(c), "2026-11-02", "2026-11-04", List.of(order(other))).then().statusCode(201)
                .body("rates.mealsPerDay", equalTo(2)).body("allowanceTotal", equalTo("90.00"));
        given().auth().oauth2(otherManager).get("/api/v1/trips/" + before).then().statusCode(404);
    }

    @Test
    void installersSeeTheirOwnTripsAndBadInputNamesTheField() throws Exception {
        UUID a = TestInstallers.installer(tenant, manager);
        UUID b = TestInstallers.installer(tenant, manager);
        String order = order(tenant);
        String mine = plan(manager, List.of(a), "2026-11-02", "2026-11-03", List.of(order)).path("id");
        String theirs = plan(manager, List.of(b), "2026-11-02", "2026-11-03", List.of(order)).path("id");
        String installer = Tokens.claims(tenant, "installer").subject(a.toString()).sign();
        given().auth().oauth2(installer).get("/api/v1/trips").then().statusCode(200).body("items.id", contains(mine));
        given().auth().oauth2(installer).get("/api/v1/trips/" + theirs).then().statusCode(404);
        plan(installer, List.of(a), "2026-11-02", "2026-11-03", List.of(order)).then().statusCode(403);
        plan(manager, List.of(a), "2026-11-04", "2026-11-03", List.of(order)).then().statusCode(400).body("errors.field", hasItem("lastDay"));
        plan(manager, List.of(a, UUID.randomUUID()), "2026-11-02", "2026-11-03", List.of(order, UUID.randomUUID().toString())).then()
                .statusCode(400).body("errors.field", contains("personIds[1]", "workOrderIds[1]"));
        plan(manager, List.of(), "2026-11-02", "2026-11-03", List.of(order)).then().statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("personIds")));
        assertEquals(2, OwnerDatabase.count(tenant, "select count(*) from trip"));
    }
}
