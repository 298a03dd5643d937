package io.aftercare.promise;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The watch marks promises at risk, then breached; each breach is recorded and escalated once, also with several replicas. */
@QuarkusTest
class PromiseWatchTest {

    @Inject
    TestTenants tenants;

    @Inject
    PromiseWatch watch;

    UUID tenant;
    String dispatcher;
    String manager;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        manager = Tokens.manager(tenant);
        OwnerDatabase.insertStaff(tenant, "boss", "manager");
    }

    private Response request(UUID customer, String category) {
        return given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"channel\":\"PHONE\",\"customerId\":\"%s\",\"category\":\"%s\",\"description\":\"不制冷\"}".formatted(customer, category))
                .post("/api/v1/service-requests");
    }

    @Test
    void aRequestNeedingAVisitBecomesAtRiskThenBreachedAndTheManagerSeesTheEscalation() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        Response created = request(customer, "FAULT");
        created.then().statusCode(201).body("promise.kind", equalTo("ON_SITE")).body("promise.status", equalTo("ON_TRACK"));
        String id = created.path("id");
        OffsetDateTime atRisk = OffsetDateTime.parse(created.path("promise.atRiskAt"));
        OffsetDateTime due = OffsetDateTime.parse(created.path("promise.dueAt"));
        // A consultation needs no visit, so it has no promise.
        request(customer, "CONSULTATION").then().statusCode(201).body("promise", equalTo(null));

        // Other test classes' promises share the database, so look at this request rather than the pass's totals.
        watch.check(atRisk.minusSeconds(1));
        given().auth().oauth2(dispatcher).get("/api/v1/service-requests/" + id).then().body("promise.status", equalTo("ON_TRACK"));
        watch.check(atRisk.plusSeconds(1));
        given().auth().oauth2(dispatcher).get("/api/v1/service-requests/" + id).then().body("promise.status", equalTo("AT_RISK"));
        given().auth().oauth2(dispatcher).queryParam("promiseStatus", "AT_RISK").get("/api/v1/service-requests").then()
                .body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(dispatcher).get("/api/v1/promises/watch").then().statusCode(200)
                .body("items.subjectNumber", equalTo(List.of("SR-000001"))).body("items[0].promise.status", equalTo("AT_RISK"));

        watch.check(due.plusSeconds(1));
        given().auth().oauth2(dispatcher).get("/api/v1/service-requests/" + id).then().body("promise.status", equalTo("BREACHED"));
        String breach = given().auth().oauth2(manager).queryParam("acknowledged", false).get("/api/v1/promise-breaches").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].subjectNumber", equalTo("SR-000001"))
                .body("items[0].promiseKind", equalTo("ON_SITE")).extract().path("items[0].id");
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification where audience = 'MANAGER' and recipient = 'boss@example.com' "
                + "and template = 'PROMISE_BREACHED'"));
        // Dispatchers see the watch list but not the escalations; acknowledging takes it off the open list.
        given().auth().oauth2(dispatcher).get("/api/v1/promise-breaches").then().statusCode(403);
        given().auth().oauth2(manager).post("/api/v1/promise-breaches/" + breach + "/acknowledge").then().statusCode(200)
                .body("acknowledgedAt", notNullValue()).body("acknowledgedBy", notNullValue());
        given().auth().oauth2(manager).queryParam("acknowledged", false).get("/api/v1/promise-breaches").then().body("items", hasSize(0));
        // Another pass changes nothing.
        // (other classes' promises share the database: look at this tenant rather than the pass's totals)
        watch.check(due.plusDays(3));
        given().auth().oauth2(manager).get("/api/v1/promise-breaches").then().body("items", hasSize(1));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification where template = 'PROMISE_BREACHED'"));
    }

    @Test
    void aConvertedRequestShowsItsWorkOrdersPromiseAndCheckInKeepsIt() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        Response created = request(customer, "INSTALLATION");
        String id = created.path("id");
        String due = created.path("promise.dueAt");
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        Response converted = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                {"version":0,"type":"INSTALLATION","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(start, start.plusHours(2)))
                .post("/api/v1/service-requests/" + id + "/convert");
        converted.then().statusCode(200).body("promise.dueAt", equalTo(due));
        String order = converted.path("workOrderId");
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).then().body("order.promise.dueAt", equalTo(due))
                .body("order.promise.status", equalTo("ON_TRACK"));
        // Paused while waiting for parts, the watch leaves it alone; resumed, it runs again.
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"reason\":\"WAITING_FOR_PARTS\",\"note\":\"压缩机缺货\"}")
                .post("/api/v1/work-orders/" + order + "/promise/pause").then().statusCode(200)
                .body("promise.status", equalTo("PAUSED")).body("promise.pauseReason", equalTo("WAITING_FOR_PARTS"));
        // (other classes' promises share the database: look at this order rather than the pass's totals)
        watch.check(OffsetDateTime.parse(due).plusDays(30));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).then().body("order.promise.status", equalTo("PAUSED"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"reason\":\"WAITING_FOR_PARTS\"}")
                .post("/api/v1/work-orders/" + order + "/promise/pause").then().statusCode(409);
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":1}")
                .post("/api/v1/work-orders/" + order + "/promise/resume").then().statusCode(200).body("promise.status", equalTo("ON_TRACK"));
        given().auth().oauth2(dispatcher).queryParam("promiseStatus", "ON_TRACK").get("/api/v1/work-orders").then()
                .body("items.id", hasItem(order));
        given().auth().oauth2(dispatcher).queryParam("promiseStatus", "BREACHED").get("/api/v1/work-orders").then()
                .body("items.id", not(hasItem(order)));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders?promiseStatus=LATE").then().statusCode(400)
                .body("errors[0].field", equalTo("promiseStatus"));
    }

    @Test
    void twoReplicasWatchingAtOnceMarkAndAnnounceEachBreachOnce() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        OffsetDateTime latest = null;
        for (int i = 0; i < 12; i++) {
            Response r = request(customer, "FAULT");
            OffsetDateTime due = OffsetDateTime.parse(r.path("promise.dueAt"));
            latest = latest == null || due.isAfter(latest) ? due : latest;
        }
        OffsetDateTime after = latest.plusMinutes(1);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<PromiseWatch.Pass>> replicas = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            replicas.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return watch.check(after);
            }));
        }
        go.countDown();
        int breached = replicas.stream().mapToInt(f -> f.join().breached()).sum();
        assertEquals(12, breached);
        assertEquals(12, OwnerDatabase.count(tenant, "select count(*) from promise_breach"));
        assertEquals(12, OwnerDatabase.count(tenant, "select count(*) from notification where template = 'PROMISE_BREACHED'"));
        assertEquals(12, OwnerDatabase.count(tenant, "select count(*) from service_request where promise_status = 'BREACHED'"));
    }

    @Test
    void anotherTenantsEscalationsAreInvisible() throws Exception {
        Response created = request(TestCustomers.customer(tenant), "FAULT");
        watch.check(OffsetDateTime.parse(created.path("promise.dueAt")).plusSeconds(1));
        String breach = given().auth().oauth2(manager).get("/api/v1/promise-breaches").then().extract().path("items[0].id");
        UUID other = tenants.create();
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/promise-breaches").then().body("items", hasSize(0));
        given().auth().oauth2(Tokens.manager(other)).post("/api/v1/promise-breaches/" + breach + "/acknowledge").then().statusCode(404);
        given().auth().oauth2(Tokens.of(other, "dispatcher")).get("/api/v1/promises/watch?status=BREACHED").then().body("items", hasSize(0));
    }
}
