package io.aftercare.servicepoint;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Branches, monitoring centres and partner repair shops, each with a responsible staff account of the tenant. */
@QuarkusTest
class ServicePointsTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    String manager;
    UUID staff;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        staff = OwnerDatabase.insertStaff(tenant, "sp-" + tenant.toString().substring(28), "manager");
    }

    private ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/service-points").then();
    }

    private static String point(String kind, String name, UUID managerId) {
        return "{\"kind\":\"%s\",\"name\":\"%s\",\"address\":\"杭州市西湖区文三路 100 号\",\"phone\":\"0571-8888 6666\"%s}"
                .formatted(kind, name, managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"");
    }

    @Test
    void responsibleManagerMustBeAStaffAccountOfTheTenant() throws Exception {
        create(manager, point("BRANCH", "西湖网点", staff)).statusCode(201).body("managerId", equalTo(staff.toString()));
        UUID otherTenant = tenants.create();
        UUID theirStaff = OwnerDatabase.insertStaff(otherTenant, "their-" + otherTenant.toString().substring(28), "manager");
        create(manager, point("BRANCH", "滨江网点", theirStaff)).statusCode(400).body("errors[0].field", equalTo("managerId"));
        create(manager, point("BRANCH", "滨江网点", UUID.randomUUID())).statusCode(400).body("errors[0].field", equalTo("managerId"));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from service_point"));
    }

    @Test
    void removedStaffAccountLeavesTheServicePointWithoutManager() throws Exception {
        String id = create(manager, point("MONITORING_CENTRE", "监控中心", staff)).statusCode(201).extract().path("id");
        OwnerDatabase.execute(tenant, "delete from staff_user where id = ?", staff);
        given().auth().oauth2(manager).get("/api/v1/service-points/" + id).then().statusCode(200).body("managerId", equalTo(null));
    }

    @Test
    void invalidServicePointNamesEachField() {
        create(manager, "{\"kind\":\"SHOP\",\"name\":\"x\",\"address\":\"y\"}").statusCode(400).body("errors[0].field", equalTo("kind"));
        create(manager, "{\"kind\":\"BRANCH\",\"name\":\"\",\"address\":\"\",\"phone\":\"12\"}").statusCode(400)
                .body("errors.field", hasItems("name", "address", "phone"));
    }

    @Test
    void nameIsUniquePerTenant() {
        create(manager, point("BRANCH", "西湖网点", null)).statusCode(201);
        create(manager, point("PARTNER_REPAIR_SHOP", "西湖网点", null)).statusCode(409).body("errors[0].field", equalTo("name"));
    }

    @Test
    void otherTenantsServicePointAnswers404OnReadUpdateDeleteAndStaysUnchanged() throws Exception {
        UUID other = tenants.create();
        String id = create(Tokens.manager(other), point("BRANCH", "Their branch", null)).statusCode(201).extract().path("id");
        given().auth().oauth2(manager).get("/api/v1/service-points/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"kind\":\"BRANCH\",\"name\":\"Hacked\",\"address\":\"x\"}")
                .put("/api/v1/service-points/" + id).then().statusCode(404);
        given().auth().oauth2(manager).delete("/api/v1/service-points/" + id).then().statusCode(404);
        given().auth().oauth2(manager).get("/api/v1/service-points").then().statusCode(200).body("items", hasSize(0));
        assertEquals(1, OwnerDatabase.count(other, "select count(*) from service_point where name = 'Their branch' and version = 0"));
    }

    @Test
    void staleVersionIs409AndChangesNothing() {
        String id = create(manager, point("BRANCH", "网点", staff)).statusCode(201).extract().path("id");
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"kind\":\"PARTNER_REPAIR_SHOP\",\"name\":\"特约维修点\",\"address\":\"x\"}")
                .put("/api/v1/service-points/" + id).then().statusCode(200).body("version", equalTo(1)).body("managerId", equalTo(null));
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"kind\":\"BRANCH\",\"name\":\"Lost\",\"address\":\"x\"}")
                .put("/api/v1/service-points/" + id).then().statusCode(409).body("errors[0].field", equalTo("version"));
        given().auth().oauth2(manager).get("/api/v1/service-points/" + id).then().body("name", equalTo("特约维修点"));
    }

    @Test
    void dispatchersAndInstallersReadServicePointsButOnlyManagersChangeThem() {
        String id = create(manager, point("BRANCH", "网点", null)).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/service-points").then().statusCode(200)
                .body("items.id", contains(id));
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/service-points/" + id).then().statusCode(200);
        create(Tokens.of(tenant, "dispatcher"), point("BRANCH", "Another", null)).statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).delete("/api/v1/service-points/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "partner")).get("/api/v1/service-points").then().statusCode(403);
        given().auth().oauth2(manager).delete("/api/v1/service-points/" + id).then().statusCode(204);
    }

    @Test
    void idempotentCreateMakesOneServicePoint() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = point("BRANCH", "Once", null);
        String first = given().auth().oauth2(manager).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/service-points").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(manager).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/service-points").then().statusCode(200).extract().path("id");
        assertEquals(first, second);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from service_point"));
    }

    @Test
    void servicePointListIssuesTheSameStatementsForPagesOf5And100() throws Exception {
        OwnerDatabase.execute(tenant, """
                insert into service_point (tenant_id, id, kind, name, address, created_at, updated_at)
                select ?, gen_random_uuid(), 'BRANCH', 'Branch ' || g, 'Street ' || g, now(), now() from generate_series(1, 120) g""",
                tenant);
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200);
        long small = statements.during(() -> given().auth().oauth2(manager).get("/api/v1/service-points?limit=5")
                .then().statusCode(200).body("items", hasSize(5)));
        long large = statements.during(() -> given().auth().oauth2(manager).get("/api/v1/service-points?limit=100&kind=BRANCH")
                .then().statusCode(200).body("items", hasSize(100)));
        assertEquals(small, large);
        assertEquals(1, large);
    }
}
