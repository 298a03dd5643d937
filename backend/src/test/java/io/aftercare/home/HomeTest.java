package io.aftercare.home;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's home page counts today's dispatch and what waits for the manager, each like the list it links to. */
@QuarkusTest
class HomeTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    ZoneId zone;
    String manager;
    String dispatcher;
    UUID customer;

    /** A tenant whose local time is around noon now, so that "today" has room before and after the appointments. */
    @BeforeEach
    void tenant() throws Exception {
        int offset = Math.floorMod(12 - OffsetDateTime.now(ZoneOffset.UTC).getHour() + 12, 24) - 12;
        zone = ZoneId.of(offset == 0 ? "Etc/UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
        tenant = tenants.create(zone.getId());
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
        customer = TestCustomers.customer(tenant);
    }

    private JsonPath home(String token) {
        return given().auth().oauth2(token).get("/api/v1/home").then().statusCode(200).extract().jsonPath();
    }

    private String order(OffsetDateTime start) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s","description":"空调不制冷",
                         "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, start, start.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    private static void act(String token, String order, String action, String body) {
        given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/work-orders/" + order + "/" + action)
                .then().statusCode(200);
    }

    private OffsetDateTime todayAt(int hour) {
        return LocalDate.now(zone).atTime(hour, 0).atZone(zone).toOffsetDateTime();
    }

    private static Map<String, Object> figuresOf(JsonPath home, UUID installer) {
        return home.getMap("office.byInstaller.find { it.installerId == '" + installer + "' }");
    }

    @Test
    void figuresFollowAssignmentProgressAndCompletion() throws Exception {
        UUID lead = installer(tenant, manager);
        UUID idle = installer(tenant, manager);
        String token = Tokens.claims(tenant, "installer").subject(lead.toString()).sign();
        String today = order(todayAt(15));
        order(todayAt(16).plusDays(1));                      // tomorrow: not today's
        String cancelled = order(todayAt(17));
        act(dispatcher, cancelled, "cancel", "{\"version\":0,\"reason\":\"客户取消\"}");

        JsonPath before = home(manager);
        assertEquals(LocalDate.now(zone).toString(), before.getString("day"));
        assertEquals(1, before.getInt("office.unassignedToday"));
        assertEquals(0, before.getInt("office.scheduledToday"));
        assertEquals(0, before.getInt("office.inProgress"));
        assertEquals(0, before.getInt("office.completedToday"));
        assertEquals(0, ((Number) figuresOf(before, lead).get("scheduledToday")).intValue());

        act(dispatcher, today, "assign", "{\"version\":0,\"leadInstallerId\":\"" + lead + "\",\"helperIds\":[\"" + idle + "\"]}");
        JsonPath assigned = home(dispatcher);
        assertEquals(0, assigned.getInt("office.unassignedToday"));
        assertEquals(1, assigned.getInt("office.scheduledToday"));
        assertEquals(1, ((Number) figuresOf(assigned, lead).get("scheduledToday")).intValue());
        assertEquals(1, ((Number) figuresOf(assigned, idle).get("scheduledToday")).intValue(), "helpers are on the crew too");

        act(token, today, "contact", "{\"version\":1,\"note\":\"地址已确认\"}");
        act(token, today, "depart", "{\"version\":2}");
        JsonPath onTheWay = home(dispatcher);
        assertEquals(1, onTheWay.getInt("office.inProgress"));
        assertEquals(1, ((Number) figuresOf(onTheWay, lead).get("inProgress")).intValue());

        act(token, today, "check-in", "{\"version\":3}");
        act(token, today, "complete", """
                {"version":4,"checklist":{"trialRunLeakChecked":true,"hazardsFound":false},
                 "report":{"faultCause":"缺氟","solution":"补充冷媒","partsReplaced":[],"customerOpinion":"满意"}}""");
        JsonPath done = home(dispatcher);
        assertEquals(0, done.getInt("office.inProgress"));
        assertEquals(1, done.getInt("office.completedToday"));
        assertEquals(1, done.getInt("office.scheduledToday"), "a finished appointment of today still counts as scheduled today");
        assertEquals(0, ((Number) figuresOf(done, lead).get("inProgress")).intValue());
    }

    @Test
    void anOrderGivenToAPartnerIsNotUnassigned() {
        String order = order(todayAt(14));
        String partner = given().auth().oauth2(manager).contentType("application/json").body("{\"name\":\"安达安装\"}")
                .post("/api/v1/partners").then().statusCode(201).extract().path("id");
        String agreement = given().auth().oauth2(manager).contentType("application/json")
                .body("{\"feePerUnit\":\"50.00\",\"firstDay\":\"2025-01-01\",\"lastDay\":\"2035-12-31\"}")
                .post("/api/v1/partners/" + partner + "/agreements").then().statusCode(201).extract().path("id");
        assertEquals(1, home(dispatcher).getInt("office.unassignedToday"));
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"workOrderId\":\"%s\",\"agreementId\":\"%s\",\"dueDate\":\"%s\"}".formatted(order, agreement, LocalDate.now(zone)))
                .post("/api/v1/partners/" + partner + "/orders").then().statusCode(201);
        JsonPath home = home(dispatcher);
        assertEquals(0, home.getInt("office.unassignedToday"));
        assertEquals(1, home.getInt("office.scheduledToday"));
    }

    @Test
    void atRiskCountsWatchedPromisesAndOpenBreachesAreTheManagers() throws Exception {
        String risky = order(todayAt(18));
        OwnerDatabase.execute(tenant, "update work_order set promise_status = 'AT_RISK' where id = ?::uuid", risky);
        insertBreach(tenant, risky, null);
        insertBreach(tenant, UUID.randomUUID().toString(), OffsetDateTime.now());

        JsonPath asManager = home(manager);
        assertEquals(1, asManager.getInt("office.atRisk"));
        assertEquals(1, asManager.getInt("office.openBreaches"), "acknowledged breaches are not open");

        given().auth().oauth2(dispatcher).get("/api/v1/home").then().statusCode(200)
                .body("office.atRisk", equalTo(1))
                .body("office.openBreaches", nullValue())
                .body("decisions", nullValue());
        JsonPath raw = home(dispatcher);
        assertTrue(raw.getMap("").containsKey("decisions"), "decisions is present as null, not left out");
        assertTrue(raw.getMap("office").containsKey("openBreaches"));
    }

    @Test
    void managerSeesWhatWaitsForADecision() throws Exception {
        UUID installer = installer(tenant, manager);
        decisionRows(tenant, installer);
        JsonPath home = home(manager);
        assertEquals(2, home.getInt("decisions.ledgerProposals"));
        assertEquals(1, home.getInt("decisions.appeals"));
        assertEquals(1, home.getInt("decisions.expenseClaims"));
        assertEquals(1, home.getInt("decisions.partnerStatements"));
        assertEquals(1, home.getInt("decisions.leaveRequests"));
        assertEquals(1, home.getInt("decisions.earlyWarnings"));
    }

    @Test
    void anotherTenantsWorkIsNotCounted() throws Exception {
        UUID other = tenants.create(zone.getId());
        UUID otherInstaller = installer(other, Tokens.manager(other));
        decisionRows(other, otherInstaller);
        UUID otherCustomer = TestCustomers.customer(other);
        given().auth().oauth2(Tokens.of(other, "dispatcher")).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s","description":"x","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(otherCustomer, todayAt(15), todayAt(16)))
                .post("/api/v1/work-orders").then().statusCode(201);

        JsonPath home = home(manager);
        assertEquals(0, home.getInt("office.unassignedToday"));
        assertEquals(List.of(), home.getList("office.byInstaller"));
        assertEquals(0, home.getInt("decisions.ledgerProposals"));
        assertEquals(0, home.getInt("decisions.appeals"));
        assertEquals(0, home.getInt("decisions.expenseClaims"));
        assertEquals(0, home.getInt("decisions.partnerStatements"));
        assertEquals(0, home.getInt("decisions.leaveRequests"));
        assertEquals(0, home.getInt("decisions.earlyWarnings"));
    }

    @Test
    void onlyTheOfficeMayAsk() throws Exception {
        UUID installer = installer(tenant, manager);
        given().auth().oauth2(Tokens.claims(tenant, "installer").subject(installer.toString()).sign()).get("/api/v1/home")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(tenant, "partner")).get("/api/v1/home").then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "customer")).get("/api/v1/home").then().statusCode(403);
        given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/home").then().statusCode(403);
        given().get("/api/v1/home").then().statusCode(401);
    }

    /** The page costs the same few statements for one installer as for many (grouped queries, no loop per installer). */
    @Test
    void statementsDoNotGrowWithInstallers() throws Exception {
        UUID first = installer(tenant, manager);
        act(dispatcher, order(todayAt(13)), "assign", "{\"version\":0,\"leadInstallerId\":\"" + first + "\"}");
        home(manager);
        long few = statements.during(() -> home(manager));
        for (int i = 0; i < 4; i++) {
            UUID more = installer(tenant, manager);
            act(dispatcher, order(todayAt(14 + i)), "assign", "{\"version\":0,\"leadInstallerId\":\"" + more + "\"}");
        }
        home(manager); // the tenant's status is rechecked now and then: start both counts right after a request
        long many = statements.during(() -> assertEquals(5, home(manager).getList("office.byInstaller").size()));
        assertEquals(few, many);
        assertTrue(many <= 12, "home issued " + many + " statements");
    }

    @Test
    void inactiveInstallersWithoutWorkTodayAreLeftOut() throws Exception {
        UUID active = installer(tenant, manager);
        UUID inactive = installer(tenant, manager);
        OwnerDatabase.execute(tenant, "update installer set status = 'INACTIVE' where id = ?", inactive);
        JsonPath home = home(manager);
        assertEquals(List.of(active.toString()), home.getList("office.byInstaller.installerId"));
        assertNull(figuresOf(home, inactive));
    }

    private static void insertBreach(UUID tenant, String subject, OffsetDateTime acknowledgedAt) throws Exception {
        OwnerDatabase.execute(tenant, """
                insert into promise_breach (tenant_id, id, subject_type, subject_id, subject_number, promise_kind, due_at, breached_at,
                                            acknowledged_at, acknowledged_by)
                values (?, gen_random_uuid(), 'WORK_ORDER', ?::uuid, 'WO-1', 'ON_SITE', now(), now(), ?, ?)""",
                tenant, subject, acknowledgedAt, acknowledgedAt == null ? null : "boss");
    }

    /** Two proposed ledger entries (one also appealed), a confirmed one with a decided appeal, a submitted and an approved
     * claim, a draft and a confirmed partner statement, a pending and an approved leave request. */
    static void decisionRows(UUID tenant, UUID installer) throws Exception {
        String entry = """
                insert into discipline_entry (tenant_id, id, number, installer_id, kind, rule, source_type, event_key, description,
                                              occurred_on, status, appeal_status, created_at, created_by)
                values (?, gen_random_uuid(), ?, ?, 'FINE', 'late-arrival', 'MANUAL', ?, 'late', current_date, ?, ?, now(), 'test')""";
        OwnerDatabase.execute(tenant, entry, tenant, "DL-1", installer, "k1", "PROPOSED", null);
        OwnerDatabase.execute(tenant, entry, tenant, "DL-2", installer, "k2", "PROPOSED", null);
        OwnerDatabase.execute(tenant, entry, tenant, "DL-3", installer, "k3", "CONFIRMED", "PENDING");
        OwnerDatabase.execute(tenant, entry, tenant, "DL-4", installer, "k4", "CONFIRMED", "DISMISSED");
        UUID trip = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into trip (tenant_id, id, number, destination, first_day, last_day, purpose, status, work_order_ids,
                                  lodging_cap_per_day, meal_allowance, meals_per_day, created_at, created_by)
                values (?, ?, 'TR-1', '杭州', current_date, current_date, 'install', 'COMPLETED', '{}', 100, 15, 3, now(), 'test')""",
                tenant, trip);
        String claim = """
                insert into expense_claim (tenant_id, id, number, trip_id, person_id, status, total, submitted_at, submitted_by)
                values (?, gen_random_uuid(), ?, ?, ?, ?, 100, now(), 'test')""";
        OwnerDatabase.execute(tenant, claim, tenant, "EC-1", trip, installer, "SUBMITTED");
        OwnerDatabase.execute(tenant, claim, tenant, "EC-2", trip, installer, "APPROVED");
        UUID partner = UUID.randomUUID();
        OwnerDatabase.execute(tenant, "insert into partner (tenant_id, id, name, created_at, created_by) values (?, ?, '安达', now(), 'test')",
                tenant, partner);
        String statement = """
                insert into partner_statement (tenant_id, id, number, partner_id, period_from, period_to, status, units, gross, delay_days,
                    delay_deduction, complaints, complaint_deduction, damage_deduction, net, created_at, created_by, computed_at)
                values (?, gen_random_uuid(), ?, ?, current_date, current_date, ?, 0, 0, 0, 0, 0, 0, 0, 0, now(), 'test', now())""";
        OwnerDatabase.execute(tenant, statement, tenant, "PS-1", partner, "DRAFT");
        OwnerDatabase.execute(tenant, statement, tenant, "PS-2", partner, "CONFIRMED");
        String leave = """
                insert into leave_request (tenant_id, id, installer_id, first_day, last_day, reason, status, created_at)
                values (?, gen_random_uuid(), ?, current_date, current_date, 'family', ?, now())""";
        OwnerDatabase.execute(tenant, leave, tenant, installer, "REQUESTED");
        OwnerDatabase.execute(tenant, leave, tenant, installer, "APPROVED");
        UUID product = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into catalog_item (tenant_id, id, kind, code, name, unit, created_at, updated_at)
                values (?, ?, 'PRODUCT', 'K-200', '冷柜 K-200', '台', now(), now())""", tenant, product);
        String warning = """
                insert into early_warning (tenant_id, id, number, product_id, fault_category, rule, period_start, period_end, occurrences,
                                           status, raised_at)
                values (?, gen_random_uuid(), ?, ?, 'no-cooling', 'MONTHLY', ?, ?, 3, ?, now())""";
        OwnerDatabase.execute(tenant, warning, tenant, "EW-1", product, java.time.LocalDate.parse("2026-10-01"), java.time.LocalDate.parse("2026-10-31"), "ACKNOWLEDGED");
        OwnerDatabase.execute(tenant, warning, tenant, "EW-2", product, java.time.LocalDate.parse("2026-11-01"), java.time.LocalDate.parse("2026-11-30"), "CLOSED");
    }
}
