package io.aftercare.notification;

import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.aftercare.notification.TestOutbox.count;
import static io.aftercare.notification.TestOutbox.customerWithEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance rule with nothing but the scheduled job at work: with the mail server stopped notifications
 * queue; after it starts, every one is delivered, once.
 */
@QuarkusTest
@TestProfile(NotificationScheduleTest.EverySecond.class)
class NotificationScheduleTest {

    /** The job every second and retries after a second or two, so the test waits seconds, not minutes. */
    public static class EverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftercare.notifications.deliver-every", "1s",
                    "aftercare.notifications.backoff-initial", "1s",
                    "aftercare.notifications.backoff-max", "2s",
                    "aftercare.notifications.max-attempts", "1000");
        }
    }

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    Notifications notifications;

    final TestMailServer mail = new TestMailServer();

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void withTheMailServerStoppedNotificationsQueueAndAfterItStartsEveryOneIsDeliveredOnce() throws Exception {
        UUID tenant = tenants.create();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String email = "s" + i + "-" + UUID.randomUUID() + "@customers.test";
            UUID customer = customerWithEmail(tenant, email);
            work.inTransactionOf(tenant, () -> {
                notifications.toCustomer(customer, "work-order:" + customer + ":appointment-changed", Template.APPOINTMENT_CHANGED,
                        "WO-000001", "2026-12-02 14:00–16:00");
                return null;
            });
            emails.add(email);
        }

        awaitTrue(() -> count(tenant, "channel = 'EMAIL' and status = 'PENDING' and attempts >= 2") == 5);
        assertEquals(5, count(tenant, "channel = 'SMS' and status = 'SENT'"));

        mail.start();
        awaitTrue(() -> count(tenant, "status = 'SENT'") == 10);
        Thread.sleep(2_500); // two more runs of the job: nothing may go out again
        for (String email : emails) {
            assertEquals(1, mail.receivedBy(email), email);
        }
        assertEquals(5, mail.received().length);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(200);
        }
        assertTrue(check.holds(), "not reached within 30 s");
    }
}
