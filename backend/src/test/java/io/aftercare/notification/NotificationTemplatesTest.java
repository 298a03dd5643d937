package io.aftercare.notification;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.aftercare.notification.TestOutbox.customerWithEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Managers word their messages per kind and language; what customers receive follows, other tenants are untouched. */
@QuarkusTest
class NotificationTemplatesTest {

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    Notifications notifications;

    UUID tenant;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
    }

    Response save(String token, String template, String language, String subject, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("subject", subject, "body", body))
                .put("/api/v1/notification-templates/" + template + "/" + language);
    }

    /** Enqueues "appointment set" for the customer and answers the SMS body written. */
    String appointmentSet(UUID on, UUID customer) throws Exception {
        String key = "test:" + UUID.randomUUID();
        work.inTransactionOf(on, () -> {
            notifications.toCustomer(customer, key, Template.APPOINTMENT_SET, "WO-000007", "2026-12-08 09:00–11:00");
            return null;
        });
        try (Connection db = OwnerDatabase.connect(on);
             PreparedStatement q = db.prepareStatement("select body from notification where event_key = ? and channel = 'SMS'")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aTenantsOwnWordingIsWhatItsCustomersReceiveInTheirLanguageAndResetBringsTheBuiltInTextBack() throws Exception {
        given().auth().oauth2(manager).get("/api/v1/notification-templates").then().statusCode(200)
                .body("items.template", hasItem("APPOINTMENT_SET"),
                        "items.find { it.template == 'APPOINTMENT_SET' }.arguments", equalTo(List.of("orderNumber", "window")),
                        "items.find { it.template == 'APPOINTMENT_SET' }.texts.custom", equalTo(List.of(false, false)));
        UUID customer = customerWithEmail(tenant, "c-" + UUID.randomUUID() + "@customers.test");
        String builtIn = appointmentSet(tenant, customer);
        assertEquals("工单 WO-000007 的上门时间：2026-12-08 09:00–11:00。如需改约请使用预约链接或致电我们。", builtIn);

        save(manager, "APPOINTMENT_SET", "zh-CN", "上门时间", "您好！师傅将于{1}上门处理工单{0}，需改约请回复'改约'。").then().statusCode(200)
                .body("texts.find { it.language == 'zh-CN' }.custom", equalTo(true),
                        "texts.find { it.language == 'en' }.custom", equalTo(false));
        assertEquals("您好！师傅将于2026-12-08 09:00–11:00上门处理工单WO-000007，需改约请回复'改约'。", appointmentSet(tenant, customer),
                "placeholders filled, the apostrophes sent as written");

        OwnerDatabase.execute(tenant, "update customer set language = 'en' where id = ?", customer);
        assertEquals("Work order WO-000007: our installer will visit 2026-12-08 09:00–11:00. To change it, use your booking link or call us.",
                appointmentSet(tenant, customer), "an English-speaking customer gets the English text");

        UUID other = tenants.create();
        UUID theirs = customerWithEmail(other, "o-" + UUID.randomUUID() + "@customers.test");
        assertEquals(builtIn, appointmentSet(other, theirs), "another tenant keeps the built-in text");

        given().auth().oauth2(manager).delete("/api/v1/notification-templates/APPOINTMENT_SET/zh-CN").then().statusCode(200)
                .body("texts.find { it.language == 'zh-CN' }.custom", equalTo(false));
        OwnerDatabase.execute(tenant, "update customer set language = null where id = ?", customer);
        assertEquals(builtIn, appointmentSet(tenant, customer));
    }

    @Test
    void brokenOrUnknownPlaceholdersAreRefusedNamingTheFieldAndThePreviewFillsSamples() {
        save(manager, "APPOINTMENT_SET", "zh-CN", "上门", "工单{0}于{2}上门").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"), "errors[0].message", containsString("orderNumber, window"));
        save(manager, "APPOINTMENT_SET", "en", "Visit {", "Work order {0}").then().statusCode(400).body("errors[0].field", equalTo("subject"));
        save(manager, "APPOINTMENT_SET", "en", "Visit", "{name} visits").then().statusCode(400).body("errors[0].field", equalTo("body"));
        save(manager, "APPOINTMENT_SET", "en", " ", "x").then().statusCode(400);
        save(manager, "NO_SUCH_KIND", "en", "s", "b").then().statusCode(404);
        save(manager, "APPOINTMENT_SET", "fr", "s", "b").then().statusCode(400);
        save(Tokens.of(tenant, "dispatcher"), "APPOINTMENT_SET", "en", "s", "b").then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/notification-templates").then().statusCode(403);

        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("language", "zh-CN", "subject", "上门", "body", "工单{0}：{1}上门。" + "请保持电话畅通。".repeat(10)))
                .post("/api/v1/notification-templates/APPOINTMENT_SET/preview").then().statusCode(200)
                .body("body", containsString("工单WO-000123：2026-12-08 09:00–11:00上门"), "smsParts", equalTo(2));
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("language", "en", "subject", "s", "body", "Hi {0}"))
                .post("/api/v1/notification-templates/ON_THE_WAY_NO_ETA/preview").then().statusCode(200)
                .body("body", equalTo("Hi WO-000123"), "smsParts", equalTo(1));
    }

    @Test
    void twoManagersSavingAtOnceBothSucceedAndOneTextStays() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> codes = new ArrayList<>();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return save(manager, "ORDER_CANCELLED", "en", "Cancelled " + n, "Order {0} cancelled: {1} (" + n + ")").statusCode();
                }));
            }
            for (Future<Integer> run : runs) {
                codes.add(run.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(200, 200), codes);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification_template where template = 'ORDER_CANCELLED'"));
    }
}
