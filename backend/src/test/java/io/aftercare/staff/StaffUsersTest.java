package io.aftercare.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.RealKeycloak;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager's staff accounts are created, changed, disabled and removed in the real Keycloak and mirrored. */
@QuarkusTest
class StaffUsersTest {

    @Inject
    Keycloak admin;

    @Inject
    TestTenants tenants;

    RealKeycloak keycloak;
    UUID tenant;
    String manager;
    String prefix;

    @BeforeEach
    void setUp() {
        keycloak = new RealKeycloak(admin);
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        prefix = TestTenants.loginPrefix(tenant);
    }

    /** The login a local name gets in this tenant (tracked for clean-up). */
    private String login(String local) {
        return keycloak.track(prefix + "." + local);
    }

    @AfterEach
    void cleanUp() {
        keycloak.cleanUp();
    }

    private String newUser(String username, String roles) {
        return """
                {"username":"%s","email":"%s@example.com","firstName":"Fang","lastName":"Zhou",
                 "roles":%s,"password":"install-3r","temporaryPassword":false}""".formatted(username, username, roles);
    }

    private String create(String username, String roles) {
        return given().auth().oauth2(manager).contentType("application/json").body(newUser(username, roles))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    @Test
    void createdInstallerCanLogInWithTheTenantInTheToken() throws Exception {
        String local = RealKeycloak.unique("inst.");
        String username = login(local);
        String id = create(local, "[\"installer\"]");

        UserRepresentation account = keycloak.user(username).orElseThrow();
        assertEquals(id, account.getId());
        assertEquals(List.of(tenant.toString()), account.getAttributes().get("tenant"));
        assertTrue(keycloak.realmRoles(id).contains("installer"));
        JsonNode claims = RealKeycloak.loginClaims(username, "install-3r");
        assertEquals(tenant.toString(), claims.get("tenant").asText());
        assertTrue(claims.get("groups").toString().contains("installer"));

        given().auth().oauth2(manager).get("/api/v1/users/" + id).then().statusCode(200)
                .body("username", equalTo(username)).body("localName", equalTo(local)).body("roles", equalTo(List.of("installer")))
                .body("enabled", equalTo(true)).body("version", equalTo(0));
        assertEquals(1, OwnerDatabase.count(tenant,
                "select count(*) from audit_event where action = 'staff-user.created' and entity_id = ?", id));
    }

    @Test
    void rolesChangeAndDisableReachKeycloakAndStaleVersionIs409() {
        String local = RealKeycloak.unique("disp.");
        String username = login(local);
        String id = create(local, "[\"installer\"]");

        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"roles\":[\"dispatcher\"],\"firstName\":\"Min\"}")
                .patch("/api/v1/users/" + id).then().statusCode(200)
                .body("roles", equalTo(List.of("dispatcher"))).body("firstName", equalTo("Min")).body("version", equalTo(1));
        List<String> roles = keycloak.realmRoles(id);
        assertTrue(roles.contains("dispatcher"));
        assertFalse(roles.contains("installer"));

        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"enabled\":false}")
                .patch("/api/v1/users/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("version"));
        assertTrue(keycloak.user(username).orElseThrow().isEnabled(), "a refused change leaves Keycloak alone");

        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":1,\"enabled\":false}")
                .patch("/api/v1/users/" + id).then().statusCode(200).body("enabled", equalTo(false));
        assertFalse(keycloak.user(username).orElseThrow().isEnabled());
    }

    @Test
    void removedAccountIsGoneFromKeycloakAndTheTenant() {
        String local = RealKeycloak.unique("gone.");
        String username = login(local);
        String id = create(local, "[\"partner\"]");
        given().auth().oauth2(manager).delete("/api/v1/users/" + id).then().statusCode(204);
        assertTrue(keycloak.user(username).isEmpty());
        given().auth().oauth2(manager).get("/api/v1/users/" + id).then().statusCode(404);
    }

    @Test
    void takenUsernameIs409AndBadRolesAre400() {
        String local = RealKeycloak.unique("dup.");
        login(local);
        create(local, "[\"installer\"]");
        given().auth().oauth2(manager).contentType("application/json").body(newUser(local, "[\"installer\"]"))
                .post("/api/v1/users").then().statusCode(409).body("errors[0].field", equalTo("username"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(newUser(RealKeycloak.unique("x."), "[\"platform-admin\"]"))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("roles[0]"));
        given().auth().oauth2(manager).contentType("application/json").body(newUser(RealKeycloak.unique("y."), "[]"))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("roles"));
    }

    @Test
    void listFiltersByRole() {
        String i = RealKeycloak.unique("i.");
        String d = RealKeycloak.unique("d.");
        login(i);
        login(d);
        String installer = create(i, "[\"installer\"]");
        String dispatcher = create(d, "[\"dispatcher\"]");
        given().auth().oauth2(manager).get("/api/v1/users?role=installer").then().statusCode(200)
                .body("items.id", hasItem(installer)).body("items.id", not(hasItem(dispatcher)));
    }

    @Test
    void idempotentCreateMakesOneAccount() {
        String local = RealKeycloak.unique("once.");
        String username = login(local);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(manager).header("Idempotency-Key", key).contentType("application/json")
                .body(newUser(local, "[\"installer\"]")).post("/api/v1/users").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(manager).header("Idempotency-Key", key).contentType("application/json")
                .body(newUser(local, "[\"installer\"]")).post("/api/v1/users").then().statusCode(200).extract().path("id");
        assertEquals(first, second);
        assertEquals(1, keycloak.realm().users().searchByUsername(username, true).size());
    }

    @Test
    void managerCannotDisableThemselves() throws Exception {
        String local = RealKeycloak.unique("self.");
        String username = login(local);
        String id = create(local, "[\"manager\"]");
        String self = Tokens.claims(tenant, "manager").subject(id).sign();
        given().auth().oauth2(self).contentType("application/json").body("{\"version\":0,\"enabled\":false}")
                .patch("/api/v1/users/" + id).then().statusCode(400).body("errors[0].field", equalTo("enabled"));
        given().auth().oauth2(self).delete("/api/v1/users/" + id).then().statusCode(409);
        assertTrue(keycloak.user(username).orElseThrow().isEnabled());
    }
}
