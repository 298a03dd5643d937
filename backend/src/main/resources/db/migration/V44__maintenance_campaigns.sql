-- Maintenance campaigns (预约维护): a manager picks a segment of customers, a message in each customer's language with a
-- personal booking link, the visit dates and how many campaign bookings a slot takes. Launching writes one recipient
-- row per customer (unique per campaign) and one outbox message per reachable recipient (unique per event key), so
-- however often or on however many replicas a launch runs, a customer gets one message.

-- The customer's language for what we send them (null: the tenant's), and an opt-out of campaigns that is never undone
-- by a campaign: only staff clear it when the customer asks.
ALTER TABLE customer ADD COLUMN language text CHECK (language IN ('zh-CN', 'en'));
ALTER TABLE customer ADD COLUMN campaign_opt_out_at timestamptz;

-- The outbox learns three things: campaign messages go after the messages people wait for (priority), they are not
-- sent in the campaign's quiet hours (local times in the tenant's zone, the window may run past midnight), and what
-- the SMS gateway's delivery receipt said.
ALTER TABLE notification ADD COLUMN priority smallint NOT NULL DEFAULT 0 CHECK (priority IN (0, 1));
ALTER TABLE notification ADD COLUMN quiet_from time;
ALTER TABLE notification ADD COLUMN quiet_until time;
ALTER TABLE notification ADD CONSTRAINT notification_quiet_hours CHECK ((quiet_from IS NULL) = (quiet_until IS NULL) AND (quiet_from IS NULL OR quiet_from <> quiet_until));
ALTER TABLE notification ADD COLUMN receipt text CHECK (receipt IN ('DELIVERED', 'UNDELIVERED'));
ALTER TABLE notification ADD COLUMN receipt_at timestamptz;
ALTER TABLE notification DROP CONSTRAINT notification_status_check;
ALTER TABLE notification ADD CONSTRAINT notification_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'WITHDRAWN'));
DROP INDEX notification_due_idx;
CREATE INDEX notification_due_idx ON notification (tenant_id, priority, next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE campaign (
    tenant_id                   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                          uuid        NOT NULL,
    number                      text        NOT NULL,
    name                        text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
    kind                        text        NOT NULL CHECK (kind IN ('MAINTENANCE', 'RECENT_INSTALLATIONS')),
    channel                     text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    installed_within_months     integer CHECK (installed_within_months BETWEEN 1 AND 120),
    product_id                  uuid,
    warranty_ending_within_days integer CHECK (warranty_ending_within_days BETWEEN 1 AND 730),
    service_point_id            uuid,
    not_serviced_for_months     integer CHECK (not_serviced_for_months BETWEEN 1 AND 120),
    message_zh                  text        NOT NULL CHECK (char_length(message_zh) BETWEEN 1 AND 500),
    message_en                  text        NOT NULL CHECK (char_length(message_en) BETWEEN 1 AND 500),
    visits_from                 date        NOT NULL,
    visits_until                date        NOT NULL CHECK (visits_until >= visits_from),
    slot_capacity               integer     NOT NULL CHECK (slot_capacity BETWEEN 1 AND 1000),
    quiet_from                  time,
    quiet_until                 time,
    send_at                     timestamptz,
    status                      text        NOT NULL CHECK (status IN ('DRAFT', 'LAUNCHED', 'CANCELLED')),
    created_at                  timestamptz NOT NULL,
    created_by                  text        NOT NULL,
    launched_at                 timestamptz,
    launched_by                 text,
    cancelled_at                timestamptz,
    updated_at                  timestamptz NOT NULL,
    version                     integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    CHECK ((quiet_from IS NULL) = (quiet_until IS NULL)),
    CHECK (quiet_from IS NULL OR quiet_from <> quiet_until),
    FOREIGN KEY (tenant_id, product_id) REFERENCES catalog_item (tenant_id, id),
    FOREIGN KEY (tenant_id, service_point_id) REFERENCES service_point (tenant_id, id)
);
CREATE INDEX campaign_list_idx ON campaign (tenant_id, id DESC);

-- A customer's path through a campaign: messaged (or skipped: opted out, no phone or e-mail), the message's outbox row
-- (sent, delivered), the link opened, the booking made (its request and slot); done is read from the request's order.
CREATE TABLE campaign_recipient (
    tenant_id          uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                 uuid        NOT NULL,
    campaign_id        uuid        NOT NULL,
    customer_id        uuid        NOT NULL,
    token              text        NOT NULL CHECK (char_length(token) = 32),
    language           text        NOT NULL CHECK (language IN ('zh-CN', 'en')),
    status             text        NOT NULL CHECK (status IN ('MESSAGED', 'OPTED_OUT', 'UNREACHABLE')),
    notification_id    uuid,
    opened_at          timestamptz,
    booked_at          timestamptz,
    booked_slot_start  timestamptz,
    service_request_id uuid,
    opted_out_at       timestamptz,
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, campaign_id, customer_id),
    UNIQUE (tenant_id, token),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, service_request_id) REFERENCES service_request (tenant_id, id)
);
CREATE INDEX campaign_recipient_list_idx ON campaign_recipient (tenant_id, campaign_id, id);
CREATE INDEX campaign_recipient_slot_idx ON campaign_recipient (tenant_id, campaign_id, booked_slot_start)
    WHERE booked_slot_start IS NOT NULL;
CREATE INDEX campaign_recipient_notification_idx ON campaign_recipient (tenant_id, notification_id) WHERE notification_id IS NOT NULL;
-- Segments read assets by install date and product.
CREATE INDEX IF NOT EXISTS asset_install_date_idx ON asset (tenant_id, install_date) WHERE install_date IS NOT NULL;

ALTER TABLE campaign ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE campaign_recipient ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_recipient FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign_recipient
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
