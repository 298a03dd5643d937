package io.aftercare.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten identical creating calls released at the same instant, for every unique key the API can hit and every
 * numbered creation: exactly the promised effect in the database, never a 5xx. A unique key taken answers one
 * success and 409 problems; the same Idempotency-Key answers the first result again (or 409) and creates one row.
 */
@QuarkusTest
class RaceTest {

    private static final int N = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestTenants tenants;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What the race sends and how its effect is counted; {@code numbered} creations may all succeed (distinct numbers). */
    record Race(String token, String path, String body, String countSql, Object[] countParams, boolean numbered) {
    }

    interface Arrange {
        Race on(UUID tenant) throws Exception;
    }

    record Case(String name, boolean takesIdempotencyKey, Arrange arrange) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Answer(int status, String contentType, String body) {
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("one open clock-in per person (attendance_clock_open_idx)", false, tenant -> {
                    UUID installer = TestInstallers.installer(tenant, Tokens.manager(tenant));
                    return new Race(Tokens.claims(tenant, "installer").subject(installer.toString()).sign(),
                            "/api/v1/attendance/clock-in", "{\"place\":\"总部\"}",
                            "select count(*) from attendance_clock where person_id = ?", new Object[]{installer}, false);
                }),
                new Case("one unanswered call per installer and time", true, tenant -> {
                    UUID installer = TestInstallers.installer(tenant, Tokens.manager(tenant));
                    return new Race(Tokens.manager(tenant), "/api/v1/unanswered-calls",
                            "{\"installerId\":\"" + installer + "\",\"calledAt\":\"2026-11-20T09:00:00+08:00\",\"externalId\":\"call-1\"}",
                            "select count(*) from unanswered_call where installer_id = ?", new Object[]{installer}, false);
                }),
                new Case("one customer per phone number (customer_phone_uq)", true, tenant -> new Race(Tokens.manager(tenant),
                        "/api/v1/customers", "{\"kind\":\"PERSON\",\"name\":\"王芳\",\"phone\":\"138-0000-0042\"}",
                        "select count(*) from customer where phone_digits like '%13800000042%'", new Object[]{}, false)),
                new Case("one catalogue item per code (catalog_item_code_uq)", true, tenant -> new Race(Tokens.manager(tenant),
                        "/api/v1/catalog-items", "{\"kind\":\"PART\",\"code\":\"RACE-1\",\"name\":\"继电器\",\"unit\":\"pcs\"}",
                        "select count(*) from catalog_item where code = 'RACE-1'", new Object[]{}, false)),
                new Case("one asset per serial number (asset_serial_uq)", true, tenant -> {
                    UUID customer = TestCustomers.customer(tenant);
                    TestCustomers.asset(tenant, customer);
                    UUID product = (UUID) single(tenant, "select id from catalog_item limit 1");
                    return new Race(Tokens.manager(tenant), "/api/v1/assets",
                            "{\"customerId\":\"" + customer + "\",\"productId\":\"" + product + "\",\"serialNumber\":\"RACE-SN-1\"}",
                            "select count(*) from asset where serial_number = 'RACE-SN-1'", new Object[]{}, false);
                }),
                new Case("one service point per name", true, tenant -> new Race(Tokens.manager(tenant), "/api/v1/service-points",
                        "{\"kind\":\"BRANCH\",\"name\":\"东区网点\",\"address\":\"郑州市金水路1号\"}",
                        "select count(*) from service_point where name = '东区网点'", new Object[]{}, false)),
                new Case("one partner per name", true, tenant -> new Race(Tokens.manager(tenant), "/api/v1/partners",
                        "{\"name\":\"郑州安达车载安装有限公司\"}", "select count(*) from partner where name = '郑州安达车载安装有限公司'",
                        new Object[]{}, false)),
                new Case("one site per customer and label", true, tenant -> {
                    UUID customer = TestCustomers.customer(tenant);
                    return new Race(Tokens.manager(tenant), "/api/v1/customers/" + customer + "/sites",
                            "{\"label\":\"仓库\",\"address\":\"郑州市中原路2号\"}",
                            "select count(*) from customer_site where customer_id = ? and label = '仓库'", new Object[]{customer}, false);
                }),
                new Case("one installer profile per staff account", true, tenant -> {
                    UUID staff = OwnerDatabase.insertStaff(tenant, "race-" + UUID.randomUUID().toString().substring(0, 8), "installer");
                    return new Race(Tokens.manager(tenant), "/api/v1/installers", TestInstallers.profile(staff),
                            "select count(*) from installer where id = ?", new Object[]{staff}, false);
                }),
                new Case("one partner per staff account (partner_staff)", false, tenant -> {
                    String partner = created(Tokens.manager(tenant), "/api/v1/partners", "{\"name\":\"安达\"}");
                    UUID staff = OwnerDatabase.insertStaff(tenant, "rp-" + UUID.randomUUID().toString().substring(0, 8), "partner");
                    return new Race(Tokens.manager(tenant), "/api/v1/partners/" + partner + "/staff", "{\"staffUserId\":\"" + staff + "\"}",
                            "select count(*) from partner_staff where staff_user_id = ?", new Object[]{staff}, false);
                }),
                new Case("one partner order per work order", true, tenant -> {
                    String manager = Tokens.manager(tenant);
                    String partner = created(manager, "/api/v1/partners", "{\"name\":\"安达\"}");
                    String agreement = created(manager, "/api/v1/partners/" + partner + "/agreements",
                            "{\"feePerUnit\":\"50.00\",\"firstDay\":\"2026-01-01\",\"lastDay\":\"2027-12-31\"}");
                    String order = TestOrders.create(Tokens.of(tenant, "dispatcher"), TestCustomers.customer(tenant), "INSTALLATION",
                            OffsetDateTime.now().plusDays(1));
                    return new Race(manager, "/api/v1/partners/" + partner + "/orders",
                            "{\"workOrderId\":\"" + order + "\",\"agreementId\":\"" + agreement + "\",\"units\":1,\"dueDate\":\""
                                    + OffsetDateTime.now().plusDays(5).toLocalDate() + "\"}",
                            "select count(*) from partner_order where work_order_id = ?::uuid", new Object[]{order}, false);
                }),
                new Case("one refusal per work order and installer", true, tenant -> {
                    UUID installer = TestInstallers.installer(tenant, Tokens.manager(tenant));
                    String order = TestOrders.create(Tokens.of(tenant, "dispatcher"), TestCustomers.customer(tenant), "REPAIR",
                            OffsetDateTime.now().plusDays(1));
                    return new Race(Tokens.of(tenant, "dispatcher"), "/api/v1/dispatch-refusals",
                            "{\"workOrderId\":\"" + order + "\",\"installerId\":\"" + installer + "\",\"kind\":\"REFUSED\",\"reason\":\"太远\"}",
                            "select count(*) from dispatch_refusal where work_order_id = ?::uuid", new Object[]{order}, false);
                }),
                new Case("work orders get distinct numbers", true, tenant -> {
                    UUID customer = TestCustomers.customer(tenant);
                    OffsetDateTime start = OffsetDateTime.now().plusDays(2).withNano(0);
                    return new Race(Tokens.of(tenant, "dispatcher"), "/api/v1/work-orders", """
                            {"type":"REPAIR","customerId":"%s","description":"空调不制冷",
                             "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                             "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, start, start.plusHours(2)),
                            "select count(*) from work_order where customer_id = ?", new Object[]{customer}, true);
                }),
                new Case("service requests get distinct numbers", true, tenant -> {
                    UUID customer = TestCustomers.customer(tenant);
                    return new Race(Tokens.of(tenant, "dispatcher"), "/api/v1/service-requests",
                            "{\"channel\":\"PHONE\",\"category\":\"FAULT\",\"customerId\":\"" + customer + "\",\"description\":\"定位不准\"}",
                            "select count(*) from service_request where customer_id = ?", new Object[]{customer}, true);
                }),
                new Case("complaints get distinct numbers", true, tenant -> {
                    String order = TestOrders.workDone(tenant, TestCustomers.customer(tenant), "REPAIR").id();
                    return new Race(Tokens.of(tenant, "dispatcher"), "/api/v1/complaints",
                            "{\"channel\":\"PHONE\",\"category\":\"ATTITUDE\",\"workOrderId\":\"" + order + "\",\"description\":\"安装人员态度差\"}",
                            "select count(*) from complaint where work_order_id = ?::uuid", new Object[]{order}, true);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tenIdenticalCallsWithoutKeyHaveTheEffectOfTheirRule(Case c) throws Exception {
        UUID tenant = tenants.create();
        Race race = c.arrange().on(tenant);
        List<Answer> answers = race(race, null);
        judge(c, tenant, race, answers, false);
    }

    static Stream<Case> keyedCases() {
        return cases().filter(Case::takesIdempotencyKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyedCases")
    void tenIdenticalCallsWithOneIdempotencyKeyCreateOnce(Case c) throws Exception {
        UUID tenant = tenants.create();
        Race race = c.arrange().on(tenant);
        List<Answer> answers = race(race, "race-" + UUID.randomUUID());
        judge(c, tenant, race, answers, true);
    }

    private void judge(Case c, UUID tenant, Race race, List<Answer> answers, boolean keyed) throws Exception {
        String all = answers.stream().map(a -> a.status() + " " + a.body()).reduce("", (x, y) -> x + "\n  " + y);
        assertTrue(answers.stream().allMatch(a -> a.status() < 500), c + ": a call answered 5xx:" + all);
        long rows = OwnerDatabase.count(tenant, race.countSql(), race.countParams());
        List<Answer> successes = answers.stream().filter(a -> a.status() < 300).toList();
        List<Answer> refused = answers.stream().filter(a -> a.status() >= 300).toList();
        for (Answer a : refused) {
            assertEquals(409, a.status(), c + ": a losing call must be 409:" + all);
            assertTrue(a.contentType().startsWith("application/problem+json"), c + ": 409 without problem+json:" + all);
        }
        if (race.numbered() && !keyed) {
            assertEquals(N, rows, c + ": every call creates its own row:" + all);
            assertEquals(N, successes.size(), c + ": every call succeeds:" + all);
            Set<String> numbers = new HashSet<>();
            for (Answer a : successes) {
                numbers.add(JSON.readTree(a.body()).path("number").asText());
            }
            assertEquals(N, numbers.size(), c + ": numbers must be distinct:" + all);
            return;
        }
        assertEquals(1, rows, c + ": exactly one effect in the database:" + all);
        assertTrue(!successes.isEmpty(), c + ": one call must succeed:" + all);
        Set<String> ids = new HashSet<>();
        for (Answer a : successes) {
            JsonNode body = JSON.readTree(a.body());
            ids.add(body.path("id").asText(body.toString()));
        }
        assertEquals(1, ids.size(), c + ": every successful answer names the same one object:" + all);
        if (keyed) {
            String first = successes.get(0).body();
            assertTrue(successes.stream().allMatch(a -> sameJson(a.body(), first)), c + ": a replay answers the first body:" + all);
        }
    }

    private static boolean sameJson(String a, String b) {
        try {
            return JSON.readTree(a).equals(JSON.readTree(b));
        } catch (Exception e) {
            return false;
        }
    }

    private List<Answer> race(Race race, String key) throws Exception {
        CountDownLatch ready = new CountDownLatch(N);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(N);
        try {
            List<Future<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                calls.add(pool.submit(() -> {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + race.path()))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + race.token()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(race.body()));
                    if (key != null) {
                        request.header("Idempotency-Key", key);
                    }
                    HttpRequest built = request.build();
                    ready.countDown();
                    go.await();
                    HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
                    return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String created(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }

    private static Object single(UUID tenant, String sql) throws Exception {
        try (var c = OwnerDatabase.connect(tenant); var q = c.prepareStatement(sql); var rs = q.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
