package io.aftercare.campaign;

import io.aftercare.notification.NotificationDelivery;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestMasterData;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maintenance campaigns end to end over HTTP and the real outbox: a segment of 10,000 customers is messaged once each
 * by two replicas, quiet hours hold messages back, opted-out customers get nothing, and the funnel counts what the
 * gateway's receipts, the links and the bookings say.
 */
@QuarkusTest
class CampaignTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String SECRET = "test-receipt-secret";

    @Inject
    TestTenants tenants;

    @Inject
    NotificationDelivery delivery;

    UUID tenant;
    String slug;
    String manager;
    UUID product;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        slug = TestTenants.loginPrefix(tenant);
        manager = Tokens.manager(tenant);
        product = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into catalog_item (tenant_id, id, kind, code, name, unit, created_at, updated_at, warranty_months)
                values (?, ?, 'PRODUCT', 'AC-1', '挂式空调 AC-1', 'pcs', now(), now(), 24)""", tenant, product);
    }

    /** Every customer named like {@code pattern} gets a product installed {@code monthsAgo} months ago. */
    void installed(String pattern, int monthsAgo) throws Exception {
        OwnerDatabase.execute(tenant, """
                insert into asset (tenant_id, id, customer_id, product_id, serial_number, install_date, created_at, updated_at)
                select c.tenant_id, gen_random_uuid(), c.id, ?, 'SN-' || c.phone, current_date - make_interval(months => ?), now(), now()
                from customer c where c.name like ?""", product, monthsAgo, pattern);
    }

    UUID customer(String name, String phone) throws Exception {
        UUID id = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into customer (tenant_id, id, kind, name, phone, created_at, updated_at) values (?, ?, 'PERSON', ?, ?, now(), now())""",
                tenant, id, name, phone);
        OwnerDatabase.execute(tenant, """
                insert into customer_site (tenant_id, id, customer_id, label, address, created_at, updated_at)
                values (?, gen_random_uuid(), ?, 'Home', '上海市徐汇区漕溪北路 1 号', now(), now())""", tenant, id);
        return id;
    }

    static String campaign(String extra) {
        LocalDate tomorrow = ZonedDateTime.now(SHANGHAI).toLocalDate().plusDays(1);
        return """
                {"name":"冬季免费保养月","kind":"MAINTENANCE","channel":"SMS","segment":{"installedWithinMonths":3},
                 "visitsFrom":"%s","visitsUntil":"%s","slotCapacity":%s}""".formatted(tomorrow, tomorrow.plusDays(13), "%s")
                .formatted(extra == null ? "5" : "5," + extra);
    }

    Response create(String body) {
        return given().auth().oauth2(manager).contentType("application/json").body(body).post("/api/v1/campaigns");
    }

    Response launch(String id, int version) {
        return given().auth().oauth2(manager).contentType("application/json").body(Map.of("version", version))
                .post("/api/v1/campaigns/" + id + "/launch");
    }

    Map<String, Object> funnel(String id) {
        return given().auth().oauth2(manager).get("/api/v1/campaigns/" + id).then().statusCode(200).extract().path("funnel");
    }

    long count(String sql, Object... params) throws Exception {
        return OwnerDatabase.count(tenant, sql, params);
    }

    static long n(Map<String, Object> funnel, String step) {
        return ((Number) funnel.get(step)).longValue();
    }

    static String hhmm(LocalTime time) {
        return DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    @Test
    void tenThousandCustomersAreMessagedOnceByTwoReplicasAfterQuietHoursWithoutTheOptedOutAndTheFunnelAddsUp() throws Exception {
        TestMasterData.bulkCustomers(tenant, 10_000);
        installed("Bulk %", 1);
        OwnerDatabase.execute(tenant, "update customer set campaign_opt_out_at = now() where name like 'Bulk %' and phone like '%00'");
        OwnerDatabase.execute(tenant, "update customer set language = 'en' where name like 'Bulk %' and phone like '%1'");
        // quiet hours around now, in the tenant's zone: nothing may go out yet
        LocalTime local = ZonedDateTime.now(SHANGHAI).toLocalTime();
        String body = campaign("\"quietFrom\":\"%s\",\"quietUntil\":\"%s\"".formatted(hhmm(local.minusHours(1)), hhmm(local.plusHours(1))));
        String id = create(body).then().statusCode(201)
                .body("status", equalTo("DRAFT"), "audience.customers", equalTo(9_900), "audience.optedOut", equalTo(100))
                .extract().path("id");

        // two replicas (or two managers) launch at once: one launch happens, the other is refused
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Integer> answers = new ArrayList<>();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(replicas.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return launch(id, 0).statusCode();
                }));
            }
            for (Future<Integer> run : runs) {
                answers.add(run.get(120, TimeUnit.SECONDS));
            }
        } finally {
            replicas.shutdownNow();
        }
        assertTrue(answers.contains(200) && answers.contains(409), "one launch, one refusal: " + answers);
        assertEquals(10_000, count("select count(*) from campaign_recipient where campaign_id = ?", UUID.fromString(id)));
        assertEquals(100, count("select count(*) from campaign_recipient where campaign_id = ? and status = 'OPTED_OUT'", UUID.fromString(id)));
        assertEquals(9_900, count("select count(*) from notification where event_key like ?", "campaign:" + id + ":%"));
        assertEquals(0, count("""
                select count(*) from notification n join campaign_recipient r on r.notification_id = n.id
                join customer c on c.id = r.customer_id where c.campaign_opt_out_at is not null"""), "no message for an opted-out customer");
        assertEquals(1000, count("select count(*) from notification where event_key like ? and body like 'Hello Bulk %'", "campaign:" + id + ":%"),
                "customers with English get the English text");
        assertEquals(9_900, count("select count(*) from notification where event_key like ? and body like ?", "campaign:" + id + ":%",
                "%/c/" + slug + "/%"), "each message carries the personal link");

        // quiet hours: a delivery run sends none of them
        delivery.deliverDue(tenant);
        assertEquals(0, count("select count(*) from notification where event_key like ? and status = 'SENT'", "campaign:" + id + ":%"));
        assertEquals(9_900, count("select count(*) from notification where event_key like ? and status = 'PENDING' and next_attempt_at > now()",
                "campaign:" + id + ":%"), "all wait for the end of the quiet hours");

        // quiet hours are over: two replicas deliver at once, and the funnel shows progress on the way
        LocalTime later = local.plusHours(3);
        OwnerDatabase.execute(tenant, "update notification set next_attempt_at = now(), quiet_from = ?, quiet_until = ? where event_key like ?",
                later, later.plusHours(1), "campaign:" + id + ":%");
        delivery.deliverDue(tenant);
        Map<String, Object> halfway = funnel(id);
        assertTrue(n(halfway, "sent") > 0 && n(halfway, "pending") > 0, "progress while sending: " + halfway);
        together.reset();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(two.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    int sent = 0;
                    while (count("select count(*) from notification where status = 'PENDING' and next_attempt_at <= now()") > 0) {
                        sent += delivery.deliverDue(tenant);
                    }
                    return sent;
                }));
            }
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get(600, TimeUnit.SECONDS);
            }
            assertTrue(total <= 9_900, "no message sent twice: " + total);
        } finally {
            two.shutdownNow();
        }
        assertEquals(9_900, count("select count(*) from notification where event_key like ? and status = 'SENT' and attempts = 1",
                "campaign:" + id + ":%"), "every message sent, each by one replica on its first attempt");

        // receipts: 990 delivered, 10 not; a receipt again changes nothing
        List<String> refs = new ArrayList<>();
        try (Connection db = OwnerDatabase.connect(tenant);
             PreparedStatement q = db.prepareStatement("select id from notification where event_key like ? order by id limit 1000")) {
            q.setString(1, "campaign:" + id + ":%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    refs.add(tenant + ":" + rs.getObject(1));
                }
            }
        }
        StringBuilder receipts = new StringBuilder("{\"receipts\":[");
        for (int i = 0; i < refs.size(); i++) {
            receipts.append(i == 0 ? "" : ",").append("{\"messageId\":\"").append(refs.get(i)).append("\",\"status\":\"")
                    .append(i < 990 ? "DELIVERED" : "UNDELIVERED").append("\"}");
        }
        String batch = receipts.append("]}").toString();
        signed(batch).post("/api/v1/public/sms-receipts").then().statusCode(200).body("recorded", equalTo(1000), "skipped", equalTo(0));
        signed(batch).post("/api/v1/public/sms-receipts").then().statusCode(200).body("recorded", equalTo(0), "skipped", equalTo(1000));

        // customers open their links, some book, and two of the visits are done
        List<String> tokens = new ArrayList<>();
        try (Connection db = OwnerDatabase.connect(tenant);
             PreparedStatement q = db.prepareStatement(
                     "select token from campaign_recipient where campaign_id = ? and status = 'MESSAGED' order by id limit 30")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tokens.add(rs.getString(1));
                }
            }
        }
        TestInstallers.installer(tenant, manager);
        for (String token : tokens) {
            given().get("/api/v1/public/" + slug + "/campaign-links/" + token).then().statusCode(200);
        }
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> slot = slots(tokens.get(i)).get(i);
            requests.add(given().contentType("application/json").body(Map.of("slot", Map.of("start", slot.get("start"), "end", slot.get("end"))))
                    .post("/api/v1/public/" + slug + "/campaign-links/" + tokens.get(i) + "/booking")
                    .then().statusCode(201).extract().path("requestNumber"));
        }
        for (int i = 0; i < 2; i++) {
            UUID customer = customerOf(tokens.get(i));
            TestOrders.Order order = TestOrders.workDone(tenant, customer, "MAINTENANCE");
            OwnerDatabase.execute(tenant, "update service_request set work_order_id = ?, status = 'CONVERTED' where number = ?",
                    UUID.fromString(order.id()), requests.get(i));
        }

        Map<String, Object> funnel = funnel(id);
        assertEquals(10_000, n(funnel, "recipients"));
        assertEquals(100, n(funnel, "optedOut"));
        assertEquals(9_900, n(funnel, "messaged"));
        assertEquals(0, n(funnel, "pending"));
        assertEquals(9_900, n(funnel, "sent"));
        assertEquals(10, n(funnel, "failed"));
        // delivered counts a receipt, or a customer who opened the link (it reached them)
        long openedWithoutReceipt = tokens.stream().filter(t -> !receiptedToken(t, refs.subList(0, 990))).count();
        assertEquals(990 + openedWithoutReceipt, n(funnel, "delivered"));
        assertEquals(30, n(funnel, "opened"));
        assertEquals(4, n(funnel, "booked"));
        assertEquals(2, n(funnel, "done"));

        given().auth().oauth2(manager).queryParam("stage", "DONE").get("/api/v1/campaigns/" + id + "/recipients")
                .then().statusCode(200).body("items.size()", equalTo(2), "items.stage", hasItem("DONE"));
        given().auth().oauth2(manager).queryParam("stage", "BOOKED").get("/api/v1/campaigns/" + id + "/recipients")
                .then().statusCode(200).body("items.size()", equalTo(2));
    }

    private boolean receiptedToken(String token, List<String> refs) {
        try {
            return refs.contains(tenant + ":" + notificationOf(token));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID customerOf(String token) throws Exception {
        return (UUID) value("select customer_id from campaign_recipient where token = ?", token);
    }

    private UUID notificationOf(String token) throws Exception {
        return (UUID) value("select notification_id from campaign_recipient where token = ?", token);
    }

    private Object value(String sql, Object param) throws Exception {
        try (Connection db = OwnerDatabase.connect(tenant); PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, param);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    List<Map<String, Object>> slots(String token) {
        return given().get("/api/v1/public/" + slug + "/campaign-links/" + token).then().statusCode(200).extract().path("slots");
    }

    static io.restassured.specification.RequestSpecification signed(String body) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return given().contentType("application/json").header("X-Timestamp", timestamp).header("X-Signature", sign(timestamp, body)).body(body);
    }

    static String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLinkShowsTheCustomersProductsBooksOnceWithinTheSlotCapacityAndOptsOutForGood() throws Exception {
        UUID wang = customer("王芳", "139 0000 1001");
        UUID li = customer("李雷", "139 0000 1002");
        customer("韩梅梅", "139 0000 1003");
        installed("王芳", 1);
        installed("李雷", 2);
        installed("韩梅梅", 2);
        TestInstallers.installer(tenant, manager);
        TestInstallers.installer(tenant, manager);
        String id = create(campaign(null).replace("\"slotCapacity\":5", "\"slotCapacity\":1")).then().statusCode(201)
                .body("audience.customers", equalTo(3), "messageZh", org.hamcrest.Matchers.containsString("{link}")).extract().path("id");
        launch(id, 0).then().statusCode(200).body("status", equalTo("LAUNCHED"), "funnel.messaged", equalTo(3), "funnel.pending", equalTo(3));
        String wangToken = (String) value("select token from campaign_recipient where customer_id = ?", wang);
        String liToken = (String) value("select token from campaign_recipient where customer_id = ?", li);

        List<Map<String, Object>> slots = given().get("/api/v1/public/" + slug + "/campaign-links/" + wangToken).then().statusCode(200)
                .body("customerName", equalTo("王芳"), "products[0].productName", equalTo("挂式空调 AC-1"), "open", equalTo(true),
                        "products[0].warrantyEnd", org.hamcrest.Matchers.notNullValue(), "optedOut", equalTo(false))
                .extract().path("slots");
        assertFalse(slots.isEmpty());
        for (Map<String, Object> slot : slots) {
            assertEquals(1, slot.get("free"), "room left is the campaign's capacity, not the installers'");
        }
        Map<String, Object> slot = slots.getFirst();
        Map<String, Object> booking = Map.of("slot", Map.of("start", slot.get("start"), "end", slot.get("end")), "note", "顺便看看遥控器");
        given().contentType("application/json").body(booking).post("/api/v1/public/" + slug + "/campaign-links/" + wangToken + "/booking")
                .then().statusCode(201).body("trackingUrl", org.hamcrest.Matchers.containsString("/track/"));
        given().contentType("application/json").body(booking).post("/api/v1/public/" + slug + "/campaign-links/" + wangToken + "/booking")
                .then().statusCode(409).contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("campaign-already-booked"));
        given().contentType("application/json").body(booking).post("/api/v1/public/" + slug + "/campaign-links/" + liToken + "/booking")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("slot-not-free"));
        assertFalse(slots(liToken).stream().anyMatch(s -> s.get("start").equals(slot.get("start"))), "a full slot is no longer offered");
        assertEquals(1, count("select count(*) from service_request where customer_id = ? and category = 'MAINTENANCE'", wang));

        // a slot outside the campaign's dates is refused, naming the field
        given().contentType("application/json").body(Map.of("slot", Map.of("start", "2020-01-01T01:00:00Z", "end", "2020-01-01T03:00:00Z")))
                .post("/api/v1/public/" + slug + "/campaign-links/" + liToken + "/booking")
                .then().statusCode(400).body("errors[0].field", equalTo("slot.start"));

        // opting out withdraws what waits and keeps the customer out of the next campaign
        given().post("/api/v1/public/" + slug + "/campaign-links/" + liToken + "/opt-out").then().statusCode(200).body("optedOut", equalTo(true));
        assertEquals(1, count("select count(*) from notification n join campaign_recipient r on r.notification_id = n.id "
                + "where r.customer_id = ? and n.status = 'WITHDRAWN'", li));
        String next = create(campaign(null)).then().statusCode(201).body("audience.customers", equalTo(2), "audience.optedOut", equalTo(1))
                .extract().path("id");
        launch(next, 0).then().statusCode(200).body("funnel.optedOut", equalTo(1), "funnel.messaged", equalTo(2));

        // staff record an opt-out asked for by phone: the customer drops out of the audience
        UUID han = (UUID) value("select id from customer where name = ?", "韩梅梅");
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).contentType("application/json").body(Map.of("customerId", han))
                .post("/api/v1/campaigns/opt-outs").then().statusCode(200).body("withdrawn", equalTo(2));
        given().auth().oauth2(Tokens.of(tenant, "installer")).contentType("application/json").body(Map.of("customerId", han))
                .post("/api/v1/campaigns/opt-outs").then().statusCode(403);
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("customerId", UUID.randomUUID()))
                .post("/api/v1/campaigns/opt-outs").then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("channel", "SMS", "segment", Map.of("installedWithinMonths", 3)))
                .post("/api/v1/campaigns/audience").then().statusCode(200).body("customers", equalTo(1), "optedOut", equalTo(2));

        // links are secrets of their tenant
        given().get("/api/v1/public/" + slug + "/campaign-links/" + "0".repeat(32)).then().statusCode(404);
        UUID other = tenants.create();
        given().get("/api/v1/public/" + TestTenants.loginPrefix(other) + "/campaign-links/" + wangToken).then().statusCode(404);
        given().get("/api/v1/public/" + slug + "/campaign-links/not-a-token").then().statusCode(400);

        // cancelling withdraws what has not gone out; the link stops taking bookings
        String hanToken = (String) value("select token from campaign_recipient where campaign_id = ? and status = 'MESSAGED' limit 1",
                UUID.fromString(next));
        int version = given().auth().oauth2(manager).get("/api/v1/campaigns/" + next).then().extract().path("version");
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("version", version))
                .post("/api/v1/campaigns/" + next + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().get("/api/v1/public/" + slug + "/campaign-links/" + hanToken).then().statusCode(200).body("open", equalTo(false),
                "slots.size()", equalTo(0));
        assertEquals(0, count("select count(*) from notification n join campaign_recipient r on r.notification_id = n.id "
                + "where r.campaign_id = ? and n.status = 'PENDING'", UUID.fromString(next)));
    }

    @Test
    void theBuiltInRecentInstallationsCampaignTakesTheTenantsRecentMonths() throws Exception {
        customer("赵敏", "139 0000 2001");
        customer("周芷若", "139 0000 2002");
        installed("赵敏", 2);
        installed("周芷若", 5);
        Map<String, Object> settings = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().path("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> promises = (Map<String, Object>) settings.get("promises");
        promises.put("recentInstallationMonths", 6);
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        String body = campaign(null).replace("\"kind\":\"MAINTENANCE\"", "\"kind\":\"RECENT_INSTALLATIONS\"")
                .replace("\"segment\":{\"installedWithinMonths\":3},", "");
        create(body).then().statusCode(201).body("segment.installedWithinMonths", equalTo(6), "audience.customers", equalTo(2),
                "messageEn", org.hamcrest.Matchers.containsString("{link}"));
    }

    @Test
    void badDefinitionsAreRefusedNamingTheFieldAndOnlyManagersDefineCampaigns() throws Exception {
        create(campaign(null).replace("\"slotCapacity\":5", "\"slotCapacity\":5,\"messageZh\":\"没有链接\""))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("messageZh"));
        create(campaign(null).replace("\"slotCapacity\":5", "\"slotCapacity\":5,\"messageEn\":\"{link} {oops}\""))
                .then().statusCode(400).body("errors[0].field", equalTo("messageEn"));
        create(campaign("\"quietFrom\":\"21:00\"")).then().statusCode(400).body("errors[0].field", equalTo("quietUntil"));
        create(campaign("\"quietFrom\":\"25:00\",\"quietUntil\":\"08:00\"")).then().statusCode(400).body("errors[0].field", equalTo("quietFrom"));
        create(campaign(null).replace("\"slotCapacity\":5", "\"slotCapacity\":0")).then().statusCode(400).body("errors[0].field", equalTo("slotCapacity"));
        LocalDate tomorrow = ZonedDateTime.now(SHANGHAI).toLocalDate().plusDays(1);
        create(campaign(null).replace("\"visitsUntil\":\"" + tomorrow.plusDays(13), "\"visitsUntil\":\"" + tomorrow.minusDays(3)))
                .then().statusCode(400).body("errors[0].field", equalTo("visitsUntil"));
        create(campaign(null).replace("{\"installedWithinMonths\":3}", "{\"productId\":\"" + UUID.randomUUID() + "\"}"))
                .then().statusCode(400).body("errors[0].field", equalTo("segment.productId"));
        create("{\"name\":\"x\"}").then().statusCode(400);

        for (String role : List.of("dispatcher", "installer", "customer", "partner")) {
            given().auth().oauth2(Tokens.of(tenant, role)).contentType("application/json").body(campaign(null)).post("/api/v1/campaigns")
                    .then().statusCode(403);
        }
        String id = create(campaign(null)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/campaigns/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/campaigns/" + id).then().statusCode(403);
        UUID other = tenants.create();
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/campaigns/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.manager(other)).contentType("application/json").body(Map.of("version", 0))
                .post("/api/v1/campaigns/" + id + "/launch").then().statusCode(404);
        given().auth().oauth2(Tokens.manager(other)).get("/api/v1/campaigns").then().statusCode(200).body("items.size()", equalTo(0));

        // a draft changes with its version; a launched campaign does not
        given().auth().oauth2(manager).contentType("application/json").body(campaign(null).replace("\"slotCapacity\":5", "\"slotCapacity\":5,\"version\":0"))
                .put("/api/v1/campaigns/" + id).then().statusCode(200).body("version", equalTo(1));
        launch(id, 0).then().statusCode(409);
        launch(id, 1).then().statusCode(200);
        given().auth().oauth2(manager).contentType("application/json").body(campaign(null).replace("\"slotCapacity\":5", "\"slotCapacity\":5,\"version\":2"))
                .put("/api/v1/campaigns/" + id).then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("campaign-not-changeable"));
    }

    @Test
    void receiptsMustBeSignedRecentAndWellFormed() {
        String body = "{\"receipts\":[{\"messageId\":\"" + tenant + ":" + UUID.randomUUID() + "\",\"status\":\"DELIVERED\"}]}";
        given().contentType("application/json").body(body).post("/api/v1/public/sms-receipts").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType("application/json").header("X-Timestamp", Long.toString(System.currentTimeMillis() / 1000))
                .header("X-Signature", "00").body(body).post("/api/v1/public/sms-receipts").then().statusCode(401);
        String old = Long.toString(System.currentTimeMillis() / 1000 - 3600);
        given().contentType("application/json").header("X-Timestamp", old).header("X-Signature", sign(old, body)).body(body)
                .post("/api/v1/public/sms-receipts").then().statusCode(401);
        signed(body).post("/api/v1/public/sms-receipts").then().statusCode(200).body("recorded", equalTo(0), "skipped", equalTo(1));
        signed("{\"receipts\":[{\"messageId\":\"garbage\",\"status\":\"DELIVERED\"}]}").post("/api/v1/public/sms-receipts")
                .then().statusCode(200).body("skipped", equalTo(1));
        signed("{\"receipts\":[{\"messageId\":\"x\",\"status\":\"LOST\"}]}").post("/api/v1/public/sms-receipts").then().statusCode(400);
        signed("{\"receipts\":[]}").post("/api/v1/public/sms-receipts").then().statusCode(400)
                .body("errors[0].field", equalTo("receipts"));
        signed("not json").post("/api/v1/public/sms-receipts").then().statusCode(400);
        assertNotNull(tenant);
    }
}
