package io.aftercare.workorder;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "On my way": departing sets the ETA from where the installer leaves to the site, and the customer is told. */
@QuarkusTest
class OnMyWayTest {

    /** About 11.1 km of latitude. */
    static final double TEN_KM = 0.0999;
    static final OffsetDateTime START = OffsetDateTime.now().plusDays(1).withNano(0);

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;
    UUID customer;
    UUID installer;
    String installerToken;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        customer = TestCustomers.customer(tenant);
        installer = installer(tenant, Tokens.manager(tenant));
        installerToken = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
    }

    UUID site(Double lat, Double lon) throws Exception {
        return TestCustomers.site(tenant, customer, lat, lon);
    }

    /** An order at the site, assigned and with the customer contacted: version 2, ready to depart. */
    String contacted(UUID site, OffsetDateTime start) {
        String id = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s","siteId":"%s","description":"空调不制冷","priority":"NORMAL",
                         "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},"itemsToBring":[],
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, site, start, start.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}").then().statusCode(200);
        act(installerToken, id, "contact", "{\"version\":1,\"note\":\"地址已确认\"}").then().statusCode(200);
        return id;
    }

    Response act(String token, String id, String action, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/work-orders/" + id + "/" + action);
    }

    long told(String template) throws Exception {
        return OwnerDatabase.count(tenant, "select count(*) from notification where template = ? and audience = 'CUSTOMER'", template);
    }

    @Test
    void departingFromAPositionSetsTheEtaFromTheRoadAtTheTenantsSpeedAndTellsTheCustomer() throws Exception {
        String id = contacted(site(30.27, 120.15), START);
        OffsetDateTime before = OffsetDateTime.now();
        JsonPath departed = act(installerToken, id, "depart", "{\"version\":2,\"latitude\":%s,\"longitude\":120.15}".formatted(30.27 + TEN_KM))
                .then().statusCode(200).extract().jsonPath();

        // 11.1 km straight, 14.4 km on the road at the default 130 %, 29 minutes at the default 30 km/h
        assertEquals(14.4, departed.getDouble("etaKm"), 0.2);
        long minutes = Duration.between(before, OffsetDateTime.parse(departed.getString("eta"))).toMinutes();
        assertTrue(minutes >= 27 && minutes <= 30, "ETA " + minutes + " minutes out");
        assertEquals(1, told("ON_THE_WAY"));
        assertEquals(0, told("ON_THE_WAY_NO_ETA"));
        JsonPath detail = given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(departed.getString("eta"), detail.getString("order.eta"));
        assertEquals(14.4, detail.getDouble("timeline.find { it.action == 'departed' }.details.roadKm"), 0.2);
    }

    @Test
    void withoutAPositionTheLatestCheckInIsTheStartAndWithoutEitherThereIsNoEta() throws Exception {
        UUID here = site(30.27, 120.15);
        String first = contacted(here, START);
        act(installerToken, first, "depart", "{\"version\":2}").then().statusCode(200);
        JsonPath unknown = given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + first).then().extract().jsonPath();
        assertNull(unknown.get("order.eta"), "no position and no check-in yet: no ETA");
        assertEquals(1, told("ON_THE_WAY_NO_ETA"));
        act(installerToken, first, "check-in", "{\"version\":3,\"latitude\":30.27,\"longitude\":120.15}").then().statusCode(200);

        String next = contacted(site(30.27 + TEN_KM, 120.15), START.plusHours(2));
        JsonPath departed = act(installerToken, next, "depart", "{\"version\":2}").then().statusCode(200).extract().jsonPath();
        assertEquals(14.4, departed.getDouble("etaKm"), 0.2, "from the check-in at the first site");
    }

    @Test
    void aSiteWithoutCoordinatesHasNoEtaAndAPositionOutOfRangeIsRefused() throws Exception {
        String id = contacted(site(null, null), START);
        act(installerToken, id, "depart", "{\"version\":2,\"latitude\":91,\"longitude\":120.15}").then().statusCode(400)
                .contentType("application/problem+json");
        JsonPath departed = act(installerToken, id, "depart", "{\"version\":2,\"latitude\":30.3,\"longitude\":120.15}")
                .then().statusCode(200).extract().jsonPath();
        assertNull(departed.get("eta"));
        assertNull(departed.get("etaKm"));
    }
}
