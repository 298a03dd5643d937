package io.aftercare.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.RealKeycloak;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform admin creates tenants; each gets default settings, a calendar and its first manager in Keycloak. */
@QuarkusTest
class PlatformTenantsTest {

    @Inject
    Keycloak admin;

    RealKeycloak keycloak;

    @BeforeEach
    void keycloak() {
        keycloak = new RealKeycloak(admin);
    }

    @AfterEach
    void cleanUp() {
        keycloak.cleanUp();
    }

    private String request(String slug, String manager, String zone) {
        return """
                {"slug":"%s","name":"北极星安装服务 %s","timeZone":"%s","locale":"zh-CN","currency":"CNY",
                 "manager":{"username":"%s","email":"%s@example.com","firstName":"Wei","lastName":"Li",
                            "password":"s3cret-pass","temporaryPassword":false}}""".formatted(slug, slug, zone, manager, manager);
    }

    /** One platform administrator for the whole test: idempotency keys are scoped to the caller. */
    private final String platformAdmin = Tokens.platformAdmin();

    private Response create(String body, String idempotencyKey) {
        var request = given().auth().oauth2(platformAdmin).contentType("application/json").body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/platform/tenants");
    }

    @Test
    void createdTenantHasDefaultsCalendarAndAManagerWhoseTokenNamesTheTenant() throws Exception {
        String slug = RealKeycloak.unique("ns-");
        String local = RealKeycloak.unique("mgr.");
        // Without a loginPrefix the prefix is the slug, and the manager's login carries it.
        String manager = keycloak.track(slug + "." + local);
        String id = create(request(slug, local, "Asia/Shanghai"), null).then().statusCode(201)
                .header("Location", containsString("/api/v1/platform/tenants/"))
                .body("slug", equalTo(slug)).body("loginPrefix", equalTo(slug)).body("timeZone", equalTo("Asia/Shanghai"))
                .body("locale", equalTo("zh-CN")).body("currency", equalTo("CNY")).body("country", equalTo("CN"))
                .extract().path("id");
        UUID tenant = UUID.fromString(id);

        given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/platform/tenants/" + id)
                .then().statusCode(200).body("slug", equalTo(slug));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from rule_book"));
        // The tenant keeps no copy of China's holidays: it inherits the published schedule.
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from tenant_calendar where holidays = '[]' and make_up_working_days = '[]'"));
        given().auth().oauth2(Tokens.manager(tenant)).get("/api/v1/calendar").then().statusCode(200)
                .body("holidays.findAll { it.source == 'COUNTRY' }.date", hasItem("2026-10-01"))
                .body("makeUpWorkingDays.findAll { it.source == 'COUNTRY' }.date", hasItem("2026-10-10"));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from staff_user where username = ? and roles = '{manager}'", manager));
        assertTrue(OwnerDatabase.count(tenant, "select count(*) from audit_event where action = 'tenant.created'") == 1);

        UserRepresentation account = keycloak.user(manager).orElseThrow();
        assertEquals(List.of(id), account.getAttributes().get("tenant"));
        assertTrue(keycloak.realmRoles(account.getId()).contains("manager"));
        JsonNode claims = RealKeycloak.loginClaims(manager, "s3cret-pass");
        assertEquals(id, claims.get("tenant").asText());
        assertTrue(claims.get("groups").toString().contains("\"manager\""), claims.toString());
        assertEquals(account.getId(), claims.get("sub").asText());
    }

    @Test
    void tenantOutsideChinaStartsWithoutChineseHolidays() throws Exception {
        String slug = RealKeycloak.unique("br-");
        String id = create(request(slug, keycloak.track(slug + ".mgr"), "Europe/Berlin"), null)
                .then().statusCode(201).body("country", equalTo(null)).extract().path("id");
        given().auth().oauth2(Tokens.manager(UUID.fromString(id))).get("/api/v1/calendar").then().statusCode(200)
                .body("holidays", equalTo(List.of())).body("country", equalTo(null));
        assertEquals(1, OwnerDatabase.count(UUID.fromString(id),
                "select count(*) from tenant_calendar where holidays = '[]' and working_days = '[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]'"));
    }

    @Test
    void thePlatformAdminNamesTheTenantsCountry() {
        String body = request(RealKeycloak.unique("de-"), keycloak.track(RealKeycloak.unique("mgr.")), "Asia/Shanghai");
        create(body.replace("\"currency\":\"CNY\",", "\"currency\":\"CNY\",\"country\":\"DE\","), null)
                .then().statusCode(201).body("country", equalTo("DE"));
        create(body.replace("\"currency\":\"CNY\",", "\"currency\":\"CNY\",\"country\":\"ZZ\","), null)
                .then().statusCode(400).body("errors[0].field", equalTo("country"));
    }

    @Test
    void sameIdempotencyKeyAndBodyReplaysWithoutCreatingAgain() throws Exception {
        String slug = RealKeycloak.unique("idem-");
        String manager = keycloak.track(slug + ".mgr");
        String body = request(slug, manager, "Asia/Shanghai");
        String key = UUID.randomUUID().toString();
        String first = create(body, key).then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        String again = create(body, key).then().statusCode(200).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        assertEquals(1, OwnerDatabase.count(null, "select count(*) from tenant where slug = ?", slug));
        assertEquals(1, keycloak.realm().users().searchByUsername(manager, true).size());

        create(body.replace("北极星", "南极星"), key).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, OwnerDatabase.count(null, "select count(*) from tenant where slug = ?", slug));
    }

    @Test
    void duplicateSlugIs409AndTheSameManagerNameInAnotherTenantIsAnotherLogin() {
        String slug = RealKeycloak.unique("dup-");
        String local = "mgr" + RealKeycloak.unique("");
        keycloak.track(slug + "." + local);
        create(request(slug, local, "Asia/Shanghai"), null).then().statusCode(201);
        create(request(slug, local + "x", "Asia/Shanghai"), null)
                .then().statusCode(409).body("errors[0].field", equalTo("slug"));
        String other = RealKeycloak.unique("dup-");
        keycloak.track(other + "." + local);
        create(request(other, local, "Asia/Shanghai").replace("@example.com", "-2@example.com"), null).then().statusCode(201);
        assertTrue(keycloak.user(other + "." + local).isPresent());
    }

    @Test
    void chosenLoginPrefixIsUniqueIgnoringCaseAndNamesTheDemoLogins() throws Exception {
        String prefix = "p" + RealKeycloak.unique("");
        String slug = RealKeycloak.unique("pfx-");
        String manager = keycloak.track(prefix + ".manager");
        // The manager typed the prefix already: it is not doubled.
        create(request(slug, prefix + ".manager", "Asia/Shanghai").replace("\"slug\"", "\"loginPrefix\":\"" + prefix.toUpperCase() + "\",\"slug\""), null)
                .then().statusCode(201).body("loginPrefix", equalTo(prefix));
        assertEquals(1, OwnerDatabase.count(null, "select count(*) from tenant where slug = ? and login_prefix = ?", slug, prefix));
        RealKeycloak.loginClaims(manager, "s3cret-pass");

        String other = RealKeycloak.unique("pfx-");
        create(request(other, "boss", "Asia/Shanghai").replace("\"slug\"", "\"loginPrefix\":\"" + prefix.toUpperCase() + "\",\"slug\""), null)
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("loginPrefix"));
        // A slug that is another tenant's prefix cannot become a default prefix either.
        create(request(prefix, "boss", "Asia/Shanghai"), null).then().statusCode(409).body("errors[0].field", equalTo("loginPrefix"));
        create(request(other, "boss", "Asia/Shanghai").replace("\"slug\"", "\"loginPrefix\":\"a.b\",\"slug\""), null)
                .then().statusCode(400).body("errors[0].field", equalTo("loginPrefix"));
        assertEquals(0, OwnerDatabase.count(null, "select count(*) from tenant where slug in (?, ?)", other, prefix));
    }

    @Test
    void twoTenantsCreatedAtOnceWithOnePrefixGiveOne201AndOne409() throws Exception {
        String prefix = "r" + RealKeycloak.unique("");
        keycloak.track(prefix + ".manager");
        List<String> bodies = List.of(
                request(RealKeycloak.unique("race-"), "manager", "Asia/Shanghai").replace("\"slug\"", "\"loginPrefix\":\"" + prefix + "\",\"slug\"")
                        .replace("manager@example.com", prefix + "-1@example.com"),
                request(RealKeycloak.unique("race-"), "manager", "Asia/Shanghai").replace("\"slug\"", "\"loginPrefix\":\"" + prefix + "\",\"slug\"")
                        .replace("manager@example.com", prefix + "-2@example.com"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var latch = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(pool.submit(() -> {
                    latch.await();
                    return create(body, null).statusCode();
                }));
            }
            latch.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertTrue(statuses.contains(201) && statuses.contains(409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, OwnerDatabase.count(null, "select count(*) from tenant where login_prefix = ?", prefix));
    }

    @Test
    void markupInTheManagersNameIs400NamingTheField() throws Exception {
        String slug = RealKeycloak.unique("mk-");
        create(request(slug, "manager", "Asia/Shanghai").replace("\"Wei\"", "\"<b>x</b>\""), null)
                .then().statusCode(400).body("errors[0].field", equalTo("manager.firstName"));
        assertEquals(0, OwnerDatabase.count(null, "select count(*) from tenant where slug = ?", slug));
    }

    @Test
    void invalidInputNamesTheFieldsAndCreatesNothing() throws Exception {
        String slug = RealKeycloak.unique("bad-");
        create(request(slug, RealKeycloak.unique("mgr."), "Mars/Olympus"), null)
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        create(request("-Bad Slug-", "x", "Asia/Shanghai").replace("\"s3cret-pass\"", "\"short\""), null)
                .then().statusCode(400).body("errors.field", hasItem("slug")).body("errors.field", hasItem("manager.username"))
                .body("errors.field", hasItem("manager.password"));
        create(request(slug, RealKeycloak.unique("mgr."), "Asia/Shanghai").replace("\"zh-CN\"", "\"fr\""), null)
                .then().statusCode(400).body("errors[0].field", equalTo("locale"));
        assertEquals(0, OwnerDatabase.count(null, "select count(*) from tenant where slug = ?", slug));
    }

    private static List<String> walk(int limit) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth().oauth2(Tokens.platformAdmin()).queryParam("limit", limit);
            if (cursor != null) {
                page = page.queryParam("cursor", cursor);
            }
            Response r = page.get("/api/v1/platform/tenants");
            r.then().statusCode(200);
            walked.addAll(r.path("items.id"));
            cursor = r.path("nextCursor");
        } while (cursor != null);
        return walked;
    }

    @Test
    void tenantListIsKeysetPaginatedWithoutGapsOrRepeats() {
        for (int i = 0; i < 3; i++) {
            String slug = RealKeycloak.unique("page-");
            create(request(slug, keycloak.track(slug + ".mgr"), "Asia/Shanghai"), null).then().statusCode(201);
        }
        // The whole list in the largest pages, then in pages of two: the same tenants in the same order.
        List<String> all = walk(200);
        List<String> walked = walk(2);
        assertEquals(all, walked);
        Set<String> unique = new HashSet<>(walked);
        assertEquals(walked.size(), unique.size());
        assertFalse(walked.isEmpty());
    }

    @Test
    void unknownTenantIs404() {
        given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/platform/tenants/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
