package io.aftercare.notification;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;

import static io.aftercare.notification.TestOutbox.customerWithEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After sign-off the customer's e-mail carries the signed service report as a PDF; the SMS carries the link only. */
@QuarkusTest
class ServiceReportMailTest {

    @Inject
    TestTenants tenants;

    @Inject
    NotificationDelivery delivery;

    final TestMailServer mail = new TestMailServer();
    UUID tenant;

    @BeforeEach
    void start() {
        tenant = tenants.create();
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void theSignedReportGoesToTheCustomerByEmailAsAPdf() throws Exception {
        String email = "r-" + UUID.randomUUID() + "@customers.test";
        UUID customer = customerWithEmail(tenant, email);
        TestOrders.Order order = TestOrders.filed(tenant, customer, "REPAIR");
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification where event_key = ? and channel = 'EMAIL' "
                + "and attachment = ?", "service-report:" + order.id(), "service-report:" + order.id() + ":zh-CN"));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from notification where event_key = ? and channel = 'SMS' "
                + "and attachment is null and body like '%/my-requests%'", "service-report:" + order.id()));

        for (int i = 0; i < 5 && OwnerDatabase.count(tenant, "select count(*) from notification where status = 'PENDING'") > 0; i++) {
            delivery.deliverDue(tenant);
        }

        MimeMessage report = Arrays.stream(mail.received()).filter(m -> {
            try {
                return m.getSubject().contains("服务报告书") && m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        Multipart parts = (Multipart) report.getContent();
        Part pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertNotNull(pdf, "the e-mail has a PDF part");
        assertTrue(pdf.getFileName().endsWith(".pdf"), pdf.getFileName());
        try (InputStream in = pdf.getInputStream()) {
            assertEquals("%PDF", new String(in.readNBytes(4)));
        }
    }
}
