package io.aftercare.api;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.certificate;
import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** List endpoints issue the same few statements for a page of 2 as for a page of 100: no query per row. */
@QuarkusTest
class ListStatementBudgetTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    String manager;

    @BeforeEach
    void rows() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        UUID customer = io.aftercare.support.TestCustomers.customer(tenant);
        for (int i = 0; i < 6; i++) {
            UUID installer = installer(tenant, manager);
            certificate(manager, installer, "ELECTRICIAN", "2020-01-01", "2030-01-01");
            certificate(manager, installer, "HEIGHT", "2020-01-01", "2030-01-01");
            given().auth().oauth2(manager).contentType("application/json").body("""
                    {"type":"REPAIR","customerId":"%s","description":"fault","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                     "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, OffsetDateTime.now().plusDays(i + 1),
                    OffsetDateTime.now().plusDays(i + 1).plusHours(1))).post("/api/v1/work-orders").then().statusCode(201);
        }
        // Warm up: the first request of a tenant also checks that the tenant exists, and reads its login prefix
        // (never changed, so kept after the first read).
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/users?limit=1").then().statusCode(200);
    }

    private long statementsFor(String path, int expectedItems) {
        return statements.during(() -> given().auth().oauth2(manager).get(path).then().statusCode(200)
                .body("items", hasSize(expectedItems)));
    }

    private void sameForSmallAndLargePages(String path, int rows, int budget) {
        long small = statementsFor(path + (path.contains("?") ? "&" : "?") + "limit=2", 2);
        long large = statementsFor(path + (path.contains("?") ? "&" : "?") + "limit=100", rows);
        assertTrue(small >= 1, "statement statistics must be on in the test profile");
        assertEquals(small, large, path + ": a larger page must not issue more statements");
        assertTrue(large <= budget, path + " issued " + large + " statements, budget " + budget);
    }

    @Test
    void workOrderListIsTheOrdersAndTheirCustomersNames() {
        sameForSmallAndLargePages("/api/v1/work-orders", 6, 2);
    }

    @Test
    void installerListLoadsAccountsAndCertificatesInOneQueryEach() {
        sameForSmallAndLargePages("/api/v1/installers", 6, 3);
    }

    @Test
    void staffListIsOneQuery() throws Exception {
        sameForSmallAndLargePages("/api/v1/users", 6, 1);
    }

    @Test
    void auditListIsTheEventsAndTheirActorsNames() throws Exception {
        long rows = OwnerDatabase.count(tenant, "select count(*) from audit_event");
        sameForSmallAndLargePages("/api/v1/audit-events", (int) Math.min(rows, 100), 2);
    }
}
