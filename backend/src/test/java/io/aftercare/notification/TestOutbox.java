package io.aftercare.notification;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;

import java.util.UUID;

/** Arranges and reads outbox rows directly as the owner, beside what the application does. */
final class TestOutbox {

    private TestOutbox() {
    }

    /** A customer (with a phone) who also has an e-mail address of their own. */
    static UUID customerWithEmail(UUID tenant, String email) throws Exception {
        UUID customer = TestCustomers.customer(tenant);
        OwnerDatabase.execute(tenant, "update customer set email = ? where id = ?", email, customer);
        return customer;
    }

    /** Makes every pending message of the tenant due now, as if its backoff had passed. */
    static void makeDue(UUID tenant) throws Exception {
        OwnerDatabase.execute(tenant, "update notification set next_attempt_at = now() - interval '1 second' where status = 'PENDING'");
    }

    static long count(UUID tenant, String where, Object... params) throws Exception {
        return OwnerDatabase.count(tenant, "select count(*) from notification where " + where, params);
    }
}
