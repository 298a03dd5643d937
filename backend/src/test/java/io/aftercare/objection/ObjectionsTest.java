package io.aftercare.objection;

import io.aftercare.promise.PromiseWatch;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Objections owe a service commitment within the tenant's promise; those not handled in time escalate to the manager. */
@QuarkusTest
class ObjectionsTest {

    @Inject
    TestTenants tenants;

    @Inject
    PromiseWatch watch;

    UUID tenant;
    String dispatcher;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        OwnerDatabase.insertStaff(tenant, "chief", "manager");
    }

    private Response create(String body) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/objections");
    }

    @Test
    void aCustomersObjectionGetsACommitmentWithinThePromiseThenItsResolution() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        Response created = create("{\"customerId\":\"%s\",\"description\":\"安装后噪音大\"}".formatted(customer));
        created.then().statusCode(201).body("number", equalTo("OB-000001")).body("source", equalTo("CUSTOMER_CONTACT"))
                .body("status", equalTo("OPEN")).body("promise.kind", equalTo("OBJECTION_COMMITMENT"))
                .body("promise.status", equalTo("ON_TRACK")).body("escalated", equalTo(false));
        String id = created.path("id");
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"commitment\":\"明天上门更换减震垫\"}")
                .post("/api/v1/objections/" + id + "/commitment").then().statusCode(200)
                .body("status", equalTo("COMMITTED")).body("promise.status", equalTo("MET")).body("committedAt", notNullValue());
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":1,\"commitment\":\"again\"}")
                .post("/api/v1/objections/" + id + "/commitment").then().statusCode(409);
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":1,\"resolution\":\"已更换减震垫\"}")
                .post("/api/v1/objections/" + id + "/resolution").then().statusCode(400).body("errors[0].field", equalTo("customerInformedVia"));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":1,\"resolution\":\"已更换减震垫，噪音消除\",\"customerInformedVia\":\"PHONE\"}")
                .post("/api/v1/objections/" + id + "/resolution").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("customerInformedVia", equalTo("PHONE"));
        // Kept in time: the watch never escalates it.
        watch.check(OffsetDateTime.now().plusDays(30));
        given().auth().oauth2(dispatcher).get("/api/v1/objections/" + id).then().body("escalated", equalTo(false));
    }

    @Test
    void notHandledInTimeItEscalatesToTheManagerOnce() throws Exception {
        Response created = create("{\"customerId\":\"%s\",\"description\":\"费用有异议\"}".formatted(TestCustomers.customer(tenant)));
        String id = created.path("id");
        OffsetDateTime due = OffsetDateTime.parse(created.path("promise.dueAt"));
        watch.check(due.plusSeconds(1));
        watch.check(due.plusSeconds(2));
        given().auth().oauth2(dispatcher).get("/api/v1/objections/" + id).then().body("escalated", equalTo(true))
                .body("escalatedAt", notNullValue()).body("promise.status", equalTo("BREACHED"));
        given().auth().oauth2(dispatcher).queryParam("escalated", true).get("/api/v1/objections").then().body("items", hasSize(1));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification where template = 'OBJECTION_ESCALATED' "
                + "and recipient = 'chief@example.com'"));
        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/promise-breaches").then()
                .body("items[0].subjectType", equalTo("OBJECTION")).body("items[0].subjectNumber", equalTo("OB-000001"));
        // A late commitment does not undo the breach.
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"commitment\":\"今天回电\"}")
                .post("/api/v1/objections/" + id + "/commitment").then().statusCode(200).body("promise.status", equalTo("BREACHED"));
    }

    @Test
    void aRefusedSignOffOpensAnObjectionAboutTheOrder() throws Exception {
        TestOrders.Order order = TestOrders.workDone(tenant, TestCustomers.customer(tenant), "REPAIR");
        given().auth().oauth2(order.installerToken()).contentType("application/json")
                .body("{\"version\":5,\"refused\":true,\"refusalReason\":\"外机漏水未处理\"}")
                .post("/api/v1/work-orders/" + order.id() + "/sign-off").then().statusCode(200);
        given().auth().oauth2(dispatcher).queryParam("source", "SIGN_OFF_REFUSED").get("/api/v1/objections").then()
                .body("items", hasSize(1)).body("items[0].workOrderId", equalTo(order.id()))
                .body("items[0].description", containsString("外机漏水未处理"));
    }

    @Test
    void badInputNamesTheFieldAndOtherTenantsSeeNothing() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        create("{\"customerId\":\"%s\"}".formatted(customer)).then().statusCode(400).body("errors[0].field", equalTo("description"));
        create("{\"customerId\":\"%s\",\"description\":\"x\"}".formatted(UUID.randomUUID())).then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
        String someoneElsesOrder = TestOrders.create(dispatcher, TestCustomers.customer(tenant), "REPAIR", OffsetDateTime.now().plusDays(2));
        create("{\"customerId\":\"%s\",\"workOrderId\":\"%s\",\"description\":\"x\"}".formatted(customer, someoneElsesOrder)).then()
                .statusCode(400).body("errors[0].field", equalTo("workOrderId"));
        String id = create("{\"customerId\":\"%s\",\"description\":\"x\"}".formatted(customer)).then().statusCode(201).extract().path("id");
        String stranger = Tokens.of(tenants.create(), "dispatcher");
        given().auth().oauth2(stranger).get("/api/v1/objections/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/objections").then().body("items", hasSize(0));
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/objections").then().statusCode(403);
    }
}
