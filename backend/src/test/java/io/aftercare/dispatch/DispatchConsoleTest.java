package io.aftercare.dispatch;

import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.certificate;
import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispatch console: the day's board, and "optimise the day" with its proposal applied whole, in part, or refused when stale. */
@QuarkusTest
class DispatchConsoleTest {

    static final String DAY = "2030-07-01";
    static final OffsetDateTime NINE = OffsetDateTime.parse(DAY + "T09:00:00+08:00");
    /** About 1.1 km of latitude. */
    static final double KM = 0.00899;

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;
    String manager;
    UUID customer;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        manager = Tokens.manager(tenant);
        customer = TestCustomers.customer(tenant);
    }

    UUID site(double lat, double lon) throws Exception {
        return TestCustomers.site(tenant, customer, lat, lon);
    }

    String order(UUID site, OffsetDateTime start, boolean electrical) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"INSTALLATION","customerId":"%s","siteId":"%s","description":"空调安装","priority":"NORMAL",
                         "tasks":{"electricalWork":%s,"welding":false,"workAtHeight":false},"itemsToBring":[],
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, site, electrical, start, start.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    void assign(String order, int version, UUID installer) {
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":" + version + ",\"leadInstallerId\":\"" + installer + "\"}")
                .post("/api/v1/work-orders/" + order + "/assign").then().statusCode(200);
    }

    JsonPath order(String id) {
        return given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + id).then().statusCode(200).extract().jsonPath();
    }

    JsonPath board() {
        return given().auth().oauth2(dispatcher).queryParam("day", DAY).get("/api/v1/dispatch/board").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Starts a run and waits for it to end (the tenant's bound is 10 s; a small day stops sooner). */
    JsonPath optimise(String body) throws InterruptedException {
        String id = given().auth().oauth2(dispatcher).contentType("application/json").body(body)
                .post("/api/v1/dispatch/plans").then().statusCode(202).body("status", equalTo("QUEUED"))
                .header("Location", containsString("/api/v1/dispatch/plans/")).extract().path("id");
        for (int i = 0; i < 300; i++) {
            JsonPath plan = given().auth().oauth2(dispatcher).get("/api/v1/dispatch/plans/" + id).then().statusCode(200).extract().jsonPath();
            if (List.of("READY", "FAILED").contains(plan.getString("status"))) {
                assertEquals("READY", plan.getString("status"), () -> "failure: " + plan.getString("failure"));
                return plan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not end in 30 s");
    }

    @Test
    void theBoardShowsEachInstallersDayWithLeaveCertificatesAndTheQueueByPromise() throws Exception {
        UUID electrician = installer(tenant, manager);
        certificate(manager, electrician, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        UUID plain = installer(tenant, manager);
        String assigned = order(site(30.27, 120.15), NINE, false);
        assign(assigned, 0, plain);
        String waiting = order(site(30.28, 120.16), NINE.plusHours(3), true);
        // another tenant's order on the same day is not on this board
        UUID other = tenants.create();
        given().auth().oauth2(Tokens.of(other, "dispatcher")).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s","description":"x","priority":"LOW",
                         "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},"itemsToBring":[],
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(TestCustomers.customer(other), NINE, NINE.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201);

        JsonPath board = board();
        assertEquals(DAY, board.getString("day"));
        assertEquals(2, board.getList("rows").size());
        Map<String, Object> electricianRow = board.getMap("rows.find { it.id == '" + electrician + "' }");
        assertTrue(((List<?>) electricianRow.get("qualifications")).contains("ELECTRICIAN"));
        Map<String, Object> plainRow = board.getMap("rows.find { it.id == '" + plain + "' }");
        assertTrue(!((List<?>) plainRow.get("qualifications")).contains("ELECTRICIAN"), "no certificate, no qualification");
        assertEquals("08:30", plainRow.get("workingHoursStart"));
        assertEquals(List.of(assigned), board.getList("rows.find { it.id == '" + plain + "' }.jobs.id"));
        assertEquals(List.of(waiting), board.getList("unassigned.id"));
        assertEquals("王芳", board.getString("unassigned[0].customerName"));
        assertEquals(30.28, board.getDouble("unassigned[0].latitude"), 1e-9);
        assertEquals(List.of("ELECTRICIAN"), board.getList("unassigned[0].requiredQualifications"));
        assertNotNull(board.get("unassigned[0].promise.dueAt"));
    }

    @Test
    void theOptimiserPlacesEachOrderWithAQualifiedInstallerNearItAndAppliesPartOfItsProposal() throws Exception {
        UUID west = installer(tenant, manager);
        certificate(manager, west, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        UUID east = installer(tenant, manager);
        // the electrical job must go to the only electrician; the other order to whoever is free
        String wiring = order(site(30.27, 120.15), NINE, true);
        String fitting = order(site(30.27 + 20 * KM, 120.15), NINE, false);

        JsonPath plan = optimise("{\"day\":\"" + DAY + "\"}");
        assertEquals(2, plan.getInt("after.placed"));
        assertEquals(0, plan.getInt("after.unassigned"));
        assertEquals(0, plan.getInt("before.placed"));
        assertEquals(west.toString(), plan.getString("changes.find { it.workOrderId == '" + wiring + "' }.toInstallerId"));
        assertEquals(east.toString(), plan.getString("changes.find { it.workOrderId == '" + fitting + "' }.toInstallerId"));
        assertNull(plan.get("changes.find { it.workOrderId == '" + wiring + "' }.fromInstallerId"));
        assertEquals(false, plan.get("changes[0].windowMoved"), "windows stay unless the dispatcher lets them move");

        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"workOrderIds\":[\"" + wiring + "\"]}")
                .post("/api/v1/dispatch/plans/" + plan.getString("id") + "/apply").then().statusCode(200)
                .body("changes.find { it.workOrderId == '" + wiring + "' }.applied", equalTo(true))
                .body("changes.find { it.workOrderId == '" + fitting + "' }.applied", equalTo(false));
        assertEquals(west.toString(), order(wiring).getString("order.leadInstallerId"));
        assertEquals("ASSIGNED", order(wiring).getString("order.status"));
        assertEquals("NEW", order(fitting).getString("order.status"), "only the change taken is applied");
        // the assign went through the same action: its timeline and audit say so
        assertTrue(order(wiring).getList("timeline.action").contains("assigned"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"workOrderIds\":[\"" + wiring + "\"]}")
                .post("/api/v1/dispatch/plans/" + plan.getString("id") + "/apply").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("applied already"));
    }

    @Test
    void aProposalWhoseOrderChangedMeanwhileIsRefusedNamingItAndNothingIsApplied() throws Exception {
        UUID one = installer(tenant, manager);
        UUID two = installer(tenant, manager);
        String first = order(site(30.27, 120.15), NINE, false);
        String second = order(site(30.30, 120.15), NINE, false);
        JsonPath plan = optimise("{\"day\":\"" + DAY + "\"}");
        String number = order(first).getString("order.number");
        assign(first, 0, one);

        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"workOrderIds\":[\"" + second + "\",\"" + first + "\"]}")
                .post("/api/v1/dispatch/plans/" + plan.getString("id") + "/apply").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aftercare.dev/problems/plan-stale"))
                .body("detail", containsString(number))
                .body("errors[0].field", equalTo("workOrderIds[1]"));
        assertEquals("NEW", order(second).getString("order.status"), "nothing of the refused apply stays");
        assertTrue(List.of(one.toString(), two.toString()).contains(plan.getString("changes.find { it.workOrderId == '" + second + "' }.toInstallerId")));
    }

    @Test
    void movedWindowsAreProposedOnlyWhenAllowedAndAppliedAsAReschedule() throws Exception {
        UUID only = installer(tenant, manager);
        // two orders at the same time: without moving windows, the one installer can take only one of them
        String first = order(site(30.27, 120.15), NINE, false);
        String second = order(site(30.27 + KM, 120.15), NINE, false);

        JsonPath fixed = optimise("{\"day\":\"" + DAY + "\"}");
        assertEquals(1, fixed.getInt("after.placed"));
        assertEquals(1, fixed.getList("unplaced").size());

        JsonPath moving = optimise("{\"day\":\"" + DAY + "\",\"allowWindowMoves\":true}");
        assertEquals(2, moving.getInt("after.placed"));
        assertTrue(moving.getList("changes.windowMoved").contains(true));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"workOrderIds\":[\"" + first + "\",\"" + second + "\"]}")
                .post("/api/v1/dispatch/plans/" + moving.getString("id") + "/apply").then().statusCode(200);
        JsonPath a = order(first);
        JsonPath b = order(second);
        assertEquals(only.toString(), a.getString("order.leadInstallerId"));
        assertEquals(only.toString(), b.getString("order.leadInstallerId"));
        OffsetDateTime aEnd = OffsetDateTime.parse(a.getString("order.appointment.end"));
        OffsetDateTime bStart = OffsetDateTime.parse(b.getString("order.appointment.start"));
        OffsetDateTime bEnd = OffsetDateTime.parse(b.getString("order.appointment.end"));
        OffsetDateTime aStart = OffsetDateTime.parse(a.getString("order.appointment.start"));
        assertTrue(!aStart.isBefore(bEnd) || !bStart.isBefore(aEnd), "the two appointments no longer overlap");
    }

    @Test
    void suggestionsRankByWorkloadThenTheRoadFromThePreviousJobAndSayWhy() throws Exception {
        UUID near = installer(tenant, manager);
        UUID far = installer(tenant, manager);
        UUID idle = installer(tenant, manager);
        String nearJob = order(site(30.27 + KM, 120.15), NINE.minusHours(1), false);
        assign(nearJob, 0, near);
        String farJob = order(site(30.27 + 20 * KM, 120.15), NINE.minusHours(1), false);
        assign(farJob, 0, far);
        String target = order(site(30.27, 120.15), NINE.plusHours(1), false);

        JsonPath found = given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + target + "/candidates").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(idle.toString(), near.toString(), far.toString()), found.getList("items.installerId"),
                "the one with no job that day first, then the nearer of the two busy ones");
        assertEquals(order(nearJob).getString("order.number"), found.getString("items[1].previousOrderNumber"));
        assertEquals(1.3, found.getDouble("items[1].distanceKm"), 0.1, "1 km of straight line at the default road factor 130 %");
        assertEquals(26, found.getDouble("items[2].distanceKm"), 0.5);
        assertEquals(1, found.getInt("items[1].jobsThatDay"));
        assertNull(found.get("items[0].distanceKm"), "no previous job, no check-in: no distance to show");
    }

    @Test
    void badDaysOtherTenantsAndRolesAreRefusedClearly() throws Exception {
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"day\":\"2020-01-01\"}")
                .post("/api/v1/dispatch/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("day"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"day\":\"2030-07-01\",\"servicePointId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/dispatch/plans").then().statusCode(404);
        given().auth().oauth2(dispatcher).queryParam("day", "07/01/2030").get("/api/v1/dispatch/board").then().statusCode(400)
                .contentType("application/problem+json");
        String id = given().auth().oauth2(dispatcher).contentType("application/json").body("{\"day\":\"" + DAY + "\"}")
                .post("/api/v1/dispatch/plans").then().statusCode(202).extract().path("id");
        given().auth().oauth2(Tokens.of(tenants.create(), "dispatcher")).get("/api/v1/dispatch/plans/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of(tenants.create(), "manager")).contentType("application/json").body("{\"workOrderIds\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/api/v1/dispatch/plans/" + id + "/apply").then().statusCode(404);
        for (String role : List.of("installer", "partner")) {
            given().auth().oauth2(Tokens.of(tenant, role)).get("/api/v1/dispatch/board").then().statusCode(403);
            given().auth().oauth2(Tokens.of(tenant, role)).get("/api/v1/dispatch/plans/" + id).then().statusCode(403);
        }
        given().auth().oauth2(manager).get("/api/v1/dispatch/board").then().statusCode(200);
    }
}
