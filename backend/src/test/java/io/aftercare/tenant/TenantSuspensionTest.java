package io.aftercare.tenant;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The platform administrator finds tenants by name or slug, and suspends and resumes them. */
@QuarkusTest
class TenantSuspensionTest {

    @Inject
    TestTenants tenants;

    private static void rename(UUID tenant, String name) throws Exception {
        OwnerDatabase.execute(null, "update tenant set name = ? where id = ?", name, tenant);
    }

    @Test
    void aSuspendedTenantsPeopleAreRefusedUntilItIsResumed() throws Exception {
        UUID tenant = tenants.create();
        UUID other = tenants.create();
        String manager = Tokens.manager(tenant);
        String admin = Tokens.platformAdmin();
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200);

        given().auth().oauth2(admin).post("/api/v1/platform/tenants/" + tenant + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("suspendedAt", not(nullValue()));
        for (String path : List.of("/api/v1/settings", "/api/v1/home", "/api/v1/work-orders")) {
            given().auth().oauth2(manager).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://aftercare.dev/problems/tenant-suspended"));
        }
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/work-orders").then().statusCode(403)
                .body("type", equalTo("https://aftercare.dev/problems/tenant-suspended"));
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/settings").then().statusCode(200);
        // Suspending again changes nothing, and the suspension is in the tenant's own audit trail once.
        String since = given().auth().oauth2(admin).post("/api/v1/platform/tenants/" + tenant + "/suspend").then().statusCode(200)
                .extract().path("suspendedAt");
        given().auth().oauth2(admin).get("/api/v1/platform/tenants/" + tenant).then().statusCode(200).body("suspendedAt", equalTo(since));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from audit_event where action = 'tenant.suspended'"));

        given().auth().oauth2(admin).post("/api/v1/platform/tenants/" + tenant + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("suspendedAt", nullValue());
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from audit_event where action = 'tenant.resumed'"));
    }

    @Test
    void onlyThePlatformAdministratorSuspends() {
        UUID tenant = tenants.create();
        given().auth().oauth2(Tokens.manager(tenant)).post("/api/v1/platform/tenants/" + tenant + "/suspend").then().statusCode(403);
        given().post("/api/v1/platform/tenants/" + tenant + "/suspend").then().statusCode(401);
        given().auth().oauth2(Tokens.platformAdmin()).post("/api/v1/platform/tenants/" + UUID.randomUUID() + "/suspend").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.platformAdmin()).post("/api/v1/platform/tenants/" + UUID.randomUUID() + "/resume").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/settings").then().statusCode(200);
    }

    @Test
    void tenantsAreFoundByNameOrSlugAndPagedByKeyset() throws Exception {
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        List<String> named = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID tenant = tenants.create();
            rename(tenant, "北极星 " + marker + " " + i);
            named.add(tenant.toString());
        }
        UUID bySlug = tenants.create();
        String admin = Tokens.platformAdmin();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(admin).queryParam("q", marker.toLowerCase()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/platform/tenants").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(named, seen);
        String slug = TestTenants.loginPrefix(bySlug);
        given().auth().oauth2(admin).queryParam("q", slug.toUpperCase()).get("/api/v1/platform/tenants").then().statusCode(200)
                .body("items.id", equalTo(List.of(bySlug.toString()))).body("items[0].status", equalTo("ACTIVE"));
        // Wildcards are searched for as text.
        given().auth().oauth2(admin).queryParam("q", marker + "%").get("/api/v1/platform/tenants").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
