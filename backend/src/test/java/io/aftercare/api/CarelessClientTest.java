package io.aftercare.api;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What careless and hostile clients found: absurd dates and names were stored, a complaint about an order without an
 * installer answered 500, and concurrent duplicates of one action answered 500. Each answer here is a 4xx naming the
 * field (and nothing saved), or exactly one effect.
 */
@QuarkusTest
class CarelessClientTest {

    private static final int RACERS = 10;

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path);
    }

    static void refused(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.find { it.field == '" + field + "' }.message", startsWith("must"));
    }

    @Test
    void problemTitlesAndValidationMessagesFollowAcceptLanguage() {
        String missing = "/api/v1/customers/" + UUID.randomUUID();
        given().auth().oauth2(dispatcher).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get(missing).then().statusCode(404)
                .header("Content-Language", "zh-CN").body("title", equalTo("未找到"));
        given().auth().oauth2(dispatcher).header("Accept-Language", "en-GB,zh;q=0.5").get(missing).then().statusCode(404)
                .header("Content-Language", "en").body("title", equalTo("Not found"));
        given().auth().oauth2(dispatcher).get(missing).then().body("title", equalTo("Not found"));
        given().auth().oauth2(dispatcher).header("Accept-Language", "zh-CN").contentType("application/json")
                .body("{\"kind\":\"PERSON\",\"phone\":\"13800138000\"}").post("/api/v1/customers").then().statusCode(400)
                .body("title", equalTo("请求无效")).body("errors.find { it.field == 'name' }.message", equalTo("不能为空"));
    }

    @Test
    void aComplaintAboutAnOrderNobodyIsAssignedToIsRecordedWithoutAnInstaller() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        String order = TestOrders.create(dispatcher, customer, "REPAIR", OffsetDateTime.now().plusDays(1));
        post(dispatcher, "/api/v1/complaints", """
                {"channel":"PHONE","category":"NOT_SERVING_ON_TIME","workOrderId":"%s","description":"约好的时间没人联系"}""".formatted(order))
                .then().log().ifValidationFails().statusCode(201).body("workOrderId", equalTo(order)).body("customerId", equalTo(customer.toString()));
    }

    @Test
    void aFiledOrderClosesByHandOnlyWithTheReasonItsFollowUpIsSkipped() throws Exception {
        TestOrders.Order order = TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        String close = "/api/v1/work-orders/" + order.id() + "/close";
        refused(post(dispatcher, close, "{\"version\":8}"), "followUpSkippedReason");
        refused(post(dispatcher, close, "{\"version\":8,\"followUpSkippedReason\":\"  \"}"), "followUpSkippedReason");
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order.id()).then().body("order.status", equalTo("FILED"));
        post(dispatcher, close, "{\"version\":8,\"followUpSkippedReason\":\"客户明确拒绝回访\"}").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order.id()).then()
                .body("timeline.find { it.action == 'closed-without-follow-up' }.details.followUpSkippedReason", equalTo("客户明确拒绝回访"));
    }

    @Test
    void datesCenturiesAwayAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        UUID installer = TestInstallers.installer(tenant, manager);
        String self = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
        String leave = "/api/v1/installers/" + installer + "/leave-requests";
        refused(post(self, leave, "{\"firstDay\":\"1900-01-01\",\"lastDay\":\"1900-01-02\",\"reason\":\"x\"}"), "firstDay");
        refused(post(self, leave, "{\"firstDay\":\"3026-01-01\",\"lastDay\":\"3026-12-31\",\"reason\":\"x\"}"), "lastDay");
        refused(post(dispatcher, "/api/v1/complaints", """
                {"channel":"LETTER","category":"OTHER","installerId":"%s","description":"x","receivedAt":"1900-01-01T09:00:00+08:00"}"""
                .formatted(installer)), "receivedAt");
        refused(post(manager, "/api/v1/discipline-entries", """
                {"installerId":"%s","kind":"WARNING","description":"x","occurredOn":"1900-01-01"}""".formatted(installer)), "occurredOn");
        refused(post(dispatcher, "/api/v1/unanswered-calls", """
                {"installerId":"%s","calledAt":"1900-01-01T10:00:00+08:00"}""".formatted(installer)), "calledAt");
        refused(post(manager, "/api/v1/installers/" + installer + "/certifications", """
                {"type":"ELECTRICIAN","number":"C-1","issuer":"市应急管理局","validFrom":"1900-01-01","validTo":"3026-12-31"}"""),
                "validFrom");
        String sql = "select (select count(*) from leave_request) + (select count(*) from complaint) + (select count(*) from discipline_entry)"
                + " + (select count(*) from unanswered_call) + (select count(*) from certification)";
        assertEquals(0, OwnerDatabase.count(tenant, sql));
        // The bounds are wide enough for real records: a certificate issued years ago and valid for years to come.
        TestInstallers.certificate(manager, installer, "ELECTRICIAN", "2015-03-01", "2031-02-28");
    }

    @Test
    void namesWithoutALetterOrDigitAreRefused() {
        for (String name : List.of("?", "-", "  ...  ")) {
            refused(post(manager, "/api/v1/partners", """
                    {"name":"%s","contacts":[],"bankAccount":{"accountName":"张三","bank":"中国工商银行","accountNumber":"6222 0212 3456 7890 123"}}"""
                    .formatted(name)), "name");
            refused(post(dispatcher, "/api/v1/customers", "{\"name\":\"%s\",\"phone\":\"13800138000\"}".formatted(name)), "name");
        }
        post(manager, "/api/v1/partners", """
                {"name":"3M","contacts":[],"bankAccount":{"accountName":"3M","bank":"中国工商银行","accountNumber":"6222 0212 3456 7890 123"}}""")
                .then().statusCode(201);
    }

    @Test
    void aWaiverTakesNoAmount() throws Exception {
        UUID installer = TestInstallers.installer(tenant, manager);
        String fine = post(manager, "/api/v1/discipline-entries", "{\"installerId\":\"%s\",\"kind\":\"FINE\",\"amount\":\"60.00\",\"description\":\"x\"}"
                .formatted(installer)).then().statusCode(201).extract().path("id");
        String path = "/api/v1/discipline-entries/" + fine + "/waiver";
        Response negative = post(manager, path, "{\"version\":0,\"reason\":\"误判\",\"amount\":\"-60.00\"}");
        negative.then().statusCode(400).body("errors[0].field", equalTo("amount"));
        given().auth().oauth2(manager).get("/api/v1/discipline-entries/" + fine).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void tenConcurrentClockInsOfOnePersonMakeOneClockInAndNineConflicts() throws Exception {
        UUID clerk = OwnerDatabase.insertStaff(tenant, "clerk", "dispatcher");
        String token = Tokens.claims(tenant, "dispatcher").subject(clerk.toString()).sign();
        Map<Integer, Integer> statuses = race(() -> post(token, "/api/v1/attendance/clock-in", "{}").statusCode());
        assertEquals(Map.of(200, 1, 409, RACERS - 1), statuses);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from attendance_clock where person_id = ?", clerk));
    }

    @Test
    void tenConcurrentRecordsOfOneUnansweredCallAnswerTheSameRecord() throws Exception {
        UUID installer = TestInstallers.installer(tenant, manager);
        String body = "{\"installerId\":\"%s\",\"calledAt\":\"%s\",\"externalId\":\"pbx-race\"}"
                .formatted(installer, OffsetDateTime.now().minusHours(1));
        List<String> ids = new ArrayList<>();
        Map<Integer, Integer> statuses = race(() -> {
            Response answer = post(dispatcher, "/api/v1/unanswered-calls", body);
            synchronized (ids) {
                if (answer.statusCode() == 200) {
                    ids.add(answer.path("id"));
                }
            }
            return answer.statusCode();
        });
        assertEquals(Map.of(200, RACERS), statuses);
        assertEquals(1, ids.stream().distinct().count());
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from unanswered_call"));
    }

    @Test
    void creatingPostsRepeatedWithTheSameIdempotencyKeyCreateOnce() throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        TestOrders.Order order = TestOrders.workDone(tenant, customer, "REPAIR");
        UUID installer = TestInstallers.installer(tenant, manager);
        String self = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        record Creation(String token, String path, String contentType, Object body, String table) {
        }
        List<Creation> creations = List.of(
                new Creation(dispatcher, "/api/v1/dispatch-refusals", "application/json",
                        "{\"workOrderId\":\"%s\",\"installerId\":\"%s\",\"kind\":\"REFUSED\",\"reason\":\"x\"}".formatted(order.id(), installer),
                        "dispatch_refusal"),
                new Creation(self, "/api/v1/installers/" + installer + "/leave-requests", "application/json",
                        "{\"firstDay\":\"2027-01-11\",\"lastDay\":\"2027-01-12\",\"reason\":\"x\"}", "leave_request"),
                new Creation(manager, "/api/v1/installers/" + installer + "/certifications", "application/json",
                        "{\"type\":\"HEIGHT\",\"number\":\"H-1\",\"issuer\":\"x\",\"validFrom\":\"2025-01-01\",\"validTo\":\"2028-01-01\"}",
                        "certification"),
                new Creation(manager, "/api/v1/payroll/" + month + "/adjustments", "application/json",
                        "{\"personId\":\"%s\",\"amount\":\"20.00\",\"reason\":\"x\"}".formatted(installer), "pay_adjustment"),
                new Creation(order.installerToken(), "/api/v1/attachments?ownerType=WORK_ORDER&ownerId=" + order.id() + "&kind=PHOTO", "image/png",
                        java.util.Base64.getDecoder().decode(TestOrders.SIGNATURE), "attachment"));
        for (Creation c : creations) {
            String key = UUID.randomUUID().toString();
            byte[] bytes = c.body() instanceof byte[] b ? b : ((String) c.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Response first = given().auth().oauth2(c.token()).header("Idempotency-Key", key).contentType(c.contentType()).body(bytes).post(c.path());
            Response again = given().auth().oauth2(c.token()).header("Idempotency-Key", key).contentType(c.contentType()).body(bytes).post(c.path());
            assertEquals(first.statusCode() == 201 ? 201 : 200, first.statusCode(), c.path() + ": " + first.asString());
            assertEquals(200, again.statusCode(), c.path() + ": " + again.asString());
            assertEquals(first.asString(), again.asString(), c.path());
            assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from " + c.table()), c.table());
        }
    }

    /** Runs the call {@link #RACERS} times at once; answers how many times each status came back. */
    static Map<Integer, Integer> race(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
