package io.aftercare.complaint;

import io.aftercare.promise.PromiseWatch;
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

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** A complaint is investigated, verified or rejected, and closed with the remedial action; its answer is owed within the promise. */
@QuarkusTest
class ComplaintsTest {

    @Inject
    TestTenants tenants;

    @Inject
    PromiseWatch watch;

    UUID tenant;
    String manager;
    String dispatcher;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path);
    }

    @Test
    void aComplaintAboutAnOrderNamesItsInstallerAndCustomerAndGoesThroughItsSteps() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        TestOrders.Order order = TestOrders.workDone(tenant, customer, "REPAIR");
        Response created = post(dispatcher, "/api/v1/complaints", """
                {"channel":"LETTER","category":"ASKING_FOR_MONEY_OR_GIFTS","workOrderId":"%s","complainantName":"王芳",
                 "complainantPhone":"13800138000","description":"师傅索要红包"}""".formatted(order.id()));
        created.then().statusCode(201).body("number", equalTo("CP-000001")).body("status", equalTo("OPEN"))
                .body("customerId", equalTo(customer.toString())).body("installerId", notNullValue())
                .body("promise.kind", equalTo("COMPLAINT_ANSWER")).body("promise.status", equalTo("ON_TRACK"));
        String id = created.path("id");
        post(manager, "/api/v1/complaints/" + id + "/closing", "{\"version\":0,\"remedialAction\":\"x\"}").then().statusCode(409);
        post(dispatcher, "/api/v1/complaints/" + id + "/investigation", "{\"version\":0,\"note\":\"调取录音\"}").then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"));
        post(dispatcher, "/api/v1/complaints/" + id + "/verification", "{\"version\":1}").then().statusCode(403);
        post(manager, "/api/v1/complaints/" + id + "/rejection", "{\"version\":1}").then().statusCode(400).body("errors[0].field", equalTo("note"));
        post(manager, "/api/v1/complaints/" + id + "/verification", "{\"version\":1,\"note\":\"属实\"}").then().statusCode(200)
                .body("verified", equalTo(true)).body("promise.status", equalTo("ON_TRACK"));
        post(manager, "/api/v1/complaints/" + id + "/closing", "{\"version\":2,\"remedialAction\":\"退还红包并停岗培训\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("customerAnswer"));
        post(manager, "/api/v1/complaints/" + id + "/closing", "{\"version\":2,\"remedialAction\":\"退还红包并停岗培训\",\"customerAnswer\":\"已电话致歉\"}")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("verified", equalTo(true)).body("promise.status", equalTo("MET"))
                .body("remedialAction", equalTo("退还红包并停岗培训"));
        given().auth().oauth2(dispatcher).get("/api/v1/complaints?status=CLOSED").then().body("items", hasSize(1))
                .body("items[0].workOrderNumber", notNullValue());
        given().auth().oauth2(Tokens.manager(tenants.create())).get("/api/v1/complaints/" + id).then().statusCode(404);
    }

    @Test
    void badInputNamesTheFieldAndAnUnansweredComplaintBreachesItsPromise() throws Exception {
        post(dispatcher, "/api/v1/complaints", "{\"channel\":\"FAX\",\"category\":\"OTHER\",\"description\":\"x\"}").then().statusCode(400);
        post(dispatcher, "/api/v1/complaints", "{\"channel\":\"PHONE\",\"category\":\"OTHER\",\"description\":\"x\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("installerId"));
        post(dispatcher, "/api/v1/complaints", "{\"channel\":\"PHONE\",\"category\":\"OTHER\",\"installerId\":\"%s\",\"description\":\"x\"}"
                .formatted(UUID.randomUUID())).then().statusCode(400).body("errors[0].field", equalTo("installerId"));
        UUID installer = TestInstallers.installer(tenant, manager);
        Response created = post(dispatcher, "/api/v1/complaints", "{\"channel\":\"VISIT\",\"category\":\"NOT_SERVING_ON_TIME\",\"installerId\":\"%s\",\"description\":\"迟到两小时\"}"
                .formatted(installer));
        created.then().statusCode(201);
        OffsetDateTime due = OffsetDateTime.parse(created.path("promise.dueAt"));
        watch.check(due.plusSeconds(1));
        given().auth().oauth2(dispatcher).get("/api/v1/complaints/" + created.path("id")).then().body("promise.status", equalTo("BREACHED"));
        given().auth().oauth2(manager).get("/api/v1/promise-breaches").then().body("items.subjectType", org.hamcrest.Matchers.hasItem("COMPLAINT"));
    }
}
