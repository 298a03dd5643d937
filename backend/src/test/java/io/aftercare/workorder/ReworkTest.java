package io.aftercare.workorder;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A repeat repair of the same fault on the same asset within the rework window is linked and attributable. */
@QuarkusTest
class ReworkTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;
    UUID asset;
    UUID customer;
    int day;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        customer = TestCustomers.customer(tenant);
        asset = TestCustomers.asset(tenant, customer);
    }

    private String repair(String fault) {
        OffsetDateTime start = OffsetDateTime.parse("2030-01-07T09:00:00+08:00").plusDays(day++);
        return given().auth().oauth2(manager).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s","assetIds":["%s"],"faultCategory":"%s","description":"GPS 无信号",
                         "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, asset, fault, start, start.plusHours(2)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    private void doneBy(UUID installer, String id) {
        String[] steps = {"assign", "contact", "depart", "check-in", "complete"};
        String[] bodies = {"\"leadInstallerId\":\"" + installer + "\"", "\"note\":\"ok\"", null, null,
                "\"checklist\":{\"trialRunLeakChecked\":true,\"hazardsFound\":false},\"report\":{\"faultCause\":\"loose antenna\","
                        + "\"solution\":\"fixed\",\"partsReplaced\":[],\"customerOpinion\":\"ok\"}"};
        for (int i = 0; i < steps.length; i++) {
            given().auth().oauth2(manager).contentType("application/json")
                    .body("{\"version\":" + i + (bodies[i] == null ? "" : "," + bodies[i]) + "}")
                    .post("/api/v1/work-orders/" + id + "/" + steps[i]).then().statusCode(200);
        }
    }

    @Test
    void repeatRepairOfTheSameFaultWithinTheWindowIsLinkedAsRework() throws Exception {
        UUID installer = installer(tenant, manager);
        String first = repair("no-gps-signal");
        doneBy(installer, first);
        String again = repair("no-gps-signal");
        given().auth().oauth2(manager).get("/api/v1/work-orders/" + again).then()
                .body("order.reworkOfId", equalTo(first)).body("timeline[0].details.reworkOf", equalTo(first));
        String otherFault = repair("cracked-screen");
        given().auth().oauth2(manager).get("/api/v1/work-orders/" + otherFault).then().body("order.reworkOfId", nullValue());
    }

    @Test
    void repairAfterTheTenantsReworkWindowIsNotRework() throws Exception {
        UUID installer = installer(tenant, manager);
        String first = repair("no-gps-signal");
        doneBy(installer, first);
        OwnerDatabase.execute(tenant, "update work_order set work_done_at = now() - interval '31 days' where id = ?", UUID.fromString(first));
        given().auth().oauth2(manager).get("/api/v1/work-orders/" + repair("no-gps-signal")).then().body("order.reworkOfId", nullValue());
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("\"reworkWindowDays\":30", "\"reworkWindowDays\":45");
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/work-orders/" + repair("no-gps-signal")).then().body("order.reworkOfId", equalTo(first));
    }

    @Test
    void installerCausedReworkCountsAgainstTheOriginalLeadInstaller() throws Exception {
        UUID careless = installer(tenant, manager);
        String first = repair("no-gps-signal");
        doneBy(careless, first);
        String rework = repair("no-gps-signal");
        given().auth().oauth2(manager).get("/api/v1/work-orders/rework-counts").then().statusCode(200).body("items", equalTo(List.of()));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"cause\":\"INSTALLER\"}")
                .post("/api/v1/work-orders/" + rework + "/rework-cause").then().statusCode(200).body("reworkCause", equalTo("INSTALLER"));
        given().auth().oauth2(manager).get("/api/v1/work-orders/rework-counts").then().statusCode(200)
                .body("items[0].installerId", equalTo(careless.toString())).body("items[0].count", equalTo(1));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":5,\"cause\":\"PRODUCT\"}")
                .post("/api/v1/work-orders/" + first + "/rework-cause").then().statusCode(409);
        given().auth().oauth2(manager).get("/api/v1/work-orders/rework-counts?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
