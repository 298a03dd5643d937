-- Work orders list their assets, and installers their service points, in uuid arrays, which foreign keys cannot
-- cover. These triggers refuse deleting a row an array still mentions, with the foreign-key error code, so the
-- delete answers 409 "in use" like any other referenced row. They run as the caller, inside its tenant.
CREATE FUNCTION refuse_deleting_asset_on_work_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM work_order WHERE tenant_id = OLD.tenant_id AND asset_ids @> ARRAY[OLD.id]) THEN
        RAISE EXCEPTION 'asset % is on work orders', OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER asset_on_work_orders BEFORE DELETE ON asset
    FOR EACH ROW EXECUTE FUNCTION refuse_deleting_asset_on_work_orders();

CREATE FUNCTION refuse_deleting_service_point_of_installers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM installer WHERE tenant_id = OLD.tenant_id AND service_point_ids @> ARRAY[OLD.id]) THEN
        RAISE EXCEPTION 'service point % has installers', OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER service_point_of_installers BEFORE DELETE ON service_point
    FOR EACH ROW EXECUTE FUNCTION refuse_deleting_service_point_of_installers();
