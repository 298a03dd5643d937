package io.aftercare.workorder;

import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The assign candidates say who the assign action would refuse, and why, before the dispatcher submits. */
@QuarkusTest
class AssignCandidatesTest {

    static final OffsetDateTime START = OffsetDateTime.parse("2030-07-01T09:00:00+08:00");

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        manager = Tokens.manager(tenant);
    }

    String order(boolean electrical, OffsetDateTime start) throws Exception {
        return given().auth().oauth2(dispatcher).contentType("application/json")
                .body(WorkOrderLifecycleTest.order(TestCustomers.customer(tenant), "INSTALLATION", electrical, start))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    Response assign(String order, UUID installer) {
        return given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}").post("/api/v1/work-orders/" + order + "/assign");
    }

    JsonPath candidates(String order) {
        return given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order + "/candidates").then().statusCode(200)
                .extract().jsonPath();
    }

    static Map<String, Object> of(JsonPath candidates, UUID installer) {
        return candidates.getMap("items.find { it.installerId == '" + installer + "' }");
    }

    @Test
    void installerWithoutACertificateValidOnTheDayIsIneligibleAndAssignRefusesHimToo() throws Exception {
        UUID valid = installer(tenant, manager);
        certificate(manager, valid, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        UUID expired = installer(tenant, manager);
        certificate(manager, expired, "ELECTRICIAN", "2020-01-01", "2026-06-30");
        UUID none = installer(tenant, manager);
        UUID later = installer(tenant, manager);
        certificate(manager, later, "ELECTRICIAN", "2031-01-01", "2036-12-31");
        String order = order(true, START);

        JsonPath found = candidates(order);
        assertEquals("2030-07-01", found.getString("day"));
        assertEquals(valid.toString(), found.getString("items[0].installerId"), "the only eligible one comes first");
        assertEquals(true, of(found, valid).get("eligible"));
        assertEquals(List.of(), of(found, valid).get("reasons"));
        assertEquals(false, of(found, expired).get("eligible"));
        assertEquals(List.of(Map.of("code", "certificate-expired", "qualification", "ELECTRICIAN", "date", "2026-06-30")),
                of(found, expired).get("reasons"));
        assertEquals(List.of(Map.of("code", "no-certificate", "qualification", "ELECTRICIAN")), of(found, none).get("reasons"));
        assertEquals(List.of(Map.of("code", "certificate-not-yet-valid", "qualification", "ELECTRICIAN", "date", "2031-01-01")),
                of(found, later).get("reasons"));
        for (UUID refused : List.of(expired, none, later)) {
            assign(order, refused).then().statusCode(409)
                    .body("type", equalTo("https://aftercare.dev/problems/installer-not-dispatchable"));
        }
        assign(order, valid).then().statusCode(200);
    }

    /** The installer asks for leave and a manager approves it. */
    void approvedLeave(UUID installer, String firstDay, String lastDay) {
        String leave = given().auth().oauth2(Tokens.claims(tenant, "installer").subject(installer.toString()).sign())
                .contentType("application/json").body(Map.of("firstDay", firstDay, "lastDay", lastDay, "reason", "家中有事"))
                .post("/api/v1/installers/" + installer + "/leave-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"approve\":true}")
                .post("/api/v1/installers/" + installer + "/leave-requests/" + leave + "/decision").then().statusCode(200);
    }

    @Test
    void installerOnApprovedLeaveThatDayIsIneligible() throws Exception {
        UUID away = installer(tenant, manager);
        approvedLeave(away, "2030-06-30", "2030-07-02");
        String order = order(false, START);
        assertEquals(List.of(Map.of("code", "on-leave", "date", "2030-07-01")), of(candidates(order), away).get("reasons"));
        assertEquals(false, of(candidates(order), away).get("eligible"));
        assign(order, away).then().statusCode(409);
    }

    @Test
    void overlappingAppointmentAndInactivityMakeIneligibleAndJobsThatDayAreCounted() throws Exception {
        UUID busy = installer(tenant, manager);
        UUID free = installer(tenant, manager);
        UUID gone = installer(tenant, manager);
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"status\":\"INACTIVE\"}")
                .patch("/api/v1/installers/" + gone).then().statusCode(200);
        String first = order(false, START);
        assign(first, busy).then().statusCode(200);
        String evening = order(false, START.plusHours(8));
        assign(evening, free).then().statusCode(200);
        String second = order(false, START.plusHours(1));

        JsonPath found = candidates(second);
        assertEquals(List.of(Map.of("code", "overlap", "orderNumbers", List.of("WO-000001"))), of(found, busy).get("reasons"));
        assertEquals(false, of(found, busy).get("eligible"));
        assertEquals(1, of(found, busy).get("jobsThatDay"));
        assertEquals(true, of(found, free).get("eligible"));
        assertEquals(1, of(found, free).get("jobsThatDay"));
        assertEquals(List.of(Map.of("code", "inactive")), of(found, gone).get("reasons"));
        assertEquals(free.toString(), found.getString("items[0].installerId"));
        assign(second, busy).then().statusCode(409).body("errors[0].message", equalTo("has WO-000001 at an overlapping time"));
        assign(second, gone).then().statusCode(409);
        // The order's own crew does not overlap with itself.
        assertFalse(((List<?>) of(candidates(first), busy).get("reasons")).stream().anyMatch(r -> r.toString().contains("overlap")));
    }

    Response reschedule(String order, int version, OffsetDateTime start) {
        return given().auth().oauth2(dispatcher).contentType("application/json")
                .body(Map.of("version", version, "appointment", Map.of("start", start.toString(), "end", start.plusHours(2).toString())))
                .post("/api/v1/work-orders/" + order + "/reschedule");
    }

    @Test
    void theCrewKeepsARescheduledOrderOnlyOnADayTheyMayTakeIt() throws Exception {
        UUID lead = installer(tenant, manager);
        certificate(manager, lead, "ELECTRICIAN", "2020-01-01", "2030-07-05");
        approvedLeave(lead, "2030-07-03", "2030-07-03");
        String order = order(true, START);
        assign(order, lead).then().statusCode(200);
        String other = order(false, START.plusDays(1));
        assign(other, lead).then().statusCode(200);

        reschedule(order, 1, START.plusDays(2)).then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/installer-not-dispatchable"))
                .body("errors[0].field", equalTo("leadInstallerId"))
                .body("errors[0].message", equalTo("is on approved leave on 2030-07-03"));
        reschedule(order, 1, START.plusDays(5)).then().statusCode(409)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("ELECTRICIAN"));
        reschedule(order, 1, START.plusDays(1)).then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/crew-not-free"));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).then().statusCode(200)
                .body("order.version", equalTo(1)).body("order.appointment.start", equalTo("2030-07-01T01:00:00Z"));

        reschedule(order, 1, START.plusDays(3)).then().statusCode(200).body("leadInstallerId", equalTo(lead.toString()));
    }

    @Test
    void anotherTenantsOrderIs404() throws Exception {
        String order = order(false, START);
        given().auth().oauth2(Tokens.of(tenants.create(), "dispatcher")).get("/api/v1/work-orders/" + order + "/candidates")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + UUID.randomUUID() + "/candidates").then().statusCode(404);
    }

    @Test
    void onlyManagersAndDispatchersSeeCandidates() throws Exception {
        String order = order(false, START);
        given().auth().oauth2(manager).get("/api/v1/work-orders/" + order + "/candidates").then().statusCode(200);
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order + "/candidates").then().statusCode(200);
        for (String role : List.of("installer", "partner", "customer")) {
            given().auth().oauth2(Tokens.of(tenant, role)).get("/api/v1/work-orders/" + order + "/candidates").then().statusCode(403);
        }
    }
}
