package io.aftercare.staff;

import io.aftercare.identity.IdentityDirectory;
import io.aftercare.problem.ProblemException;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.RealKeycloak;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Logins are `<tenant's login prefix>.<local name>`: a tenant learns nothing about another tenant's accounts. */
@QuarkusTest
class TenantScopedLoginsTest {

    private static final List<String> INJECTIONS = List.of("<b>x</b>", "' OR '1'='1", "${jndi:x}");

    @Inject
    Keycloak admin;

    @Inject
    TestTenants tenants;

    @Inject
    IdentityDirectory identity;

    @Inject
    LoginPrefixUpgrade upgrade;

    RealKeycloak keycloak;
    UUID tenantA;
    UUID tenantB;
    String managerA;
    String managerB;

    @BeforeEach
    void setUp() {
        keycloak = new RealKeycloak(admin);
        tenantA = tenants.create();
        tenantB = tenants.create();
        managerA = Tokens.manager(tenantA);
        managerB = Tokens.manager(tenantB);
    }

    @AfterEach
    void cleanUp() {
        keycloak.cleanUp();
    }

    private static String body(String username, String email) {
        return """
                {"username":"%s","email":"%s","firstName":"Fang","lastName":"Zhou",
                 "roles":["installer"],"password":"install-3r","temporaryPassword":false}""".formatted(username, email);
    }

    private static Response post(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/users");
    }

    private String login(UUID tenant, String local) {
        return keycloak.track(TestTenants.loginPrefix(tenant) + "." + local);
    }

    @Test
    void anotherTenantsUsernameIsCreatedUnderOwnPrefixAndLogsIn() throws Exception {
        String local = RealKeycloak.unique("installer");
        String loginB = login(tenantB, local);
        String loginA = login(tenantA, local);
        post(managerB, body(local, local + "-b@example.com")).then().statusCode(201).body("username", equalTo(loginB));

        post(managerA, body(local, local + "-a@example.com")).then().statusCode(201)
                .body("username", equalTo(loginA)).body("localName", equalTo(local));
        var claims = RealKeycloak.loginClaims(loginA, "install-3r");
        assertEquals(tenantA.toString(), claims.get("tenant").asText());

        // The same name twice in A is A's own conflict; the problem names nothing of B.
        post(managerA, body(local, local + "-a2@example.com")).then().statusCode(409)
                .body("errors[0].field", equalTo("username"))
                .body("detail", not(containsString(TestTenants.loginPrefix(tenantB))));
        // The list shows the full login and the tenant's prefix for the form.
        given().auth().oauth2(managerA).get("/api/v1/users").then().statusCode(200)
                .body("loginPrefix", equalTo(TestTenants.loginPrefix(tenantA)))
                .body("items.username", hasItem(loginA)).body("items.username", not(hasItem(loginB)));
    }

    @Test
    void usernameThatAlreadyCarriesTheOwnPrefixIsNotDoubled() {
        String local = RealKeycloak.unique("inst");
        String loginA = login(tenantA, local);
        post(managerA, body(loginA, local + "@example.com")).then().statusCode(201)
                .body("username", equalTo(loginA)).body("localName", equalTo(local));
        assertTrue(keycloak.user(loginA).isPresent());
    }

    @Test
    void concurrentIdenticalCreatesGiveOneAccountAndConflicts() throws Exception {
        String local = RealKeycloak.unique("race");
        String loginA = login(tenantA, local);
        String request = body(local, local + "@example.com");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> post(managerA, request).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, keycloak.realm().users().searchByUsername(loginA, true).size());
        assertEquals(1, OwnerDatabase.count(tenantA, "select count(*) from staff_user where username = ?", loginA));
    }

    @Test
    void markupQuotesAndLookupsInAnyNameFieldAre400NamingTheFieldAndCreateNothing() {
        for (String bad : INJECTIONS) {
            for (String field : List.of("firstName", "lastName", "username", "email")) {
                String local = RealKeycloak.unique("inj");
                String loginA = login(tenantA, local);
                Map<String, Object> request = new java.util.HashMap<>(Map.of("username", local, "email", local + "@example.com",
                        "firstName", "Fang", "lastName", "Zhou", "roles", List.of("installer"), "password", "install-3r"));
                request.put(field, bad);
                given().auth().oauth2(managerA).contentType("application/json").body(request).post("/api/v1/users")
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem(field));
                assertTrue(keycloak.user(loginA).isEmpty(), field + "=" + bad + " created an account");
            }
        }
        String id = post(managerA, body(RealKeycloak.unique("ok"), RealKeycloak.unique("ok") + "@example.com"))
                .then().statusCode(201).extract().path("id");
        keycloak.track(given().auth().oauth2(managerA).get("/api/v1/users/" + id).path("username"));
        for (String bad : INJECTIONS) {
            given().auth().oauth2(managerA).contentType("application/json")
                    .body(Map.of("version", 0, "lastName", bad)).patch("/api/v1/users/" + id)
                    .then().statusCode(400).body("errors.field", hasItem("lastName"));
        }
    }

    @Test
    void namesOfAnyScriptWithApostrophesAndDashesAreAccepted() {
        String local = RealKeycloak.unique("name");
        login(tenantA, local);
        given().auth().oauth2(managerA).contentType("application/json")
                .body(Map.of("username", local, "email", local + "@example.com", "firstName", "Mary-Ann O'Neil",
                        "lastName", "欧阳·娜娜", "roles", List.of("installer"), "password", "install-3r"))
                .post("/api/v1/users").then().statusCode(201).body("lastName", equalTo("欧阳·娜娜"));
    }

    @Test
    void anEmailUsedInAnotherTenantRevealsNothing() {
        // Emails are not logins and may repeat (realm: duplicateEmailsAllowed, loginWithEmailAllowed off), so a tenant
        // cannot learn from a 409 that another tenant has an account with this address.
        String email = RealKeycloak.unique("shared") + "@example.com";
        String local = RealKeycloak.unique("first");
        login(tenantB, local);
        post(managerB, body(local, email)).then().statusCode(201);
        String other = RealKeycloak.unique("second");
        login(tenantA, other);
        post(managerA, body(other, email)).then().statusCode(201).body("email", equalTo(email));
    }

    @Test
    void identityProviderRefusalPastTheChecksIsA400NamingTheField() {
        // Keycloak's own checks: a rename it refuses (this realm does not let usernames change), answered as a 400.
        String local = RealKeycloak.unique("refused");
        String loginA = login(tenantA, local);
        String id = post(managerA, body(local, local + "@example.com")).then().statusCode(201).extract().path("id");
        if (!keycloak.realm().toRepresentation().isEditUsernameAllowed()) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> identity.rename(UUID.fromString(id), loginA + "x"));
            assertEquals(400, refused.status());
            assertEquals("username", refused.errors().get(0).field());
        }
        ProblemException length = IdentityDirectory.refusal(400, "{\"errorMessage\":\"error-invalid-length\"}");
        assertEquals(400, length.status());
        assertEquals("username", length.errors().get(0).field());
        ProblemException email = IdentityDirectory.refusal(409, "{\"errorMessage\":\"User exists with same email\"}");
        assertEquals(409, email.status());
        assertEquals("email", email.errors().get(0).field());
        ProblemException name = IdentityDirectory.refusal(400,
                "{\"field\":\"firstName\",\"errorMessage\":\"error-person-name-invalid-character\"}");
        assertEquals("firstName", name.errors().get(0).field());
        assertEquals(400, IdentityDirectory.refusal(400, "Invalid user").status());
    }

    @Test
    void identityProviderOutOfReachIsA503() {
        // The same adapter, pointed at a port where no Keycloak listens.
        try (Keycloak nowhere = org.keycloak.admin.client.KeycloakBuilder.builder().serverUrl("http://127.0.0.1:9")
                .realm("aftercare").clientId("aftercare-backend").clientSecret("dev-backend-secret")
                .grantType("client_credentials").build()) {
            IdentityDirectory unreachable = new IdentityDirectory(nowhere, "aftercare");
            ProblemException down = assertThrows(ProblemException.class, () -> unreachable.create(new IdentityDirectory.NewAccount(
                    tenantA, "t-x.nobody", "nobody@example.com", "No", "Body", "install-3r", false, List.of("installer"))));
            assertEquals(503, down.status());
        }
    }

    @Test
    void anotherTenantsAccountIs404ForReadChangeAndRemove() {
        String local = RealKeycloak.unique("mine");
        String loginB = login(tenantB, local);
        String id = post(managerB, body(local, local + "@example.com")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(managerA).get("/api/v1/users/" + id).then().statusCode(404);
        given().auth().oauth2(managerA).contentType("application/json").body(Map.of("version", 0, "enabled", false))
                .patch("/api/v1/users/" + id).then().statusCode(404);
        given().auth().oauth2(managerA).delete("/api/v1/users/" + id).then().statusCode(404);
        UserRepresentation account = keycloak.user(loginB).orElseThrow();
        assertTrue(account.isEnabled());
        given().auth().oauth2(managerB).get("/api/v1/users/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void upgradeRenamesAnUnprefixedAccountWhichThenLogsInWithTheNewName() throws Exception {
        assumeTrue(keycloak.realm().toRepresentation().isEditUsernameAllowed(),
                "the realm must let administrators change usernames (editUsernameAllowed) for the upgrade");
        String legacy = keycloak.track(RealKeycloak.unique("legacy"));
        String renamed = login(tenantA, legacy);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(legacy);
        user.setEnabled(true);
        user.setEmail(legacy + "@example.com");
        user.setAttributes(Map.of("tenant", List.of(tenantA.toString())));
        var password = new org.keycloak.representations.idm.CredentialRepresentation();
        password.setType("password");
        password.setValue("legacy-pass");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (var created = keycloak.realm().users().create(user)) {
            assertEquals(Status.CREATED.getStatusCode(), created.getStatus());
        }
        String id = keycloak.user(legacy).orElseThrow().getId();
        OwnerDatabase.execute(tenantA, """
                insert into staff_user (tenant_id, id, username, email, roles, enabled, created_at)
                values (?, ?, ?, ?, '{installer}', true, now())""", tenantA, UUID.fromString(id), legacy, legacy + "@example.com");
        OwnerDatabase.execute(null, "update tenant set logins_prefixed = false where id = ?", tenantA);

        assertTrue(upgrade.upgradeAll() >= 1);

        assertFalse(keycloak.user(legacy).isPresent());
        assertEquals(id, keycloak.user(renamed).orElseThrow().getId());
        assertEquals(tenantA.toString(), RealKeycloak.loginClaims(renamed, "legacy-pass").get("tenant").asText());
        assertEquals(1, OwnerDatabase.count(tenantA, "select count(*) from staff_user where id = ? and username = ?",
                UUID.fromString(id), renamed));
        assertEquals(1, OwnerDatabase.count(null, "select count(*) from tenant where id = ? and logins_prefixed", tenantA));
        // Running it again changes nothing.
        assertEquals(0, upgrade.upgradeAll());
    }

    @Test
    void upgradeRenamesTheMirrorOfAnAccountGoneFromKeycloak() throws Exception {
        String legacy = RealKeycloak.unique("stuck");
        UUID id = UUID.randomUUID();
        OwnerDatabase.execute(tenantA, """
                insert into staff_user (tenant_id, id, username, email, roles, enabled, created_at)
                values (?, ?, ?, ?, '{installer}', true, now())""", tenantA, id, legacy, legacy + "@example.com");
        OwnerDatabase.execute(null, "update tenant set logins_prefixed = false where id = ?", tenantA);
        // The account is not in Keycloak: only the mirror is renamed, and the tenant is done.
        upgrade.upgradeAll();
        assertEquals(1, OwnerDatabase.count(tenantA, "select count(*) from staff_user where id = ? and username = ?",
                id, TestTenants.loginPrefix(tenantA) + "." + legacy));
        assertEquals(1, OwnerDatabase.count(null, "select count(*) from tenant where id = ? and logins_prefixed", tenantA));
    }
}
