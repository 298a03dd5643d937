package io.aftercare.installer;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.certificate;
import static io.aftercare.support.TestInstallers.installer;
import static io.aftercare.support.TestInstallers.profile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class InstallersTest {

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    InstallerService installers;

    @Inject
    InstallerAvailability availability;

    UUID tenant;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
    }

    @Test
    void staffAccountWithInstallerRoleBecomesAnInstaller() throws Exception {
        UUID id = OwnerDatabase.insertStaff(tenant, "wang.qiang", "installer");
        given().auth().oauth2(manager).contentType("application/json").body(profile(id))
                .post("/api/v1/installers").then().statusCode(201)
                .body("id", equalTo(id.toString())).body("username", equalTo("wang.qiang"))
                .body("baseSalary", equalTo("4500.00")).body("workingHours.start", equalTo("08:30"))
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(manager).contentType("application/json").body(profile(id))
                .post("/api/v1/installers").then().statusCode(409);
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/installers").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void onlyAnInstallerAccountOfTheTenantQualifies() throws Exception {
        UUID dispatcher = OwnerDatabase.insertStaff(tenant, "d-" + tenant.toString().substring(30), "dispatcher");
        given().auth().oauth2(manager).contentType("application/json").body(profile(dispatcher))
                .post("/api/v1/installers").then().statusCode(400).body("errors[0].field", equalTo("staffUserId"));
        UUID other = tenants.create();
        UUID foreign = OwnerDatabase.insertStaff(other, "f-" + other.toString().substring(30), "installer");
        given().auth().oauth2(manager).contentType("application/json").body(profile(foreign))
                .post("/api/v1/installers").then().statusCode(400).body("errors[0].field", equalTo("staffUserId"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(profile(UUID.randomUUID()).replace("\"08:30\"", "\"18:30\""))
                .post("/api/v1/installers").then().statusCode(400);
    }

    @Test
    void certificateMustBeValidOnTheDayOfTheJob() throws Exception {
        UUID id = installer(tenant, manager);
        certificate(manager, id, "ELECTRICIAN", "2024-01-01", "2026-12-31");
        Map<UUID, List<String>> onLastValidDay = work.inTransactionOf(tenant, () -> availability.dispatchProblems(
                List.of(id), Set.of(Qualification.ELECTRICIAN), LocalDate.parse("2026-12-31")));
        Map<UUID, List<String>> afterExpiry = work.inTransactionOf(tenant, () -> availability.dispatchProblems(
                List.of(id), Set.of(Qualification.ELECTRICIAN, Qualification.WELDING), LocalDate.parse("2027-01-04")));
        assertEquals(List.of(), onLastValidDay.get(id));
        assertEquals(2, afterExpiry.get(id).size(), afterExpiry.toString());
        assertTrue(afterExpiry.get(id).get(0).contains("ELECTRICIAN certificate valid on 2027-01-04 (latest valid until 2026-12-31)"),
                afterExpiry.toString());
        assertTrue(afterExpiry.get(id).get(1).contains("holds no WELDING certificate"), afterExpiry.toString());
    }

    @Test
    void inactiveOrOnLeaveInstallerCannotBeDispatched() throws Exception {
        UUID id = installer(tenant, manager);
        String leave = given().auth().oauth2(Tokens.claims(tenant, "installer").subject(id.toString()).sign())
                .contentType("application/json")
                .body("{\"firstDay\":\"2026-12-01\",\"lastDay\":\"2026-12-03\",\"reason\":\"家中有事\"}")
                .post("/api/v1/installers/" + id + "/leave-requests").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"approve\":true}")
                .post("/api/v1/installers/" + id + "/leave-requests/" + leave + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"status\":\"INACTIVE\"}")
                .patch("/api/v1/installers/" + id).then().statusCode(200).body("status", equalTo("INACTIVE"));
        Map<UUID, List<String>> problems = work.inTransactionOf(tenant, () -> availability.dispatchProblems(
                List.of(id), Set.of(), LocalDate.parse("2026-12-02")));
        assertEquals(List.of("is inactive", "is on approved leave on 2026-12-02"), problems.get(id));
    }

    @Test
    void chineseNamesReadFamilyNameFirst() {
        assertEquals("赵师傅", InstallerService.displayName("师傅", "赵"));
        assertEquals("Emma Brown", InstallerService.displayName("Emma", "Brown"));
        assertEquals("Emma", InstallerService.displayName("Emma", null));
    }

    @Test
    void managersSeeAllPendingLeaveAtOnce() throws Exception {
        UUID first = installer(tenant, manager);
        UUID second = installer(tenant, manager);
        for (UUID id : List.of(first, second)) {
            given().auth().oauth2(Tokens.claims(tenant, "installer").subject(id.toString()).sign()).contentType("application/json")
                    .body("{\"firstDay\":\"2031-01-05\",\"lastDay\":\"2031-01-06\",\"reason\":\"x\"}")
                    .post("/api/v1/installers/" + id + "/leave-requests").then().statusCode(201);
        }
        given().auth().oauth2(manager).get("/api/v1/installers/leave-requests").then().statusCode(200)
                .body("items.installerId", equalTo(List.of(first.toString(), second.toString())));
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/installers/leave-requests").then().statusCode(403);
    }

    @Test
    void installersRequestLeaveOnlyForThemselves() throws Exception {
        UUID id = installer(tenant, manager);
        UUID colleague = installer(tenant, manager);
        String colleagueToken = Tokens.claims(tenant, "installer").subject(colleague.toString()).sign();
        given().auth().oauth2(colleagueToken).contentType("application/json")
                .body("{\"firstDay\":\"2026-12-01\",\"lastDay\":\"2026-12-01\",\"reason\":\"x\"}")
                .post("/api/v1/installers/" + id + "/leave-requests").then().statusCode(403);
        given().auth().oauth2(colleagueToken).get("/api/v1/installers/" + colleague + "/leave-requests")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void otherTenantsInstallerIs404() throws Exception {
        UUID id = installer(tenant, manager);
        String stranger = Tokens.manager(tenants.create());
        given().auth().oauth2(stranger).get("/api/v1/installers/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).contentType("application/json").body("{\"version\":0,\"status\":\"INACTIVE\"}")
                .patch("/api/v1/installers/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).contentType("application/json")
                .body("{\"type\":\"HEIGHT\",\"number\":\"1\",\"issuer\":\"x\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2027-01-01\"}")
                .post("/api/v1/installers/" + id + "/certifications").then().statusCode(404);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from installer where id = ? and status = 'ACTIVE'", id));
    }
}
