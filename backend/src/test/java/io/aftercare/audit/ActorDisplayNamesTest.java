package io.aftercare.audit;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Timelines and the audit trail name people by their display names, next to the login they acted with. */
@QuarkusTest
class ActorDisplayNamesTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
    }

    private static void named(UUID tenant, UUID staff, String first, String last) throws Exception {
        OwnerDatabase.execute(tenant, "update staff_user set first_name = ?, last_name = ? where id = ?", first, last, staff);
    }

    @Test
    void timelineEntriesNameTheDispatcherAndTheInstaller() throws Exception {
        UUID dispatcherId = OwnerDatabase.insertStaff(tenant, "disp-" + UUID.randomUUID().toString().substring(0, 8), "dispatcher");
        named(tenant, dispatcherId, "文", "周");
        UUID installerId = installer(tenant, manager);
        named(tenant, installerId, "Li", "Wei");
        var dispatcherClaims = Tokens.claims(tenant, "dispatcher").subject(dispatcherId.toString()).claim("preferred_username", "zhou");
        String dispatcher = dispatcherClaims.sign();
        String installerToken = Tokens.claims(tenant, "installer").subject(installerId.toString()).sign();
        UUID customer = TestCustomers.customer(tenant);
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        String order = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s","description":"x","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, start, start.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"leadInstallerId\":\"" + installerId + "\"}")
                .post("/api/v1/work-orders/" + order + "/assign").then().statusCode(200);
        given().auth().oauth2(installerToken).contentType("application/json").body("{\"version\":1,\"note\":\"已确认\"}")
                .post("/api/v1/work-orders/" + order + "/contact").then().statusCode(200);

        JsonPath detail = given().auth().oauth2(manager).get("/api/v1/work-orders/" + order).then().statusCode(200).extract().jsonPath();
        assertEquals("周文", detail.getString("timeline.find { it.action == 'assigned' }.actorDisplayName"));
        assertEquals("zhou", detail.getString("timeline.find { it.action == 'assigned' }.actorName"), "the login stays");
        assertEquals("Li Wei", detail.getString("timeline.find { it.action == 'customer-contacted' }.actorDisplayName"));
    }

    @Test
    void auditEventsNameTheirActorsAndNamesNeverCrossTenants() throws Exception {
        UUID managerId = OwnerDatabase.insertStaff(tenant, "boss-" + UUID.randomUUID().toString().substring(0, 8), "manager");
        named(tenant, managerId, "经理", "王");
        String named = Tokens.claims(tenant, "manager").subject(managerId.toString()).sign();
        given().auth().oauth2(named).contentType("application/json").body("{\"name\":\"安达安装\"}").post("/api/v1/partners")
                .then().statusCode(201);
        // A token whose subject is a person of another tenant acts unnamed here.
        UUID other = tenants.create();
        UUID stranger = OwnerDatabase.insertStaff(other, "x-" + UUID.randomUUID().toString().substring(0, 8), "manager");
        named(other, stranger, "Some", "Stranger");
        given().auth().oauth2(Tokens.claims(tenant, "manager").subject(stranger.toString()).sign()).contentType("application/json")
                .body("{\"name\":\"另一家\"}").post("/api/v1/partners").then().statusCode(201);

        JsonPath events = given().auth().oauth2(manager).get("/api/v1/audit-events?entityType=partner").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("王经理", events.getString("items.find { it.actorId == '" + managerId + "' }.actorDisplayName"));
        assertEquals(stranger.toString(), events.getString("items.find { it.actorId == '" + stranger + "' }.actorId"));
        assertNull(events.get("items.find { it.actorId == '" + stranger + "' }.actorDisplayName"));
    }
}
