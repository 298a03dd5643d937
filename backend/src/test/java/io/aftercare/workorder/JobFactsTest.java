package io.aftercare.workorder;

import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.certificate;
import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The installer's job screen reads everything the visit needs from the order's detail; installers off the crew get 404. */
@QuarkusTest
class JobFactsTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;
    String manager;
    String customerId;
    String siteId;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        manager = Tokens.manager(tenant);
        JsonPath customer = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"kind":"PERSON","name":"王芳","phone":"138-1234-5678",
                         "sites":[{"label":"家","address":"杭州市西湖区文三路 90 号","latitude":30.2741,"longitude":120.1551}]}""")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath();
        customerId = customer.getString("id");
        siteId = customer.getString("sites[0].id");
    }

    String order(String type, boolean electrical, boolean welding, String site) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"%s","customerId":"%s",%s"description":"安装充电桩",
                         "tasks":{"electricalWork":%s,"welding":%s,"workAtHeight":false},
                         "itemsToBring":[{"name":"充电桩 7kW","quantity":1},{"name":"电缆 6mm²","quantity":20}],
                         "appointment":{"start":"2030-05-06T09:00:00+08:00","end":"2030-05-06T12:00:00+08:00"}}"""
                        .formatted(type, customerId, site == null ? "" : "\"siteId\":\"" + site + "\",", electrical, welding))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    String assigned(String order, UUID installer) {
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}")
                .post("/api/v1/work-orders/" + order + "/assign").then().statusCode(200);
        return Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
    }

    @Test
    void installerOnTheCrewSeesPhoneSiteItemsCertificatesAndTheSafetyChecksThatApply() throws Exception {
        UUID electrician = installer(tenant, manager);
        certificate(manager, electrician, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        certificate(manager, electrician, "WELDING", "2020-01-01", "2035-12-31");
        String order = order("INSTALLATION", true, true, siteId);
        String token = assigned(order, electrician);

        JsonPath detail = given().auth().oauth2(token).get("/api/v1/work-orders/" + order).then().statusCode(200).extract().jsonPath();
        assertEquals("138-1234-5678", detail.getString("job.customerPhone"));
        assertEquals("杭州市西湖区文三路 90 号", detail.getString("job.site.address"));
        assertEquals(30.2741, detail.getDouble("job.site.latitude"), 1e-9);
        assertEquals(120.1551, detail.getDouble("job.site.longitude"), 1e-9);
        assertEquals(List.of("充电桩 7kW", "电缆 6mm²"), detail.getList("order.itemsToBring.name"));
        assertEquals(List.of("ELECTRICIAN", "WELDING"), detail.getList("order.requiredQualifications"));
        assertEquals(List.of("powerOffBeforeWork", "electricalSafetyChecked", "flammableGasChecked", "trialRunLeakChecked",
                "hazardsFound", "hazardsReportedToCustomer"), detail.getList("job.safetyChecks.key"));
        assertEquals(List.of(false, false, false, false, false, true), detail.getList("job.safetyChecks.onlyWhenHazardsFound"));
    }

    @Test
    void safetyChecksFollowTheJobAndAnOrderWithoutASiteHasNone() throws Exception {
        UUID installer = installer(tenant, manager);
        String order = order("MAINTENANCE", false, false, null);
        String token = assigned(order, installer);
        JsonPath detail = given().auth().oauth2(token).get("/api/v1/work-orders/" + order).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("hazardsFound", "hazardsReportedToCustomer"), detail.getList("job.safetyChecks.key"));
        assertNull(detail.get("job.site"));
        assertEquals("138-1234-5678", detail.getString("job.customerPhone"));
    }

    @Test
    void installerNotOnTheCrewGets404() throws Exception {
        UUID crew = installer(tenant, manager);
        UUID other = installer(tenant, manager);
        String order = order("REPAIR", false, false, siteId);
        assigned(order, crew);
        given().auth().oauth2(Tokens.claims(tenant, "installer").subject(other.toString()).sign())
                .get("/api/v1/work-orders/" + order).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(tenants.create(), "dispatcher")).get("/api/v1/work-orders/" + order).then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).then().statusCode(200)
                .body("job.customerPhone", equalTo("138-1234-5678"));
    }
}
