package io.aftercare.api;

import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.promise.PromiseWatch;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.aftercare.support.TestInstallers.certificate;
import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every paged list issues the same few statements for a page of one row as for a full page: no query per row.
 * Each list gets {@value #ROWS} rows made through the API, each row referring to things of its own (its own customer,
 * order or installer), so a lookup per row could not hide behind the session's cache of an entity already loaded.
 */
@QuarkusTest
class ListStatementBudgetTest {

    static final int ROWS = 6;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    @Inject
    TenantWork work;

    @Inject
    Notifications notifications;

    @Inject
    PromiseWatch watch;

    UUID tenant;
    String manager;
    String dispatcher;

    /** A list to read, and who reads it. */
    record Listing(String path, String token) {
    }

    /** Makes at least {@value #ROWS} rows of a list in the test's tenant and says where to read them. */
    @FunctionalInterface
    interface Rows {
        Listing make(ListStatementBudgetTest test) throws Exception;
    }

    /** A paged list and the most statements one page of it may issue, whatever its size. */
    record PagedList(String name, int budget, Rows rows) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<PagedList> lists() {
        return Stream.of(
                new PagedList("work orders: the orders with their customers' names and sites' addresses", 2, ListStatementBudgetTest::workOrders),
                new PagedList("installers: accounts and certificates in one query each", 3, ListStatementBudgetTest::installers),
                new PagedList("staff", 1, ListStatementBudgetTest::staff),
                new PagedList("audit events and their actors' names", 2, ListStatementBudgetTest::auditEvents),
                new PagedList("customers", 1, ListStatementBudgetTest::customers),
                new PagedList("service requests", 2, ListStatementBudgetTest::serviceRequests),
                new PagedList("complaints with their installers' names", 5, ListStatementBudgetTest::complaints),
                new PagedList("objections", 2, ListStatementBudgetTest::objections),
                new PagedList("follow-ups", 3, ListStatementBudgetTest::followUps),
                new PagedList("assets", 4, ListStatementBudgetTest::assets),
                new PagedList("catalog items", 1, ListStatementBudgetTest::catalogItems),
                new PagedList("service points", 1, ListStatementBudgetTest::servicePoints),
                new PagedList("discipline entries", 3, ListStatementBudgetTest::disciplineEntries),
                new PagedList("unanswered calls", 4, ListStatementBudgetTest::unansweredCalls),
                new PagedList("dispatch refusals", 4, ListStatementBudgetTest::dispatchRefusals),
                new PagedList("attendance sheet", 8, ListStatementBudgetTest::attendanceSheet),
                new PagedList("trips", 2, ListStatementBudgetTest::trips),
                new PagedList("expense claims", 2, ListStatementBudgetTest::expenseClaims),
                new PagedList("secondments", 1, ListStatementBudgetTest::secondments),
                new PagedList("partners", 2, ListStatementBudgetTest::partners),
                new PagedList("notifications", 1, ListStatementBudgetTest::notifications),
                new PagedList("promise breaches", 1, ListStatementBudgetTest::promiseBreaches),
                new PagedList("tenants (platform)", 1, ListStatementBudgetTest::platformTenants),
                new PagedList("a partner's agreements", 2, ListStatementBudgetTest::partnerAgreements),
                new PagedList("a partner's orders", 3, ListStatementBudgetTest::partnerOrders),
                new PagedList("a partner's statements", 2, ListStatementBudgetTest::partnerStatements),
                new PagedList("all partners' statements", 1, ListStatementBudgetTest::allPartnerStatements),
                new PagedList("the partner portal's orders", 6, ListStatementBudgetTest::partnersOwnOrders),
                new PagedList("the partner portal's statements", 2, ListStatementBudgetTest::partnersOwnStatements),
                new PagedList("imports", 1, ListStatementBudgetTest::imports),
                new PagedList("an import's row errors", 2, ListStatementBudgetTest::importErrors),
                new PagedList("fault categories", 1, ListStatementBudgetTest::faultCategories),
                new PagedList("quality reports with their products' names and orders' numbers", 3, ListStatementBudgetTest::qualityReports),
                new PagedList("early warnings with products, categories and the evidence's numbers", 5, ListStatementBudgetTest::earlyWarnings));
    }

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
        // Warm up: the first request of a tenant also checks that the tenant exists, and reads its login prefix
        // (never changed, so kept after the first read).
        given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/users?limit=1").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aOneRowPageIssuesTheSameStatementsAsAFullPage(PagedList list) throws Exception {
        Listing listing = list.rows().make(this);
        String path = listing.path() + (listing.path().contains("?") ? "&" : "?");
        // The first read of a list in a tenant may fill caches (settings, names) that later reads do not repeat.
        given().auth().oauth2(listing.token()).get(path + "limit=1").then().statusCode(200);
        long[] counts = measure(listing, path);
        if (counts[0] != counts[1]) {
            // A cache with a lifetime (the tenant's status is read again after 60 s) may refresh during one of the two
            // reads; a lookup per row would differ again, a refresh would not.
            counts = measure(listing, path);
        }
        long small = counts[0];
        long large = counts[1];
        assertTrue(small >= 1, "statement statistics must be on in the test profile");
        assertEquals(small, large, list.name() + ": a full page must not issue more statements than a page of one");
        assertTrue(large <= list.budget(), list.name() + " issued " + large + " statements, budget " + list.budget());
    }

    /** Statements of a one-row page, then of a full page. */
    private long[] measure(Listing listing, String path) {
        long small = statements.during(() -> given().auth().oauth2(listing.token()).get(path + "limit=1").then().statusCode(200)
                .body("items", hasSize(1)));
        long large = statements.during(() -> given().auth().oauth2(listing.token()).get(path + "limit=" + Keyset.MAX_LIMIT)
                .then().statusCode(200).body("items.size()", greaterThanOrEqualTo(ROWS)));
        return new long[]{small, large};
    }

    // --- the rows of each list, made through the API as the feature's own tests make them

    private Listing byManager(String path) {
        return new Listing(path, manager);
    }

    private String post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path).then().statusCode(201)
                .extract().path("id");
    }

    private String order(UUID customer, int day) {
        return TestOrders.create(dispatcher, customer, "REPAIR", OffsetDateTime.now().plusDays(day + 1));
    }

    private String catalogItem(String kind, int i) {
        return post(manager, "/api/v1/catalog-items", "{\"kind\":\"%s\",\"code\":\"%s-%d\",\"name\":\"Item %d\",\"unit\":\"台\"}"
                .formatted(kind, kind, i, i));
    }

    private String servicePoint(String name) {
        return post(manager, "/api/v1/service-points", "{\"kind\":\"BRANCH\",\"name\":\"%s\",\"address\":\"文三路 100 号\"}".formatted(name));
    }

    private String trip(UUID person, UUID customer, int i) {
        return post(manager, "/api/v1/trips", """
                {"personIds":["%s"],"destination":"Suzhou","firstDay":"2026-11-02","lastDay":"2026-11-04","workOrderIds":["%s"],"purpose":"安装"}"""
                .formatted(person, order(customer, i)));
    }

    /** A customer made through the API with one site; answers the customer's id and the site's. */
    private String[] customerWithSite(int i) {
        var created = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                {"kind":"COMPANY","name":"Customer %d","phone":"021-5555 00%02d","email":"office@example.com",
                 "contacts":[{"name":"李强","phone":"139 8765 43%02d","role":"采购经理"}],
                 "sites":[{"label":"仓库","address":"文三路 %d 号","latitude":30.2741,"longitude":120.1551}]}"""
                .formatted(i, i, i, i)).post("/api/v1/customers").then().statusCode(201).extract();
        return new String[]{created.path("id"), created.path("sites[0].id")};
    }

    Listing workOrders() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            String[] customer = customerWithSite(i);
            OffsetDateTime start = OffsetDateTime.now().plusDays(i + 1);
            post(dispatcher, "/api/v1/work-orders", """
                    {"type":"REPAIR","customerId":"%s","siteId":"%s","description":"空调不制冷",
                     "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                     "appointment":{"start":"%s","end":"%s"}}""".formatted(customer[0], customer[1], start, start.plusHours(2)));
        }
        return byManager("/api/v1/work-orders");
    }

    Listing installers() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            UUID installer = installer(tenant, manager);
            certificate(manager, installer, "ELECTRICIAN", "2020-01-01", "2030-01-01");
            certificate(manager, installer, "HEIGHT", "2020-01-01", "2030-01-01");
        }
        return byManager("/api/v1/installers");
    }

    Listing staff() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            installer(tenant, manager);
        }
        return byManager("/api/v1/users");
    }

    Listing auditEvents() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            UUID actor = OwnerDatabase.insertStaff(tenant, "boss-" + UUID.randomUUID().toString().substring(0, 8), "manager");
            String token = Tokens.claims(tenant, "manager").subject(actor.toString()).sign();
            post(token, "/api/v1/partners", "{\"name\":\"Partner %d\"}".formatted(i));
        }
        return byManager("/api/v1/audit-events");
    }

    Listing customers() {
        for (int i = 0; i < ROWS; i++) {
            customerWithSite(i);
        }
        return byManager("/api/v1/customers");
    }

    Listing serviceRequests() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            post(dispatcher, "/api/v1/service-requests", "{\"channel\":\"PHONE\",\"customerId\":\"%s\",\"category\":\"FAULT\",\"description\":\"不制冷\"}"
                    .formatted(TestCustomers.customer(tenant)));
        }
        return byManager("/api/v1/service-requests");
    }

    Listing complaints() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            // On an order done by its own installer: the complaint names the order's lead installer.
            post(dispatcher, "/api/v1/complaints", "{\"channel\":\"PHONE\",\"category\":\"OTHER\",\"workOrderId\":\"%s\",\"description\":\"客户来电投诉\"}"
                    .formatted(TestOrders.workDone(tenant, TestCustomers.customer(tenant), "REPAIR").id()));
        }
        return byManager("/api/v1/complaints");
    }

    Listing objections() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            post(dispatcher, "/api/v1/objections", "{\"customerId\":\"%s\",\"description\":\"安装后噪音大\"}".formatted(TestCustomers.customer(tenant)));
        }
        return byManager("/api/v1/objections");
    }

    Listing followUps() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        }
        return byManager("/api/v1/follow-ups");
    }

    Listing assets() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            post(dispatcher, "/api/v1/assets", "{\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"SN-%d\"}"
                    .formatted(TestCustomers.customer(tenant), catalogItem("PRODUCT", i), i));
        }
        return byManager("/api/v1/assets");
    }

    Listing catalogItems() {
        for (int i = 0; i < ROWS; i++) {
            catalogItem("PART", i);
        }
        return byManager("/api/v1/catalog-items");
    }

    Listing servicePoints() {
        for (int i = 0; i < ROWS; i++) {
            servicePoint("网点 " + i);
        }
        return byManager("/api/v1/service-points");
    }

    Listing disciplineEntries() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            post(manager, "/api/v1/discipline-entries", "{\"installerId\":\"%s\",\"kind\":\"FINE\",\"amount\":\"50.00\",\"description\":\"工作时间饮酒\"}"
                    .formatted(installer(tenant, manager)));
        }
        return byManager("/api/v1/discipline-entries");
    }

    Listing unansweredCalls() throws Exception {
        String calledAt = LocalDate.now(SHANGHAI).minusDays(1).atTime(10, 0).atZone(SHANGHAI).toOffsetDateTime().toString();
        for (int i = 0; i < ROWS; i++) {
            given().auth().oauth2(dispatcher).contentType("application/json")
                    .body("{\"installerId\":\"%s\",\"calledAt\":\"%s\",\"externalId\":\"pbx-%d\"}".formatted(installer(tenant, manager), calledAt, i))
                    .post("/api/v1/unanswered-calls").then().statusCode(200);
        }
        return byManager("/api/v1/unanswered-calls");
    }

    Listing dispatchRefusals() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            post(dispatcher, "/api/v1/dispatch-refusals", "{\"workOrderId\":\"%s\",\"installerId\":\"%s\",\"kind\":\"IGNORED\"}"
                    .formatted(order(TestCustomers.customer(tenant), i), installer(tenant, manager)));
        }
        return byManager("/api/v1/dispatch-refusals");
    }

    Listing attendanceSheet() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            installer(tenant, manager);
        }
        return byManager("/api/v1/attendance/sheet?month=" + YearMonth.now(SHANGHAI));
    }

    Listing trips() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            trip(installer(tenant, manager), TestCustomers.customer(tenant), i);
        }
        return byManager("/api/v1/trips");
    }

    Listing expenseClaims() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            UUID person = installer(tenant, manager);
            String trip = trip(person, TestCustomers.customer(tenant), i);
            post(manager, "/api/v1/expense-claims", """
                    {"tripId":"%s","personId":"%s","receipts":[{"category":"FUEL","amount":"200.00","date":"2026-11-02","place":"Suzhou","receiptNumber":"F-%d"}]}"""
                    .formatted(trip, person, i));
        }
        return byManager("/api/v1/expense-claims");
    }

    Listing secondments() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            String lending = servicePoint("出借 " + i);
            String borrowing = servicePoint("借入 " + i);
            UUID person = installer(tenant, manager);
            OwnerDatabase.execute(tenant, "update installer set service_point_ids = ARRAY[?::uuid] where id = ?", lending, person);
            post(manager, "/api/v1/secondments", """
                    {"lendingServicePointId":"%s","borrowingServicePointId":"%s","personIds":["%s"],"firstDay":"2026-11-02","lastDay":"2026-11-04"}"""
                    .formatted(lending, borrowing, person));
        }
        return byManager("/api/v1/secondments");
    }

    Listing partners() {
        for (int i = 0; i < ROWS; i++) {
            post(manager, "/api/v1/partners", "{\"name\":\"Partner %d\"}".formatted(i));
        }
        return byManager("/api/v1/partners");
    }

    Listing notifications() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            UUID customer = TestCustomers.customer(tenant);
            String event = "work-order:" + i + ":appointment-set";
            String number = "WO-00000" + i;
            work.inTransactionOf(tenant, () -> {
                notifications.toCustomer(customer, event, Template.APPOINTMENT_SET, number, "2026-12-01 09:00–11:00");
                return null;
            });
        }
        return byManager("/api/v1/notifications");
    }

    Listing promiseBreaches() throws Exception {
        objections();
        watch.check(OffsetDateTime.now().plusDays(60));
        return byManager("/api/v1/promise-breaches");
    }

    Listing platformTenants() {
        for (int i = 0; i < ROWS; i++) {
            tenants.create();
        }
        return new Listing("/api/v1/platform/tenants", Tokens.platformAdmin());
    }

    private String partner(String name) {
        return post(manager, "/api/v1/partners", "{\"name\":\"%s\"}".formatted(name));
    }

    /** A partner with {@value #ROWS} orders under one agreement, each order of its own customer. */
    private String partnerWithOrders() throws Exception {
        String partner = partner("安达安装");
        String agreement = post(manager, "/api/v1/partners/" + partner + "/agreements",
                "{\"feePerUnit\":\"50.00\",\"firstDay\":\"2025-01-01\",\"lastDay\":\"2025-12-31\"}");
        for (int i = 0; i < ROWS; i++) {
            post(manager, "/api/v1/partners/" + partner + "/orders", "{\"workOrderId\":\"%s\",\"agreementId\":\"%s\",\"units\":1,\"dueDate\":\"2025-06-01\"}"
                    .formatted(order(TestCustomers.customer(tenant), i), agreement));
        }
        return partner;
    }

    private String partnerStaff(String partner) throws Exception {
        UUID staff = OwnerDatabase.insertStaff(tenant, "p-" + UUID.randomUUID().toString().substring(0, 8), "partner");
        given().auth().oauth2(manager).contentType("application/json").body("{\"staffUserId\":\"" + staff + "\"}")
                .post("/api/v1/partners/" + partner + "/staff").then().statusCode(200);
        return Tokens.claims(tenant, "partner").subject(staff.toString()).sign();
    }

    /** A confirmed statement inserted as the owner, as the partner-statement tests do (computing one needs a month of work). */
    private void statement(String partner, int n) throws Exception {
        OwnerDatabase.execute(tenant, """
                insert into partner_statement (tenant_id, id, number, partner_id, period_from, period_to, status, units, gross, delay_days,
                    delay_deduction, complaints, complaint_deduction, damage_deduction, net, created_at, created_by, computed_at)
                values (?, ?, ?, ?::uuid, '2025-03-01', '2025-03-31', 'CONFIRMED', 1, 50, 0, 0, 0, 0, 0, 50, now(), 'test', now())""",
                tenant, Ids.newId(), "PS-" + n, partner);
    }

    Listing partnerAgreements() {
        String partner = partner("安达安装");
        for (int i = 0; i < ROWS; i++) {
            post(manager, "/api/v1/partners/" + partner + "/agreements", "{\"feePerUnit\":\"50.00\",\"firstDay\":\"%d-01-01\",\"lastDay\":\"%d-12-31\"}"
                    .formatted(2020 + i, 2020 + i));
        }
        return byManager("/api/v1/partners/" + partner + "/agreements");
    }

    Listing partnerOrders() throws Exception {
        return byManager("/api/v1/partners/" + partnerWithOrders() + "/orders");
    }

    Listing partnersOwnOrders() throws Exception {
        return new Listing("/api/v1/partner/orders", partnerStaff(partnerWithOrders()));
    }

    Listing partnerStatements() throws Exception {
        String partner = partner("安达安装");
        for (int i = 0; i < ROWS; i++) {
            statement(partner, i);
        }
        return byManager("/api/v1/partners/" + partner + "/statements");
    }

    Listing allPartnerStatements() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            statement(partner("Partner " + i), i);
        }
        return byManager("/api/v1/partner-statements");
    }

    Listing partnersOwnStatements() throws Exception {
        String partner = partner("安达安装");
        for (int i = 0; i < ROWS; i++) {
            statement(partner, i);
        }
        return new Listing("/api/v1/partner/statements", partnerStaff(partner));
    }

    private String imported(String csv) throws Exception {
        String id = given().auth().oauth2(dispatcher).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/customers").then().statusCode(202).extract().path("id");
        // The import runs in the background; its statements must not count towards the list's.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!List.of("DONE", "FAILED").contains(given().auth().oauth2(dispatcher).get("/api/v1/imports/" + id)
                .then().statusCode(200).extract().<String>path("status"))) {
            assertTrue(System.nanoTime() < deadline, "import " + id + " did not end");
            Thread.sleep(100);
        }
        return id;
    }

    Listing imports() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            imported("name,phone\nWang %d,1381234%04d\n".formatted(i, i));
        }
        return byManager("/api/v1/imports");
    }

    Listing importErrors() throws Exception {
        StringBuilder csv = new StringBuilder("name,phone,email\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Wang %d,1381234%04d,not-an-email\n".formatted(i, i));
        }
        return byManager("/api/v1/imports/" + imported(csv.toString()) + "/errors");
    }

    Listing faultCategories() {
        for (int i = 0; i < ROWS; i++) {
            post(manager, "/api/v1/fault-categories", "{\"code\":\"fault-%d\",\"name\":\"故障 %d\",\"faultClass\":\"TECHNICAL\"}".formatted(i, i));
        }
        return byManager("/api/v1/fault-categories");
    }

    Listing qualityReports() throws Exception {
        for (int i = 0; i < ROWS; i++) {
            String product = catalogItem("PRODUCT", i);
            String order = order(TestCustomers.customer(tenant), i);
            post(dispatcher, "/api/v1/quality-reports", """
                    {"kind":"FEEDBACK","productId":"%s","workOrderId":"%s","faultCategory":"no-cooling","description":"不制冷"}"""
                    .formatted(product, order));
        }
        return byManager("/api/v1/quality-reports");
    }

    /** Three forms on one product in a month: a warning each, with its own product and evidence. */
    Listing earlyWarnings() {
        post(manager, "/api/v1/fault-categories", "{\"code\":\"no-cooling\",\"name\":\"不制冷\",\"faultClass\":\"TECHNICAL\"}");
        for (int i = 0; i < ROWS; i++) {
            String product = catalogItem("PRODUCT", i);
            for (int n = 0; n < 3; n++) {
                post(dispatcher, "/api/v1/quality-reports", """
                        {"kind":"FEEDBACK","productId":"%s","faultCategory":"no-cooling","description":"不制冷"}""".formatted(product));
            }
        }
        return byManager("/api/v1/early-warnings");
    }
}
