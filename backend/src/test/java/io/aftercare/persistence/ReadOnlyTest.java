package io.aftercare.persistence;

import io.aftercare.customer.Customer;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A read loads entities read-only and never flushes, so a change made to what it read is not written; called from a
 * write, it joins the write's transaction, whose changes are written as before.
 */
@QuarkusTest
class ReadOnlyTest {

    @Inject
    TestTenants tenants;

    @Inject
    Probe probe;

    @Test
    void aReadWritesNothingBackButJoinsAWriteUnchanged() {
        UUID tenant = tenants.create();
        String manager = Tokens.of(tenant, "manager");
        UUID customer = UUID.fromString(given().auth().oauth2(manager).contentType("application/json")
                .body("{\"kind\":\"PERSON\",\"name\":\"王芳\",\"phone\":\"13800138000\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id"));

        assertTrue(probe.readOnlyWhenReading(tenant, customer), "a read's session loads read-only");
        probe.renameInARead(tenant, customer, "在读取中改名");
        assertEquals("王芳", probe.nameOf(tenant, customer), "a read wrote its change back");

        assertFalse(probe.renameInAWriteThroughARead(tenant, customer, "李雷"), "a read turned the write's session read-only");
        assertEquals("李雷", probe.nameOf(tenant, customer), "the write's change was not written");
    }

    @ApplicationScoped
    public static class Probe {

        @Inject
        TenantContext tenants;

        @Inject
        Session session;

        @Inject
        Probe self;

        @ActivateRequestContext
        public boolean readOnlyWhenReading(UUID tenant, UUID customer) {
            return tenants.runAs(tenant, () -> self.isReadOnly(customer));
        }

        @ActivateRequestContext
        public void renameInARead(UUID tenant, UUID customer, String name) {
            tenants.runAs(tenant, () -> self.rename(customer, name));
        }

        @ActivateRequestContext
        public boolean renameInAWriteThroughARead(UUID tenant, UUID customer, String name) {
            return tenants.runAs(tenant, () -> self.write(customer, name));
        }

        @ActivateRequestContext
        public String nameOf(UUID tenant, UUID customer) {
            return tenants.runAs(tenant, () -> self.name(customer));
        }

        @ReadOnly
        public boolean isReadOnly(UUID customer) {
            Customer row = Customer.findById(customer);
            return session.isReadOnly(row) && session.isDefaultReadOnly();
        }

        @ReadOnly
        public String rename(UUID customer, String name) {
            Customer row = Customer.findById(customer);
            row.name = name;
            return row.name;
        }

        @Transactional
        public boolean write(UUID customer, String name) {
            self.rename(customer, name);
            return session.isDefaultReadOnly();
        }

        @ReadOnly
        public String name(UUID customer) {
            return Customer.<Customer>findById(customer).name;
        }
    }
}
