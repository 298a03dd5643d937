package io.aftercare.followup;

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
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Follow-ups: created when an order is filed, retried when unanswered, completed with answers that may open an objection. */
@QuarkusTest
class FollowUpsTest {

    @Inject
    TestTenants tenants;

    @Inject
    FollowUpSampler sampler;

    UUID tenant;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    private Response afterService(String order) {
        return given().auth().oauth2(dispatcher).queryParam("kind", "AFTER_SERVICE").get("/api/v1/follow-ups");
    }

    private Response attempt(String id, String body) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/follow-ups/" + id + "/attempts");
    }

    @Test
    void aFiledInstallationGetsItsFollowUpCallDuePerThePromiseAndAUsageCall() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        TestOrders.Order order = TestOrders.filed(tenant, customer, "INSTALLATION");
        String workDoneAt = given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order.id()).then()
                .extract().path("order.timeline.find { it.action == 'work-done' }.occurredAt");
        Response list = afterService(order.id());
        list.then().statusCode(200).body("items", hasSize(1)).body("items[0].status", equalTo("OPEN"))
                .body("items[0].customerName", equalTo("王芳")).body("items[0].customerPhone", notNullValue())
                .body("items[0].promise.kind", equalTo("FOLLOW_UP")).body("items[0].workOrderNumber", equalTo("WO-000001"));
        OffsetDateTime due = OffsetDateTime.parse(list.path("items[0].dueAt"));
        assertEquals(due, OffsetDateTime.parse(list.path("items[0].promise.dueAt")));
        assertTrue(due.isAfter(OffsetDateTime.now().plusHours(23)), "24 working hours after completion: " + due);
        // One usage call for the recently installed customer, halfway through the "recent" months.
        given().auth().oauth2(dispatcher).queryParam("kind", "USAGE_CALL").get("/api/v1/follow-ups").then()
                .body("items", hasSize(1)).body("items[0].promise", nullValue());
        // Not yet due: the worklist of calls due now is empty.
        given().auth().oauth2(dispatcher).queryParam("status", "OPEN").queryParam("dueBy", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .get("/api/v1/follow-ups").then().body("items", hasSize(0));
    }

    @Test
    void anUnansweredCallIsRetriedThenAPoorAnswerOpensAnObjectionAndTheOrderCloses() throws Exception {
        TestOrders.Order order = TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        String id = afterService(order.id()).then().extract().path("items[0].id");
        attempt(id, "{\"version\":0,\"reached\":true}").then().statusCode(400).body("errors[0].field", equalTo("answers"));
        attempt(id, "{\"version\":0,\"reached\":false,\"note\":\"无人接听\"}").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("attempts", equalTo(1)).body("attemptLog[0].reached", equalTo(false))
                .body("promise.status", equalTo("MET"));
        OffsetDateTime next = OffsetDateTime.parse(given().auth().oauth2(dispatcher).get("/api/v1/follow-ups/" + id).path("nextAttemptAt"));
        assertTrue(next.isAfter(OffsetDateTime.now().plusHours(3)), "retried after the tenant's 4 working hours: " + next);
        attempt(id, "{\"version\":0,\"reached\":false}").then().statusCode(409);
        attempt(id, """
                {"version":1,"reached":true,"answers":{"knowsUsage":5,"meetsNeeds":4,"installerAttitude":2},"suggestions":"师傅态度差"}""")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("answers.installerAttitude", equalTo(2))
                .body("objectionId", notNullValue());
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order.id()).then().body("order.status", equalTo("CLOSED"))
                .body("timeline.action", org.hamcrest.Matchers.hasItem("closed-after-follow-up"));
        given().auth().oauth2(dispatcher).queryParam("source", "FOLLOW_UP").get("/api/v1/objections").then()
                .body("items", hasSize(1)).body("items[0].promise.kind", equalTo("OBJECTION_COMMITMENT"))
                .body("items[0].description", org.hamcrest.Matchers.containsString("installerAttitude 2"));
        attempt(id, "{\"version\":2,\"reached\":false}").then().statusCode(409);
    }

    @Test
    void theLastUnansweredAttemptGivesUpAndGoodAnswersOpenNothing() throws Exception {
        String manager = Tokens.manager(tenant);
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("\"followUpMaxAttempts\":3", "\"followUpMaxAttempts\":1");
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        TestOrders.Order first = TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        String id = afterService(first.id()).then().extract().path("items[0].id");
        attempt(id, "{\"version\":0,\"reached\":false}").then().statusCode(200).body("status", equalTo("UNREACHABLE"));
        TestOrders.Order second = TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        String other = given().auth().oauth2(dispatcher).queryParam("status", "OPEN").queryParam("kind", "AFTER_SERVICE")
                .get("/api/v1/follow-ups").then().extract().path("items[0].id");
        attempt(other, "{\"version\":0,\"reached\":true,\"answers\":{\"knowsUsage\":3,\"meetsNeeds\":3,\"installerAttitude\":3}}")
                .then().statusCode(200).body("objectionId", nullValue());
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from objection"));
        assertTrue(second.id() != null);
    }

    @Test
    void spotChecksAreDrawnTwiceAWeekOncePerSlot() throws Exception {
        TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        // Thursday noon of this week, Shanghai: both of the week's slots (Monday and Thursday noon) have come.
        OffsetDateTime thursday = OffsetDateTime.now(ZoneOffset.ofHours(8)).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY)).toLocalDate().plusDays(3).atTime(13, 0).atOffset(ZoneOffset.ofHours(8));
        if (thursday.isAfter(OffsetDateTime.now())) {
            thursday = thursday.minusWeeks(1); // early in the week: last week's, when both slots had come
        }
        sampler.sample(thursday);
        sampler.sample(thursday);
        long drawn = OwnerDatabase.count(tenant, "select count(*) from follow_up where kind = 'SPOT_CHECK_VISIT'");
        assertTrue(drawn >= 1 && drawn <= 2, "one order per slot reached, each slot once: " + drawn);
        assertEquals(drawn, OwnerDatabase.count(tenant, "select count(distinct work_order_id) from follow_up where kind = 'SPOT_CHECK_VISIT'"));
    }

    @Test
    void anotherTenantsFollowUpsAreInvisible() throws Exception {
        TestOrders.Order order = TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        String id = afterService(order.id()).then().extract().path("items[0].id");
        UUID other = tenants.create();
        String stranger = Tokens.of(other, "dispatcher");
        given().auth().oauth2(stranger).get("/api/v1/follow-ups/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/follow-ups").then().body("items", hasSize(0));
        given().auth().oauth2(stranger).contentType("application/json").body("{\"version\":0,\"reached\":false}")
                .post("/api/v1/follow-ups/" + id + "/attempts").then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/follow-ups?status=DONE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(dispatcher).get("/api/v1/follow-ups?cursor=abc").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        assertEquals(List.of(), List.of());
    }
}
