package io.aftercare.servicerequest;

import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests from every channel end resolved by phone, converted into a work order, or dismissed. */
@QuarkusTest
class ServiceRequestsTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    private Response register(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/service-requests");
    }

    private static String forCustomer(String channel, UUID customer, UUID asset) {
        return """
                {"channel":"%s","customerId":"%s",%s"category":"FAULT","description":"终端不开机"}"""
                .formatted(channel, customer, asset == null ? "" : "\"assetId\":\"" + asset + "\",");
    }

    @Test
    void phoneCallFromANewCustomerIsRegisteredWithItsTime() {
        OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Response created = register(dispatcher, """
                {"channel":"PHONE","newCustomer":{"kind":"PERSON","name":"陈女士","phone":"139 1234 5678",
                 "sites":[{"label":"家","address":"上海市浦东新区世纪大道 1 号"}]},
                 "category":"INSTALLATION","description":"新装两台空调，需要电工"}""");
        created.then().statusCode(201).body("number", equalTo("SR-000001")).body("status", equalTo("OPEN"))
                .body("customerName", equalTo("陈女士")).body("channel", equalTo("PHONE"));
        assertTrue(!OffsetDateTime.parse(created.path("registeredAt")).isBefore(before));
        given().auth().oauth2(dispatcher).get("/api/v1/customers/" + created.path("customerId")).then().statusCode(200)
                .body("sites.label", hasItem("家"));
    }

    @Test
    void eitherAnExistingOrANewCustomer() throws Exception {
        register(dispatcher, "{\"channel\":\"PHONE\",\"category\":\"FAULT\",\"description\":\"x\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
        register(dispatcher, forCustomer("PHONE", UUID.randomUUID(), null)).then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
        UUID customer = TestCustomers.customer(tenant);
        UUID someoneElsesAsset = TestCustomers.asset(tenant, TestCustomers.customer(tenant));
        register(dispatcher, forCustomer("PHONE", customer, someoneElsesAsset)).then().statusCode(400)
                .body("errors[0].field", equalTo("assetId"));
    }

    @Test
    void answeredOnThePhoneIsResolvedAndThenClosedForOtherOutcomes() throws Exception {
        String id = register(dispatcher, forCustomer("PHONE", TestCustomers.customer(tenant), null)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"resolution\":\"指导客户重启，已恢复\"}")
                .post("/api/v1/service-requests/" + id + "/resolve-by-phone").then().statusCode(200)
                .body("status", equalTo("RESOLVED_BY_PHONE")).body("closedAt", notNullValue());
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":1,\"reason\":\"x\"}")
                .post("/api/v1/service-requests/" + id + "/dismiss").then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/request-closed"));
    }

    @Test
    void convertedRequestBecomesAWorkOrderForItsCustomerAndAsset() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        UUID asset = TestCustomers.asset(tenant, customer);
        Response registered = register(dispatcher, forCustomer("LETTER", customer, asset));
        String id = registered.then().statusCode(201).extract().path("id");
        String number = registered.path("number");
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        String order = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"version":0,"type":"REPAIR","tasks":{"electricalWork":true,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"},"faultCategory":"no-power"}""".formatted(start, start.plusHours(2)))
                .post("/api/v1/service-requests/" + id + "/convert").then().statusCode(200)
                .body("status", equalTo("CONVERTED")).body("workOrderId", notNullValue()).extract().path("workOrderId");
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).then().statusCode(200)
                .body("order.customerId", equalTo(customer.toString())).body("order.assetIds", equalTo(List.of(asset.toString())))
                .body("order.description", containsString(number)).body("order.requiredQualifications", equalTo(List.of("ELECTRICIAN")));
    }

    @Test
    void dismissedRequestKeepsItsReason() throws Exception {
        String id = register(dispatcher, forCustomer("VISIT", TestCustomers.customer(tenant), null)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"reason\":\"重复登记\"}")
                .post("/api/v1/service-requests/" + id + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("dismissReason", equalTo("重复登记"));
        given().auth().oauth2(dispatcher).get("/api/v1/service-requests?status=DISMISSED").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void integrationsRegisterThroughTheApiChannelOnly() throws Exception {
        String integration = Tokens.of(tenant, "integration");
        UUID customer = TestCustomers.customer(tenant);
        register(integration, forCustomer("PHONE", customer, null)).then().statusCode(400).body("errors[0].field", equalTo("channel"));
        register(integration, forCustomer("API", customer, null)).then().statusCode(201).body("channel", equalTo("API"));
        given().auth().oauth2(integration).get("/api/v1/service-requests").then().statusCode(403);
    }

    @Test
    void anotherTenantsRequestIs404() throws Exception {
        String id = register(dispatcher, forCustomer("WEB", TestCustomers.customer(tenant), null)).then().statusCode(201).extract().path("id");
        String stranger = Tokens.of(tenants.create(), "dispatcher");
        given().auth().oauth2(stranger).get("/api/v1/service-requests/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).contentType("application/json").body("{\"version\":0,\"reason\":\"x\"}")
                .post("/api/v1/service-requests/" + id + "/dismiss").then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/service-requests/" + id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void workOrderReferencesMustExistAndBelongTogether() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        String body = """
                {"type":"REPAIR","customerId":"%s","siteId":"%s","servicePointId":"%s","description":"x",
                 "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},"assetIds":["%s"],
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, UUID.randomUUID(), UUID.randomUUID(),
                TestCustomers.asset(tenant, TestCustomers.customer(tenant)), start, start.plusHours(1));
        given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/work-orders").then().statusCode(400)
                .body("errors.field", equalTo(List.of("siteId", "assetIds[0]", "servicePointId")));
        given().auth().oauth2(dispatcher).contentType("application/json").body(body.replace(customer.toString(), UUID.randomUUID().toString()))
                .post("/api/v1/work-orders").then().statusCode(400).body("errors[0].field", equalTo("customerId"));
    }
}
