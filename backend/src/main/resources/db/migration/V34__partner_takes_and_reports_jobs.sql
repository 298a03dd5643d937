-- Partner staff take a job given to their partner and report it done with photos they uploaded to the order.
ALTER TABLE partner_order
    ADD COLUMN taken_at          timestamptz,
    ADD COLUMN taken_by          text,
    ADD COLUMN reported_done_at  timestamptz,
    ADD COLUMN reported_done_by  text,
    ADD COLUMN done_note         text,
    ADD COLUMN done_photo_ids    uuid[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT partner_order_report_after_take CHECK (reported_done_at IS NULL OR taken_at IS NOT NULL);

-- The photos of a partner's report cannot be deleted from under it (answered like any referenced row: 409).
CREATE FUNCTION refuse_deleting_attachment_of_partner_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM partner_order WHERE tenant_id = OLD.tenant_id AND work_order_id = OLD.owner_id
               AND done_photo_ids @> ARRAY[OLD.id]) THEN
        RAISE EXCEPTION 'attachment % is in a partner''s report', OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER attachment_of_partner_report BEFORE DELETE ON attachment
    FOR EACH ROW EXECUTE FUNCTION refuse_deleting_attachment_of_partner_report();
