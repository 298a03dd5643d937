package io.aftercare.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Customers and assets inserted directly as the owner, for tests about what happens to them afterwards. */
public final class TestCustomers {

    private TestCustomers() {
    }

    public static UUID customer(UUID tenant) throws Exception {
        UUID id = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into customer (tenant_id, id, kind, name, phone, created_at, updated_at)
                values (?, ?, 'PERSON', '王芳', ?, now(), now())""",
                tenant, id, "138" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        return id;
    }

    /** A site of the customer at these coordinates (null for a site without them). */
    public static UUID site(UUID tenant, UUID customer, Double latitude, Double longitude) throws Exception {
        UUID id = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into customer_site (tenant_id, id, customer_id, label, address, latitude, longitude, created_at, updated_at)
                values (?, ?, ?, ?, '杭州市西湖区文三路 90 号', ?, ?, now(), now())""", tenant, id, customer, "site " + id, latitude, longitude);
        return id;
    }

    /** An asset of the customer (with a catalogue product of its own). */
    public static UUID asset(UUID tenant, UUID customer) throws Exception {
        UUID product = UUID.randomUUID();
        UUID asset = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into catalog_item (tenant_id, id, kind, code, name, unit, created_at, updated_at)
                values (?, ?, 'PRODUCT', ?, 'GPS terminal T-100', 'pcs', now(), now())""", tenant, product, "T-" + product);
        OwnerDatabase.execute(tenant, """
                insert into asset (tenant_id, id, customer_id, product_id, serial_number, created_at, updated_at)
                values (?, ?, ?, ?, ?, now(), now())""", tenant, asset, customer, product, "SN-" + asset);
        return asset;
    }
}
