package io.aftercare.quality;

import io.aftercare.support.OwnerDatabase;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Early warning of recurring faults (doc 2 §4) on the rule book's defaults: 3 in a calendar month, 5 in a calendar
 * quarter, or 3 months in a row. Each pattern raises its warning once, routed by the fault category's class to the
 * engineering or the training contact.
 */
@QuarkusTest
class EarlyWarningsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ENGINEERING = "engineering@example.com";
    private static final String TRAINING = "training@example.com";

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;
    String dispatcher;
    UUID customer;

    @BeforeEach
    void tenant() {
        tenant = tenants.create(SHANGHAI.getId());
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
        customer = uncheck(() -> TestCustomers.customer(tenant));
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().asString();
        given().auth().oauth2(manager).contentType("application/json")
                .body(settings.replace("\"engineeringContactEmail\":\"\"", "\"engineeringContactEmail\":\"" + ENGINEERING + "\"")
                        .replace("\"trainingContactEmail\":\"\"", "\"trainingContactEmail\":\"" + TRAINING + "\""))
                .put("/api/v1/settings").then().statusCode(200);
        category("no-cooling", "不制冷", "TECHNICAL");
        category("rude-installer", "服务态度差", "SERVICE");
    }

    private static <T> T uncheck(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void category(String code, String name, String faultClass) {
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("code", code, "name", name, "faultClass", faultClass)).post("/api/v1/fault-categories").then().statusCode(201);
    }

    private String product() {
        return given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("kind", "PRODUCT", "code", "P-" + UUID.randomUUID().toString().substring(0, 8), "name", "冷柜 K-200", "unit", "台"))
                .post("/api/v1/catalog-items").then().statusCode(201).extract().path("id");
    }

    private String form(String product, String category, String day) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"kind":"FEEDBACK","productId":"%s","faultCategory":"%s","description":"客户反映","occurredOn":"%s"}"""
                        .formatted(product, category, day))
                .post("/api/v1/quality-reports").then().statusCode(201).extract().path("number");
    }

    private List<Map<String, Object>> warningsOf(String product) {
        return given().auth().oauth2(manager).get("/api/v1/early-warnings?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.productId == '" + product + "' }");
    }

    private Map<String, Object> only(String product, String rule) {
        List<Map<String, Object>> found = warningsOf(product).stream().filter(w -> rule.equals(w.get("rule"))).toList();
        assertEquals(1, found.size(), rule + " warnings of the product: " + found);
        return found.get(0);
    }

    private long mailsTo(String email) throws Exception {
        return OwnerDatabase.count(tenant, "select count(*) from notification where recipient = ? and template = 'EARLY_WARNING'", email);
    }

    @Test
    void threeInAMonthRaiseOneMonthlyWarningToEngineeringCountingRepairsToo() throws Exception {
        String product = product();
        UUID asset = uncheck(() -> TestCustomers.asset(tenant, customer));
        OwnerDatabase.execute(tenant, "update asset set product_id = ?::uuid where id = ?", product, asset);
        LocalDate today = LocalDate.now(SHANGHAI);
        form(product, "no-cooling", today.toString());
        form(product, "no-cooling", today.toString());
        assertTrue(warningsOf(product).isEmpty(), "two in a month are not yet a warning");
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        String repair = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s","assetIds":["%s"],"faultCategory":"no-cooling","description":"又不制冷",
                         "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, asset, start, start.plusHours(2)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("number");

        Map<String, Object> monthly = only(product, "MONTHLY");
        assertEquals(3, monthly.get("occurrences"));
        assertEquals(today.withDayOfMonth(1).toString(), monthly.get("periodStart"));
        assertEquals("ENGINEERING", monthly.get("routedTo"));
        assertEquals(ENGINEERING, monthly.get("contactEmail"));
        assertEquals("OPEN", monthly.get("status"));
        assertEquals("不制冷", monthly.get("faultCategoryName"));
        assertEquals(List.of(repair), JsonPath.from(given().auth().oauth2(manager).get("/api/v1/early-warnings/" + monthly.get("id"))
                .then().statusCode(200).extract().asString()).getList("evidenceOrders.number"));
        assertEquals(1, mailsTo(ENGINEERING));

        form(product, "no-cooling", today.toString());
        assertEquals(4, only(product, "MONTHLY").get("occurrences"), "a fourth adds to the same warning");
        assertEquals(1, mailsTo(ENGINEERING), "raised once, sent once");
        assertEquals(0, mailsTo(TRAINING));
    }

    @Test
    void twoInAMonthButFiveInAQuarterRaiseTheQuarterlyWarningToTraining() throws Exception {
        String product = product();
        for (String day : List.of("2026-01-05", "2026-01-20", "2026-02-03", "2026-02-17", "2026-03-09")) {
            form(product, "rude-installer", day);
        }
        Map<String, Object> quarterly = only(product, "QUARTERLY");
        assertEquals("2026-01-01", quarterly.get("periodStart"));
        assertEquals("2026-03-31", quarterly.get("periodEnd"));
        assertEquals(5, quarterly.get("occurrences"));
        assertEquals(5, ((List<?>) quarterly.get("evidenceReports")).size());
        assertEquals("TRAINING", quarterly.get("routedTo"));
        assertTrue(warningsOf(product).stream().noneMatch(w -> "MONTHLY".equals(w.get("rule"))), "no month had three");
        assertTrue(mailsTo(TRAINING) >= 1);
        assertEquals(0, mailsTo(ENGINEERING));
    }

    @Test
    void oneAMonthForThreeMonthsRaisesTheConsecutiveWarningOnceAsTheRunGrows() throws Exception {
        String product = product();
        form(product, "no-cooling", "2026-06-12");
        form(product, "no-cooling", "2026-07-02");
        assertTrue(warningsOf(product).isEmpty());
        form(product, "no-cooling", "2026-08-30");
        Map<String, Object> run = only(product, "CONSECUTIVE_MONTHS");
        assertEquals("2026-06-01", run.get("periodStart"));
        assertEquals("2026-08-31", run.get("periodEnd"));
        assertEquals(3, run.get("occurrences"));
        form(product, "no-cooling", "2026-09-01");
        Map<String, Object> longer = only(product, "CONSECUTIVE_MONTHS");
        assertEquals("2026-09-30", longer.get("periodEnd"));
        assertEquals(4, longer.get("occurrences"));
        assertEquals(1, warningsOf(product).size(), "neither a month nor a quarter reached its number");
        assertEquals(1, mailsTo(ENGINEERING));
    }

    @Test
    void concurrentFormsCrossingTheThresholdRaiseOneWarning() throws Exception {
        String product = product();
        String today = LocalDate.now(SHANGHAI).toString();
        form(product, "no-cooling", today);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> sent = new ArrayList<>();
            // Three at once: four in all, short of the quarter's five.
            for (int i = 0; i < 3; i++) {
                sent.add(pool.submit(() -> form(product, "no-cooling", today)));
            }
            for (Future<String> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        only(product, "MONTHLY");
        assertEquals(1, mailsTo(ENGINEERING));
    }

    @Test
    void theManagerAcknowledgesThenClosesWithTheActionTaken() {
        String product = product();
        String today = LocalDate.now(SHANGHAI).toString();
        for (int i = 0; i < 3; i++) {
            form(product, "no-cooling", today);
        }
        Map<String, Object> warning = only(product, "MONTHLY");
        String path = "/api/v1/early-warnings/" + warning.get("id");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":" + warning.get("version") + "}")
                .post(path + "/acknowledge").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        int version = given().auth().oauth2(manager).get(path).then().extract().path("version");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":" + version + ",\"actionNote\":\" \"}")
                .post(path + "/close").then().statusCode(400).body("errors[0].field", equalTo("actionNote"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":" + version + ",\"actionNote\":\"更换压缩机供应商\"}")
                .post(path + "/close").then().statusCode(200).body("status", equalTo("CLOSED")).body("actionNote", equalTo("更换压缩机供应商"));
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":" + (version + 1) + ",\"actionNote\":\"再次\"}")
                .post(path + "/close").then().statusCode(409);
        given().auth().oauth2(manager).get("/api/v1/early-warnings?open=true&limit=200").then().statusCode(200)
                .body("items.findAll { it.id == '" + warning.get("id") + "' }.size()", equalTo(0));
    }

    @Test
    void warningsStayInTheirTenantAndWithTheManager() {
        String product = product();
        String today = LocalDate.now(SHANGHAI).toString();
        for (int i = 0; i < 3; i++) {
            form(product, "no-cooling", today);
        }
        String id = (String) only(product, "MONTHLY").get("id");
        UUID elsewhere = tenants.create(SHANGHAI.getId());
        given().auth().oauth2(Tokens.manager(elsewhere)).get("/api/v1/early-warnings/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.manager(elsewhere)).get("/api/v1/early-warnings").then().statusCode(200).body("items.size()", equalTo(0));
        for (String role : List.of("dispatcher", "installer", "partner")) {
            given().auth().oauth2(Tokens.of(tenant, role)).get("/api/v1/early-warnings").then().statusCode(403);
        }
    }

    @Test
    void formsNameTheirProductAndCategoryOrAreRefusedNamingTheField() {
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"FEEDBACK\",\"faultCategory\":\"no-cooling\",\"description\":\"x\"}")
                .post("/api/v1/quality-reports").then().statusCode(400).body("errors[0].field", equalTo("productId"));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"FEEDBACK\",\"productId\":\"" + product() + "\",\"faultCategory\":\"No Cooling\",\"description\":\"x\"}")
                .post("/api/v1/quality-reports").then().statusCode(400).body("errors[0].field", equalTo("faultCategory"));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"FEEDBACK\",\"productId\":\"" + UUID.randomUUID() + "\",\"faultCategory\":\"x\",\"description\":\"x\"}")
                .post("/api/v1/quality-reports").then().statusCode(400).body("errors[0].field", equalTo("productId"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("code", "no-cooling", "name", "重复", "faultClass", "SERVICE")).post("/api/v1/fault-categories")
                .then().statusCode(409).body("errors[0].field", equalTo("code"));
    }
}
