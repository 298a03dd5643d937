package io.aftercare.kpi;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Each indicator computed on hand-made rows with known answers: November 2026 in Shanghai against the 30 days before
 * it, with rows just inside and just outside the tenant's day boundaries, and a second tenant whose rows must not
 * count.
 */
@QuarkusTest
class KpiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NOVEMBER = "/api/v1/kpis?from=2026-11-01&to=2026-11-30";

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;
    UUID customer;
    UUID asset;
    UUID product;
    UUID lead;
    UUID other;
    int numbers;

    /** A column's value that PostgreSQL reads as jsonb. */
    private record Json(String text) {
    }

    private static OffsetDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toOffsetDateTime();
    }

    /** Inserts a row as the owner: columns and values alternate. */
    private UUID insert(String table, Object... columnsAndValues) throws Exception {
        return insertFor(tenant, table, columnsAndValues);
    }

    private UUID insertFor(UUID into, String table, Object... columnsAndValues) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        UUID id = UUID.randomUUID();
        row.put("tenant_id", into);
        row.put("id", id);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        String placeholders = row.values().stream().map(v -> v instanceof Json ? "cast(? as jsonb)" : "?").collect(Collectors.joining(", "));
        Object[] values = row.values().stream().map(v -> v instanceof Json j ? j.text() : v).toArray();
        OwnerDatabase.execute(into, "insert into " + table + " (" + String.join(", ", row.keySet()) + ") values (" + placeholders + ")", values);
        return id;
    }

    private String number(String prefix) {
        return prefix + "-" + (++numbers);
    }

    private UUID request(String channel, String category, String status, String registered, UUID order, UUID requestAsset) throws Exception {
        return insert("service_request", "number", number("SR"), "channel", channel, "customer_id", customer, "category", category,
                "description", "空调不制冷", "status", status, "registered_at", at(registered), "registered_by", "dispatcher",
                "work_order_id", order, "asset_id", requestAsset);
    }

    /** An order; pass further columns and values (done, checked in, sign-off...) after the essentials. */
    private UUID order(String type, String status, UUID leadInstaller, String created, Object... more) throws Exception {
        Object[] essentials = {"number", number("WO"), "type", type, "status", status, "priority", "NORMAL", "customer_id", customer,
                "description", "空调不制冷", "tasks", new Json("{\"electricalWork\":false,\"welding\":false,\"workAtHeight\":false}"),
                "appointment_start", at(created).plusDays(1), "appointment_end", at(created).plusDays(1).plusHours(2),
                "created_at", at(created), "updated_at", at(created), "lead_installer_id", leadInstaller};
        Object[] all = new Object[essentials.length + more.length];
        System.arraycopy(essentials, 0, all, 0, essentials.length);
        System.arraycopy(more, 0, all, essentials.length, more.length);
        return insert("work_order", all);
    }

    private void event(UUID order, String action, String when) throws Exception {
        insert("work_order_event", "work_order_id", order, "occurred_at", at(when), "actor_id", "x", "actor_name", "x", "action", action);
    }

    private static Json signOff(int score) {
        return new Json("{\"refused\":false,\"ratings\":{\"attitude\":%1$d,\"timeliness\":%1$d,\"quality\":%1$d},\"signedAt\":\"2026-11-03T03:00:00Z\"}"
                .formatted(score));
    }

    private static UUID uuid(UUID tenant, String sql) throws Exception {
        try (Connection c = OwnerDatabase.connect(tenant); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return (UUID) rs.getObject(1);
        }
    }

    @BeforeEach
    void november() throws Exception {
        tenant = tenants.create(SHANGHAI.getId());
        manager = Tokens.manager(tenant);
        customer = TestCustomers.customer(tenant);
        asset = TestCustomers.asset(tenant, customer);
        product = uuid(tenant, "select product_id from asset where id = '" + asset + "'");
        lead = TestInstallers.installer(tenant, manager);
        other = TestInstallers.installer(tenant, manager);

        // Requests: three by phone and one on the web in November; one a minute after November ends, one in October.
        UUID c = order("REPAIR", "ON_SITE", other, "2026-11-29T09:00", "checked_in_at", at("2026-11-30T23:59"),
                "work_done_at", at("2026-12-01T00:00"));
        request("PHONE", "INSTALLATION", "CONVERTED", "2026-11-28T09:00", c, null);
        request("PHONE", "FAULT", "OPEN", "2026-11-30T23:59", null, null);
        request("WEB", "CONSULTATION", "OPEN", "2026-11-01T00:00", null, null);
        request("PHONE", "FAULT", "RESOLVED_BY_PHONE", "2026-11-15T10:00", null, asset);
        request("PHONE", "FAULT", "OPEN", "2026-12-01T00:00", null, null);
        request("PHONE", "FAULT", "OPEN", "2026-10-31T23:00", null, null);

        // Orders done in November: A (first-time fix, reported in on time, filed), B (reworked, late, reported in late),
        // D (done a minute before November ends, never reported in). C's work was done as December began.
        UUID a = order("REPAIR", "FILED", lead, "2026-11-02T09:00", "asset_ids", new UUID[] {asset}, "checked_in_at", at("2026-11-03T09:00"),
                "work_done_at", at("2026-11-03T11:00"), "sign_off", signOff(5), "promise_kind", "ON_SITE", "promise_status", "MET",
                "promise_met_at", at("2026-11-03T09:00"));
        event(a, "reported-in", "2026-11-03T11:30");
        event(a, "filed", "2026-11-04T09:00");
        UUID b = order("INSTALLATION", "WORK_DONE", lead, "2026-11-05T10:00", "checked_in_at", at("2026-11-06T10:00"), "late", true,
                "late_minutes", 20, "work_done_at", at("2026-11-06T12:00"), "sign_off", signOff(3), "promise_kind", "ON_SITE",
                "promise_status", "BREACHED", "promise_breached_at", at("2026-11-06T09:00"));
        event(b, "reported-in", "2026-11-06T14:00");
        order("REPAIR", "WORK_DONE", other, "2026-11-20T08:00", "checked_in_at", at("2026-11-30T20:00"),
                "work_done_at", at("2026-11-30T23:59"));
        order("REPAIR", "NEW", null, "2026-11-20T09:00", "rework_of_id", b, "rework_cause", "INSTALLER");
        // October: one order done, checked in on time.
        order("REPAIR", "WORK_DONE", lead, "2026-10-14T08:00", "checked_in_at", at("2026-10-15T08:00"), "work_done_at", at("2026-10-15T10:00"));

        // A follow-up answered 2-2-2 and met its promise; a verified complaint against the lead whose answer was late.
        insert("follow_up", "number", number("FU"), "kind", "AFTER_SERVICE", "status", "COMPLETED", "customer_id", customer, "work_order_id", a,
                "due_at", at("2026-11-10T00:00"), "next_attempt_at", at("2026-11-10T00:00"), "created_at", at("2026-11-04T00:00"),
                "completed_at", at("2026-11-10T10:00"), "knows_usage", 2, "meets_needs", 2, "installer_attitude", 2,
                "promise_kind", "FOLLOW_UP", "promise_status", "MET", "promise_met_at", at("2026-11-10T10:00"));
        insert("complaint", "number", number("CP"), "channel", "PHONE", "category", "QUARREL_WITH_CUSTOMER", "status", "VERIFIED", "description", "吵架",
                "received_at", at("2026-11-07T10:00"), "created_by", "dispatcher", "installer_id", lead, "verified", true,
                "decided_at", at("2026-11-12T10:00"), "promise_kind", "COMPLAINT_ANSWER", "promise_status", "BREACHED",
                "promise_breached_at", at("2026-11-12T09:00"));

        // Money: a trip's allowance, an approved claim, confirmed fines, a cost charged and a reward; a proposal not yet confirmed.
        UUID trip = insert("trip", "number", number("TR"), "destination", "苏州", "first_day", LocalDate.parse("2026-11-18"),
                "last_day", LocalDate.parse("2026-11-20"), "purpose", "安装", "status", "COMPLETED", "work_order_ids", new UUID[] {a},
                "lodging_cap_per_day", 100, "meal_allowance", 15, "meals_per_day", 3, "created_at", at("2026-11-17T09:00"), "created_by", "m");
        insert("trip_allowance", "trip_id", trip, "person_id", lead, "days", 3, "nights", 2, "meals", 135, "lodging", 15, "total", 150);
        insert("expense_claim", "number", number("EC"), "trip_id", trip, "person_id", lead, "status", "APPROVED", "total", 80,
                "reimbursed", 75.5, "submitted_at", at("2026-11-20T18:00"), "submitted_by", "x", "approved_on", LocalDate.parse("2026-11-21"));
        discipline(lead, "FINE", 50, "CONFIRMED", "2026-11-06");
        discipline(lead, "REWARD", 10, "CONFIRMED", "2026-11-03");
        discipline(lead, "FINE", 20, "PROPOSED", "2026-11-08");
        discipline(other, "COST_CHARGE", 100, "CONFIRMED", "2026-11-25");

        // Another tenant's November: none of it may count here.
        UUID elsewhere = tenants.create(SHANGHAI.getId());
        UUID theirCustomer = TestCustomers.customer(elsewhere);
        insertFor(elsewhere, "service_request", "number", "SR-X", "channel", "PHONE", "customer_id", theirCustomer, "category", "FAULT",
                "description", "x", "status", "RESOLVED_BY_PHONE", "registered_at", at("2026-11-10T10:00"), "registered_by", "x");
        insertFor(elsewhere, "work_order", "number", "WO-X", "type", "REPAIR", "status", "WORK_DONE", "priority", "NORMAL",
                "customer_id", theirCustomer, "description", "x", "tasks", new Json("{}"), "appointment_start", at("2026-11-10T10:00"),
                "appointment_end", at("2026-11-10T12:00"), "created_at", at("2026-11-09T10:00"), "updated_at", at("2026-11-10T10:00"),
                "checked_in_at", at("2026-11-10T10:00"), "late", true, "work_done_at", at("2026-11-10T11:00"));
    }

    private void discipline(UUID installer, String kind, int amount, String status, String day) throws Exception {
        insert("discipline_entry", "number", number("DL"), "installer_id", installer, "kind", kind, "amount", amount, "rule", "MANUAL",
                "source_type", "MANUAL", "event_key", number("k"), "description", "x", "occurred_on", LocalDate.parse(day), "status", status,
                "created_at", at(day + "T09:00"), "created_by", "m");
    }

    private JsonPath kpis(String path) {
        return given().auth().oauth2(manager).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> figure(JsonPath report, String kpi) {
        return report.getMap("figures.find { it.kpi == '" + kpi + "' }");
    }

    private static Object value(JsonPath report, String kpi) {
        return figure(report, kpi).get("value");
    }

    private static Object previous(JsonPath report, String kpi) {
        return figure(report, kpi).get("previous");
    }

    private static Object part(JsonPath report, String kpi, String dimension, String key) {
        return report.get("figures.find { it.kpi == '" + kpi + "' }.breakdown.find { it.dimension == '" + dimension + "' && it.key == '"
                + key + "' }.value");
    }

    @Test
    void requestsCountTheTenantsLocalDaysAndThePhoneResolutionRate() {
        JsonPath r = kpis(NOVEMBER);
        assertEquals("2026-10-02", r.getString("previousFrom"));
        assertEquals("2026-10-31", r.getString("previousTo"));
        assertEquals("Asia/Shanghai", r.getString("timeZone"));
        assertEquals(4.0f, value(r, "REQUESTS"));
        assertEquals(1.0f, previous(r, "REQUESTS"));
        assertEquals(3.0f, part(r, "REQUESTS", "channel", "PHONE"));
        assertEquals(1.0f, part(r, "REQUESTS", "channel", "WEB"));
        assertEquals(2.0f, part(r, "REQUESTS", "category", "FAULT"));
        assertEquals(33.33f, value(r, "PHONE_RESOLUTION_RATE"));
        assertEquals(0.0f, previous(r, "PHONE_RESOLUTION_RATE"));
        assertEquals(3, figure(r, "PHONE_RESOLUTION_RATE").get("base"));
        assertEquals(1, figure(r, "PHONE_RESOLUTION_RATE").get("count"));
    }

    @Test
    void ordersDoneGiveFirstTimeFixReworkReportInAndComplaintRates() {
        JsonPath r = kpis(NOVEMBER);
        assertEquals(66.67f, value(r, "FIRST_TIME_FIX_RATE"));
        assertEquals(3, figure(r, "FIRST_TIME_FIX_RATE").get("base"));
        assertEquals(100.0f, previous(r, "FIRST_TIME_FIX_RATE"));
        assertEquals(33.33f, value(r, "REWORK_RATE"));
        assertEquals(1.0f, part(r, "REWORK_RATE", "cause", "INSTALLER"));
        assertEquals(0.0f, previous(r, "REWORK_RATE"));
        assertEquals(33.33f, value(r, "REPORT_IN_COMPLIANCE"));
        assertEquals(33.33f, value(r, "VERIFIED_COMPLAINTS_PER_100_ORDERS"));
    }

    @Test
    void arrivalsGiveTheLateRateAndTheMedianHoursFromRegistration() {
        JsonPath r = kpis(NOVEMBER);
        assertEquals(25.0f, value(r, "LATE_ARRIVAL_RATE"));
        assertEquals(4, figure(r, "LATE_ARRIVAL_RATE").get("base"));
        assertEquals(0.0f, previous(r, "LATE_ARRIVAL_RATE"));
        // 24, 24, 62.98 (registered by phone two days before the order) and 252 hours.
        assertEquals(43.49f, value(r, "HOURS_TO_ON_SITE"));
        assertEquals(48.0f, value(r, "HOURS_TO_FILED"));
        assertNull(previous(r, "HOURS_TO_FILED"));
    }

    @Test
    void promisesAndSatisfactionAreSplitByKindAndSource() {
        JsonPath r = kpis(NOVEMBER);
        assertEquals(50.0f, value(r, "PROMISE_COMPLIANCE"));
        assertEquals(50.0f, part(r, "PROMISE_COMPLIANCE", "promiseKind", "ON_SITE"));
        assertEquals(100.0f, part(r, "PROMISE_COMPLIANCE", "promiseKind", "FOLLOW_UP"));
        assertEquals(0.0f, part(r, "PROMISE_COMPLIANCE", "promiseKind", "COMPLAINT_ANSWER"));
        assertNull(previous(r, "PROMISE_COMPLIANCE"));
        assertEquals(3.33f, value(r, "SATISFACTION"));
        assertEquals(4.0f, part(r, "SATISFACTION", "source", "SIGN_OFF"));
        assertEquals(2.0f, part(r, "SATISFACTION", "source", "FOLLOW_UP"));
    }

    @Test
    void moneyCountsConfirmedEntriesAndApprovedClaims() {
        JsonPath r = kpis(NOVEMBER);
        assertEquals(150.0f, value(r, "ALLOWANCES"));
        assertEquals(75.5f, value(r, "EXPENSE_CLAIMS"));
        assertEquals(150.0f, value(r, "FINES"));
        assertEquals(50.0f, part(r, "FINES", "kind", "FINE"));
        assertEquals(100.0f, part(r, "FINES", "kind", "COST_CHARGE"));
        assertEquals(10.0f, value(r, "REWARDS"));
    }

    @Test
    void filtersNarrowToTheInstallerTheTypeAndTheProduct() {
        JsonPath mine = kpis(NOVEMBER + "&installerId=" + lead);
        assertEquals(50.0f, value(mine, "FIRST_TIME_FIX_RATE"));
        assertEquals(50.0f, value(mine, "LATE_ARRIVAL_RATE"));
        assertEquals(50.0f, value(mine, "VERIFIED_COMPLAINTS_PER_100_ORDERS"));
        assertEquals(50.0f, value(mine, "FINES"));
        assertEquals(lead.toString(), mine.getString("filters.installerId"));

        JsonPath installations = kpis(NOVEMBER + "&type=INSTALLATION");
        assertEquals(0.0f, value(installations, "FIRST_TIME_FIX_RATE"));
        assertEquals(1, figure(installations, "FIRST_TIME_FIX_RATE").get("base"));

        JsonPath ofProduct = kpis(NOVEMBER + "&productId=" + product);
        assertEquals(100.0f, value(ofProduct, "FIRST_TIME_FIX_RATE"));
        assertEquals(1.0f, value(ofProduct, "REQUESTS"));
        assertEquals(100.0f, value(ofProduct, "PHONE_RESOLUTION_RATE"));
    }

    @Test
    void anInstallerSeesTheirOwnMonthAsTheManagerSeesItFilteredToThem() {
        String mine = given().auth().oauth2(Tokens.claims(tenant, "installer").subject(lead.toString()).sign())
                .get("/api/v1/kpis/mine?from=2026-11-01&to=2026-11-30").then().statusCode(200).extract().jsonPath().prettify();
        String managers = kpis(NOVEMBER + "&installerId=" + lead).prettify();
        assertEquals(managers, mine);
        given().auth().oauth2(manager).get("/api/v1/kpis/mine").then().statusCode(403);
        given().auth().oauth2(Tokens.claims(tenant, "installer").subject(lead.toString()).sign()).get(NOVEMBER).then().statusCode(403);
    }

    @Test
    void aPeriodWithNothingToMeasureHasNoRates() {
        JsonPath r = kpis("/api/v1/kpis?from=2026-06-01&to=2026-06-30");
        assertEquals(0.0f, value(r, "REQUESTS"));
        assertNull(value(r, "FIRST_TIME_FIX_RATE"));
        assertNull(value(r, "SATISFACTION"));
        assertEquals(0.0f, value(r, "FINES"));
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        given().auth().oauth2(manager).get("/api/v1/kpis?from=2026-11-30&to=2026-11-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(manager).get("/api/v1/kpis?from=2025-01-01&to=2026-11-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(manager).get("/api/v1/kpis?from=1900-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(manager).get("/api/v1/kpis?from=2026-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(manager).get("/api/v1/kpis?type=BOAT").then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(manager).get("/api/v1/kpis?installerId=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("installerId"));
    }

    @Test
    void onlyManagersSeeTheIndicators() {
        for (String role : new String[] {"dispatcher", "installer", "partner", "customer"}) {
            given().auth().oauth2(Tokens.of(tenant, role)).get(NOVEMBER).then().statusCode(403);
        }
        given().get(NOVEMBER).then().statusCode(401);
    }

    @Test
    void aDefaultPeriodIsTheMonthSoFar() {
        JsonPath r = kpis("/api/v1/kpis");
        LocalDate today = LocalDate.now(SHANGHAI);
        assertEquals(today.withDayOfMonth(1).toString(), r.getString("from"));
        assertEquals(today.toString(), r.getString("to"));
    }

    /**
     * The rework window decides at intake whether a repair reworks an order: one whose work was done an hour inside
     * the window counts against first-time fix, one done an hour outside it does not.
     */
    @Test
    void aReworkJustInsideTheWindowCountsAgainstFirstTimeFixAndOneJustOutsideDoesNot() throws Exception {
        int window = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().path("dispatch.reworkWindowDays");
        UUID crew = TestInstallers.installer(tenant, manager);
        UUID inside = TestCustomers.asset(tenant, customer);
        UUID outside = TestCustomers.asset(tenant, customer);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID justInside = order("REPAIR", "WORK_DONE", crew, "2026-10-01T09:00", "asset_ids", new UUID[] {inside},
                "fault_category", "no-cooling", "work_done_at", now.minusDays(window).plusHours(1));
        order("REPAIR", "WORK_DONE", crew, "2026-10-01T09:00", "asset_ids", new UUID[] {outside},
                "fault_category", "no-cooling", "work_done_at", now.minusDays(window).minusHours(1));
        String dispatcher = Tokens.of(tenant, "dispatcher");
        for (UUID repaired : new UUID[] {inside, outside}) {
            Object reworkOf = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                            {"type":"REPAIR","customerId":"%s","assetIds":["%s"],"faultCategory":"no-cooling","description":"又不制冷",
                             "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                             "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, repaired, now.plusDays(1), now.plusDays(1).plusHours(2)))
                    .post("/api/v1/work-orders").then().statusCode(201).extract().path("reworkOfId");
            assertEquals(repaired == inside ? justInside.toString() : null, reworkOf);
        }
        LocalDate today = LocalDate.now(SHANGHAI);
        JsonPath r = kpis("/api/v1/kpis?from=" + today.minusDays(window + 2) + "&to=" + today + "&installerId=" + crew);
        assertEquals(2, figure(r, "FIRST_TIME_FIX_RATE").get("base"));
        assertEquals(50.0f, value(r, "FIRST_TIME_FIX_RATE"));
    }
}
