package io.aftercare.support;

import java.util.UUID;

/** Master data in bulk, inserted directly as the owner: for tests that need many rows fast. */
public final class TestMasterData {

    private TestMasterData() {
    }

    /** {@code count} customers named "Bulk n" with phones 139nnnnnnnn, each with two contacts (137…) and a site. */
    public static void bulkCustomers(UUID tenant, int count) throws Exception {
        OwnerDatabase.execute(tenant, """
                insert into customer (tenant_id, id, kind, name, phone, created_at, updated_at)
                select ?, gen_random_uuid(), 'PERSON', 'Bulk ' || g, '139' || lpad(g::text, 8, '0'), now(), now()
                from generate_series(1, ?) g""", tenant, count);
        OwnerDatabase.execute(tenant, """
                insert into customer_contact (tenant_id, id, customer_id, name, phone, created_at, updated_at)
                select c.tenant_id, gen_random_uuid(), c.id, 'Contact ' || n, '137' || right(c.phone, 8), now(), now()
                from customer c, generate_series(1, 2) n where c.name like 'Bulk %'""");
        OwnerDatabase.execute(tenant, """
                insert into customer_site (tenant_id, id, customer_id, label, address, created_at, updated_at)
                select c.tenant_id, gen_random_uuid(), c.id, 'Home', 'Street ' || c.name, now(), now()
                from customer c where c.name like 'Bulk %'""");
    }
}
