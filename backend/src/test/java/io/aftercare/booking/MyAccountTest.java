package io.aftercare.booking;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * A signed-in customer books, moves and cancels their own visits, objects and complains, and keeps their details; every
 * endpoint answers another customer's things (same tenant or another) as if they did not exist.
 */
@QuarkusTest
class MyAccountTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    UUID customer;
    UUID asset;
    UUID site;
    String mine;
    String neighbour;
    UUID neighbourId;

    @BeforeEach
    void customerWithAProductAndAnAddress() throws Exception {
        tenant = tenants.create();
        customer = TestCustomers.customer(tenant);
        asset = TestCustomers.asset(tenant, customer);
        site = TestCustomers.site(tenant, customer, null, null);
        neighbourId = TestCustomers.customer(tenant);
        TestInstallers.installer(tenant, Tokens.manager(tenant));
        TestInstallers.installer(tenant, Tokens.manager(tenant));
        mine = Tokens.claims(tenant, "customer").claim("customer_id", customer.toString()).sign();
        neighbour = Tokens.claims(tenant, "customer").claim("customer_id", neighbourId.toString()).sign();
    }

    RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    List<Map<String, Object>> slots() {
        return as(mine).get("/api/v1/my/booking-options").then().statusCode(200).extract().path("slots");
    }

    static Map<String, Object> slot(Map<String, Object> s) {
        return Map.of("start", s.get("start"), "end", s.get("end"));
    }

    String bookMaintenance(Map<String, Object> slot) {
        return as(mine).body(Map.of("service", "MAINTENANCE", "productId", asset, "slot", slot, "problem", "年度保养"))
                .post("/api/v1/my/bookings").then().statusCode(201).body("trackingUrl", org.hamcrest.Matchers.containsString("/track/"))
                .extract().path("number");
    }

    @Test
    void theCustomerBooksMaintenanceForTheirProductMovesItAndCancelsIt() {
        as(mine).get("/api/v1/my/booking-options").then().statusCode(200)
                .body("products", hasSize(1), "products[0].id", equalTo(asset.toString()), "addresses[0].id", equalTo(site.toString()),
                        "services", hasItem("MAINTENANCE"));
        List<Map<String, Object>> slots = slots();
        // far enough ahead to be changed online (the tenant's cut-off before the visit)
        String number = bookMaintenance(slot(slots.getLast()));
        as(mine).get("/api/v1/my/requests").then().statusCode(200)
                .body("items.find { it.number == '" + number + "' }.service", equalTo("MAINTENANCE"));

        Map<String, Object> later = slot(slots.get(slots.size() - 2));
        as(neighbour).body(Map.of("slot", later)).post("/api/v1/my/requests/" + number + "/reschedule").then().statusCode(404);
        as(mine).body(Map.of("slot", later)).post("/api/v1/my/requests/" + number + "/reschedule").then().statusCode(200)
                .body("preferredSlot.start", equalTo(later.get("start")));
        as(neighbour).body(Map.of("reason", "x")).post("/api/v1/my/requests/" + number + "/cancel").then().statusCode(404);
        as(mine).body(Map.of("reason", "出差")).post("/api/v1/my/requests/" + number + "/cancel").then().statusCode(200)
                .body("canCancel", equalTo(false));
        as(mine).body(Map.of("reason", "again")).post("/api/v1/my/requests/" + number + "/cancel").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("booking-not-changeable"));
        as(mine).body(Map.of("slot", later)).post("/api/v1/my/requests/SR-999999/reschedule").then().statusCode(404);
    }

    @Test
    void anotherCustomersProductOrAddressIsRefusedNamingTheField() throws Exception {
        UUID theirAsset = TestCustomers.asset(tenant, neighbourId);
        UUID theirSite = TestCustomers.site(tenant, neighbourId, null, null);
        Map<String, Object> slot = slot(slots().get(0));
        as(mine).body(Map.of("service", "FAULT", "productId", theirAsset, "slot", slot, "problem", "不工作"))
                .post("/api/v1/my/bookings").then().statusCode(400).body("errors[0].field", equalTo("productId"));
        as(mine).body(Map.of("service", "FAULT", "productId", asset, "addressId", theirSite, "slot", slot, "problem", "不工作"))
                .post("/api/v1/my/bookings").then().statusCode(400).body("errors[0].field", equalTo("addressId"));
        as(mine).body(Map.of("service", "FAULT", "slot", slot, "problem", "不工作"))
                .post("/api/v1/my/bookings").then().statusCode(400).body("errors[0].field", equalTo("productId"));
        as(mine).body(Map.of("service", "FAULT", "productId", asset, "slot", Map.of("start", "2020-01-01T01:00:00Z", "end", "2020-01-01T03:00:00Z"),
                "problem", "x")).post("/api/v1/my/bookings").then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("slot-not-free"));
        as(mine).body(Map.of("service", "REPAINT", "slot", slot, "problem", "x")).post("/api/v1/my/bookings").then().statusCode(400);
    }

    @Test
    void objectionsAndComplaintsAreAboutTheCustomersOwnRequests() throws Exception {
        String number = bookMaintenance(slot(slots().get(0)));
        as(neighbour).body(Map.of("description", "不满意")).post("/api/v1/my/requests/" + number + "/objection").then().statusCode(404);
        as(mine).body(Map.of("description", "预约时间总是被改")).post("/api/v1/my/requests/" + number + "/objection").then().statusCode(201)
                .body("number", startsWith("OB-"));
        as(mine).body(Map.of("category", "ATTITUDE", "description", "态度差")).post("/api/v1/my/requests/" + number + "/complaint")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("no-visit-yet"));
        TestOrders.Order order = TestOrders.workDone(tenant, customer, "MAINTENANCE");
        OwnerDatabase.execute(tenant, "update service_request set work_order_id = ?::uuid, status = 'CONVERTED' where number = ?", order.id(), number);
        as(neighbour).body(Map.of("category", "ATTITUDE", "description", "x")).post("/api/v1/my/requests/" + number + "/complaint")
                .then().statusCode(404);
        as(mine).body(Map.of("category", "ATTITUDE", "description", "师傅态度差")).post("/api/v1/my/requests/" + number + "/complaint")
                .then().statusCode(201).body("number", startsWith("CP-"));
        as(mine).body(Map.of("category", "RUDE", "description", "x")).post("/api/v1/my/requests/" + number + "/complaint").then().statusCode(400);

        // the work is done: the customer rates and signs in their account
        as(mine).body(Map.of("signaturePng", TestOrders.SIGNATURE, "ratings", Map.of("attitude", 5, "timeliness", 4, "quality", 5),
                        "suggestions", "很好")).post("/api/v1/my/requests/" + number + "/sign-off").then().statusCode(200)
                .body("ratings.timeliness", equalTo(4));
    }

    @Test
    void theCustomerKeepsTheirDetailsAndNobodyElseTouchesThem() throws Exception {
        int version = as(mine).get("/api/v1/my/profile").then().statusCode(200).body("addresses", hasSize(1)).extract().path("version");
        as(mine).body(Map.of("version", version, "email", "me@customers.test", "language", "en")).put("/api/v1/my/profile")
                .then().statusCode(200).body("email", equalTo("me@customers.test"), "language", equalTo("en"));
        as(mine).body(Map.of("version", version, "email", "x@customers.test")).put("/api/v1/my/profile").then().statusCode(409);
        as(mine).body(Map.of("version", version + 1, "email", "not-an-email")).put("/api/v1/my/profile").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));

        String contact = as(mine).body(Map.of("name", "李强", "phone", "139 8765 4321", "role", "家人")).post("/api/v1/my/contacts")
                .then().statusCode(201).extract().path("id");
        as(neighbour).body(Map.of("version", 0, "name", "改名", "phone", "139 8765 4321")).put("/api/v1/my/contacts/" + contact).then().statusCode(404);
        as(neighbour).delete("/api/v1/my/contacts/" + contact).then().statusCode(404);
        as(mine).body(Map.of("version", 0, "name", "李强", "phone", "139 8765 0000")).put("/api/v1/my/contacts/" + contact).then().statusCode(200)
                .body("phone", equalTo("139 8765 0000"));
        as(mine).delete("/api/v1/my/contacts/" + contact).then().statusCode(204);

        String address = as(mine).body(Map.of("label", "公司", "address", "上海市浦东新区世纪大道 100 号")).post("/api/v1/my/addresses")
                .then().statusCode(201).extract().path("id");
        as(neighbour).delete("/api/v1/my/addresses/" + address).then().statusCode(404);
        as(mine).body(Map.of("version", 0, "label", "公司", "address", "上海市浦东新区世纪大道 200 号")).put("/api/v1/my/addresses/" + address)
                .then().statusCode(200);
        as(mine).delete("/api/v1/my/addresses/" + address).then().statusCode(204);
        as(mine).body(Map.of("label", "", "address", "x")).post("/api/v1/my/addresses").then().statusCode(400).body("errors[0].field", equalTo("label"));

        String elsewhere = Tokens.claims(tenants.create(), "customer").claim("customer_id", customer.toString()).sign();
        as(elsewhere).get("/api/v1/my/profile").then().statusCode(404);
        as(elsewhere).get("/api/v1/my/booking-options").then().statusCode(404);
        for (String role : List.of("manager", "dispatcher", "installer", "partner")) {
            as(Tokens.of(tenant, role)).get("/api/v1/my/profile").then().statusCode(403);
            as(Tokens.of(tenant, role)).body(Map.of("label", "x", "address", "y")).post("/api/v1/my/addresses").then().statusCode(403);
        }
        given().get("/api/v1/my/profile").then().statusCode(401);
    }
}
