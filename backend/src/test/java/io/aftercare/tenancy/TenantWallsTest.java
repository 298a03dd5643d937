package io.aftercare.tenancy;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each of the two tenant walls holds on its own; another tenant's ids answer 404 and change nothing. */
@QuarkusTest
class TenantWallsTest {

    private static final List<String> TENANT_TABLES = List.of("rule_book", "tenant_calendar", "staff_user", "audit_event", "integration_client",
            "idempotency_record");

    @Inject
    TestTenants testTenants;

    @Inject
    TenantWork work;

    @Inject
    EntityManager db;

    UUID a;
    UUID b;
    UUID staffOfA;
    UUID staffOfB;

    @BeforeEach
    void twoTenants() throws SQLException {
        a = testTenants.create();
        b = testTenants.create();
        staffOfA = OwnerDatabase.insertStaff(a, "a-" + a.toString().substring(30), "installer");
        staffOfB = OwnerDatabase.insertStaff(b, "b-" + b.toString().substring(30), "installer");
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurity() throws SQLException {
        for (String table : TENANT_TABLES) {
            assertEquals(1, OwnerDatabase.count(null,
                    "select count(*) from pg_class where relname = ? and relrowsecurity and relforcerowsecurity", table), table);
        }
        assertEquals(0, OwnerDatabase.count(null,
                "select count(*) from pg_roles where rolname = 'aftercare_app' and (rolbypassrls or rolsuper)"));
        assertEquals(0, OwnerDatabase.count(null,
                "select count(*) from pg_tables where schemaname = 'public' and tableowner = 'aftercare_app'"));
    }

    /**
     * Every table holding a tenant_id has forced row-level security with the tenant policy, except the platform's
     * tracking-code lookup (hashes and ids only; the booking itself is read as its tenant).
     */
    @Test
    void everyTableWithATenantIdHasForcedRowLevelSecurityButTheTrackingLookup() throws SQLException {
        long unguarded = OwnerDatabase.count(null, """
                select count(*) from information_schema.columns col
                join pg_class c on c.relname = col.table_name and c.relkind = 'r'
                where col.table_schema = 'public' and col.column_name = 'tenant_id' and col.table_name <> 'booking_tracking'
                  and (not c.relrowsecurity or not c.relforcerowsecurity
                       or not exists (select 1 from pg_policies p where p.tablename = col.table_name and p.policyname = 'tenant_isolation'))""");
        assertEquals(0, unguarded);
        assertEquals(1, OwnerDatabase.count(null, """
                select count(*) from information_schema.columns where table_name = 'follow_up' and column_name = 'tenant_id'"""));
    }

    @Test
    void ormWallAloneHidesOtherTenantWhenRowLevelSecurityIsOff() throws SQLException {
        long auditOfA = auditCount(a);
        try {
            for (String table : TENANT_TABLES) {
                OwnerDatabase.execute(null, "alter table " + table + " disable row level security");
            }
            given().auth().oauth2(Tokens.manager(a)).get("/api/v1/users")
                    .then().statusCode(200)
                    .body("items.id", hasItem(staffOfA.toString()))
                    .body("items.id", not(hasItem(staffOfB.toString())));
            given().auth().oauth2(Tokens.manager(a)).get("/api/v1/users/" + staffOfB).then().statusCode(404);
            given().auth().oauth2(Tokens.manager(a)).get("/api/v1/audit-events?limit=200")
                    .then().statusCode(200).body("items.size()", equalTo((int) auditOfA));
        } finally {
            for (String table : TENANT_TABLES) {
                OwnerDatabase.execute(null, "alter table " + table + " enable row level security");
            }
        }
    }

    @Test
    void rowLevelSecurityAloneHidesOtherTenantFromNativeQueries() {
        long seenOfB = work.inTransactionOf(a, () -> ((Number) db.createNativeQuery(
                "select count(*) from staff_user where tenant_id = cast(?1 as uuid)").setParameter(1, b.toString())
                .getSingleResult()).longValue());
        long seenOfA = work.inTransactionOf(a, () -> ((Number) db.createNativeQuery(
                "select count(*) from staff_user where tenant_id = cast(?1 as uuid)").setParameter(1, a.toString())
                .getSingleResult()).longValue());
        long allSettings = work.inTransactionOf(a, () -> ((Number) db.createNativeQuery(
                "select count(*) from rule_book").getSingleResult()).longValue());
        assertEquals(0, seenOfB);
        assertEquals(1, seenOfA);
        assertEquals(1, allSettings, "only tenant A's rule book is visible");
    }

    @Test
    void rowLevelSecurityRefusesWritingIntoAnotherTenant() {
        assertThrows(PersistenceException.class, () -> work.inTransactionOf(a, () -> db.createNativeQuery("""
                insert into staff_user (tenant_id, id, username, email, roles, enabled, created_at)
                values (cast(?1 as uuid), gen_random_uuid(), 'intruder', 'x@example.com', '{installer}', true, now())""")
                .setParameter(1, b.toString()).executeUpdate()));
    }

    @Test
    void noTenantSetMeansNoRows() {
        long visible = work.inTransactionOf(TenantContext.NONE, () -> ((Number) db.createNativeQuery(
                "select count(*) from staff_user").getSingleResult()).longValue());
        assertEquals(0, visible);
    }

    @Test
    void otherTenantsStaffAnswers404OnReadUpdateDeleteAndStaysUnchanged() throws SQLException {
        String token = Tokens.manager(a);
        given().auth().oauth2(token).get("/api/v1/users/" + staffOfB)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"version\":0,\"firstName\":\"Hacked\",\"enabled\":false}")
                .patch("/api/v1/users/" + staffOfB)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).delete("/api/v1/users/" + staffOfB)
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(1, OwnerDatabase.count(b,
                "select count(*) from staff_user where id = ? and first_name = 'Test' and enabled and version = 0", staffOfB));
        assertEquals(0, OwnerDatabase.count(b, "select count(*) from audit_event where entity_id = ?", staffOfB.toString()));
    }

    @Test
    void settingsChangedByOneTenantAreNotSeenByAnother() {
        String body = given().auth().oauth2(Tokens.manager(a)).get("/api/v1/settings").then().statusCode(200)
                .extract().asString().replace("\"lateGraceMinutes\":15", "\"lateGraceMinutes\":42");
        given().auth().oauth2(Tokens.manager(a)).contentType("application/json").body(body).put("/api/v1/settings")
                .then().statusCode(200).body("dispatch.lateGraceMinutes", equalTo(42));
        given().auth().oauth2(Tokens.manager(b)).get("/api/v1/settings")
                .then().statusCode(200).body("dispatch.lateGraceMinutes", equalTo(15));
        assertTrue(auditCount(a) > auditCount(b));
    }

    private long auditCount(UUID tenant) {
        try {
            return OwnerDatabase.count(tenant, "select count(*) from audit_event");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
