package io.aftercare.notification;

import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.aftercare.notification.TestOutbox.count;
import static io.aftercare.notification.TestOutbox.customerWithEmail;
import static io.aftercare.notification.TestOutbox.makeDue;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The delivery side of the outbox against a real SMTP server: nothing is lost while the server is down, every
 * message is delivered once after it starts, also with several replicas sending at the same time.
 */
@QuarkusTest
class NotificationDeliveryTest {

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    Notifications notifications;

    @Inject
    NotificationDelivery delivery;

    final TestMailServer mail = new TestMailServer();
    UUID tenant;

    @BeforeEach
    void tenantAndMailServer() {
        tenant = tenants.create();
        mail.start();
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    private List<String> customersWithAppointments(int count) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "c" + i + "-" + UUID.randomUUID() + "@customers.test";
            UUID customer = customerWithEmail(tenant, email);
            work.inTransactionOf(tenant, () -> {
                notifications.toCustomer(customer, "work-order:" + customer + ":appointment-set", Template.APPOINTMENT_SET,
                        "WO-000001", "2026-12-01 09:00–11:00");
                return null;
            });
            emails.add(email);
        }
        return emails;
    }

    @Test
    void withTheMailServerStoppedNotificationsQueueAndAfterItStartsEachIsDeliveredOnce() throws Exception {
        mail.stop();
        List<String> emails = customersWithAppointments(5);

        delivery.deliverDue();

        assertEquals(5, count(tenant, "channel = 'EMAIL' and status = 'PENDING' and attempts = 1 and last_error is not null"
                + " and next_attempt_at > now() + interval '5 seconds'"), "e-mail waits for its next try, nothing lost");
        assertEquals(5, count(tenant, "channel = 'SMS' and status = 'SENT'"), "SMS does not wait for the mail server");

        mail.start();
        makeDue(tenant);
        delivery.deliverDue();

        for (String email : emails) {
            assertEquals(1, mail.receivedBy(email), email);
        }
        assertEquals(5, mail.received().length);
        assertEquals(10, count(tenant, "status = 'SENT' and sent_at is not null"));

        makeDue(tenant);
        delivery.deliverDue();
        assertEquals(5, mail.received().length, "a delivered message is never sent again");
    }

    @Test
    void replicasDeliveringAtTheSameTimeSendEachMessageOnce() throws Exception {
        List<String> emails = customersWithAppointments(30);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(replicas.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    int sent = 0;
                    for (int round = 0; round < 10 && count(tenant, "status = 'PENDING'") > 0; round++) {
                        sent += delivery.deliverDue();
                    }
                    return sent;
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }

        for (String email : emails) {
            assertEquals(1, mail.receivedBy(email), email);
        }
        assertEquals(30, mail.received().length);
        assertEquals(60, count(tenant, "status = 'SENT'"));
        // An SMS (the logging sender never fails) sent twice would show as a second attempt; an e-mail may need a second
        // attempt when the test's mail server times out under load, and is received once all the same (checked above).
        assertEquals(30, count(tenant, "channel = 'SMS' and attempts = 1"), "each message was claimed by one replica, once");
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAndAManagerCanQueueItAgain() throws Exception {
        mail.stop();
        String email = customersWithAppointments(1).get(0);
        for (int attempt = 0; attempt < 3; attempt++) {
            makeDue(tenant);
            delivery.deliverDue();
        }
        assertEquals(1, count(tenant, "channel = 'EMAIL' and status = 'FAILED' and attempts = 3 and last_error is not null"));

        mail.start();
        makeDue(tenant);
        delivery.deliverDue();
        assertEquals(0, mail.received().length, "a given-up message waits for a person");

        String manager = Tokens.manager(tenant);
        String id = given().auth().oauth2(manager).get("/api/v1/notifications?status=FAILED").then().statusCode(200)
                .body("items.recipient", contains(email))
                .body("items[0].lastError", notNullValue())
                .extract().path("items[0].id");
        given().auth().oauth2(manager).post("/api/v1/notifications/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        given().auth().oauth2(manager).post("/api/v1/notifications/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));

        delivery.deliverDue();
        assertEquals(1, mail.receivedBy(email));
        given().auth().oauth2(manager).get("/api/v1/notifications?channel=EMAIL").then().statusCode(200)
                .body("items.status", contains("SENT"));
        given().auth().oauth2(manager).post("/api/v1/notifications/" + id + "/retry").then().statusCode(409);
    }
}
