package io.aftercare.partner;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The manager lists every partner's statements in one place, each with its partner's name. */
@QuarkusTest
class AllPartnerStatementsTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
    }

    static UUID partner(UUID tenant, String name) throws Exception {
        UUID id = UUID.randomUUID();
        OwnerDatabase.execute(tenant, "insert into partner (tenant_id, id, name, created_at, created_by) values (?, ?, ?, now(), 'test')",
                tenant, id, name);
        return id;
    }

    /** A statement with a time-ordered id (ids order the list), answering its id. */
    static String statement(UUID tenant, UUID partner, String status, int n) throws Exception {
        Thread.sleep(2); // ids of different milliseconds: their order is the insertion order
        UUID id = io.aftercare.api.Ids.newId();
        OwnerDatabase.execute(tenant, """
                insert into partner_statement (tenant_id, id, number, partner_id, period_from, period_to, status, units, gross, delay_days,
                    delay_deduction, complaints, complaint_deduction, damage_deduction, net, created_at, created_by, computed_at)
                values (?, ?, ?, ?, '2025-03-01', '2025-03-31', ?, 1, 50, 0, 0, 0, 0, 0, 50, now(), 'test', now())""",
                tenant, id, "PS-" + n, partner, status);
        return id.toString();
    }

    @Test
    void everyPartnersStatementsWithTheirNamesFilteredByStatusAndPaged() throws Exception {
        UUID anda = partner(tenant, "安达安装");
        UUID xinda = partner(tenant, "信达车载");
        List<String> drafts = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String draft = statement(tenant, i % 2 == 0 ? anda : xinda, "DRAFT", 2 * i);
            drafts.add(draft);
            all.add(draft);
            all.add(statement(tenant, xinda, "PAID", 2 * i + 1));
        }
        JsonPath first = given().auth().oauth2(manager).get("/api/v1/partner-statements?status=DRAFT&limit=2").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("安达安装", first.getString("items[0].partnerName"));
        assertEquals("信达车载", first.getString("items[1].partnerName"));
        assertEquals(List.of("DRAFT", "DRAFT"), first.getList("items.status"));
        List<String> seen = new ArrayList<>(first.getList("items.id"));
        String cursor = first.getString("nextCursor");
        while (cursor != null) {
            JsonPath page = given().auth().oauth2(manager).get("/api/v1/partner-statements?status=DRAFT&limit=2&cursor=" + cursor)
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        }
        assertEquals(drafts, seen);
        assertEquals(all, given().auth().oauth2(manager).get("/api/v1/partner-statements").then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
        // The partner's own list names the partner too.
        given().auth().oauth2(manager).get("/api/v1/partners/" + anda + "/statements").then().statusCode(200)
                .body("items.partnerName", hasItem("安达安装"));
        long two = statements.during(() -> given().auth().oauth2(manager).get("/api/v1/partner-statements?limit=2").then().statusCode(200));
        long many = statements.during(() -> given().auth().oauth2(manager).get("/api/v1/partner-statements?limit=100").then().statusCode(200));
        assertEquals(two, many, "one query whatever the page size");
    }

    @Test
    void onlyTheManagerOfTheTenantSeesThem() throws Exception {
        statement(tenant, partner(tenant, "安达安装"), "DRAFT", 1);
        UUID other = tenants.create();
        statement(other, partner(other, "别家"), "DRAFT", 1);
        given().auth().oauth2(manager).get("/api/v1/partner-statements").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].partnerName", equalTo("安达安装"));
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/partner-statements").then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "partner")).get("/api/v1/partner-statements").then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/partner-statements").then().statusCode(403);
        given().get("/api/v1/partner-statements").then().statusCode(401);
    }

    @Test
    void anUnknownStatusIs400NamingIt() {
        given().auth().oauth2(manager).get("/api/v1/partner-statements?status=OPEN").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        given().auth().oauth2(manager).get("/api/v1/partner-statements?cursor=bogus!").then().statusCode(400);
    }
}
