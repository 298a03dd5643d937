-- The global search finds work orders by the start of their number: starts_with() on a pattern-ops index, the
-- tenant leading (customers by phone and assets by serial or plate have such indexes since V4).
CREATE INDEX work_order_number_prefix_idx ON work_order (tenant_id, number text_pattern_ops);
-- Newest first within a tenant: the order of every group of the search.
CREATE INDEX work_order_created_idx ON work_order (tenant_id, created_at DESC, id DESC);
CREATE INDEX customer_created_idx ON customer (tenant_id, created_at DESC, id DESC);

-- The tenant's map link (installers open a site's address in a map app): AMap in China, OpenStreetMap elsewhere.
-- FORCE lifted for the data migration only, as in V14.
ALTER TABLE rule_book NO FORCE ROW LEVEL SECURITY;
UPDATE rule_book b
SET settings = b.settings || jsonb_build_object('mapUrlTemplate',
        CASE WHEN t.country = 'CN' THEN 'https://uri.amap.com/search?keyword={address}'
             ELSE 'https://www.openstreetmap.org/search?query={address}' END)
FROM tenant t
WHERE t.id = b.tenant_id AND NOT (b.settings ? 'mapUrlTemplate');
ALTER TABLE rule_book FORCE ROW LEVEL SECURITY;
