-- The notification outbox: a row is written in the same transaction as the event it announces; a job delivers it
-- (SMS or e-mail) with retries. One row per event, channel and recipient, so a replayed event sends nothing twice.
CREATE TABLE notification (
    tenant_id        uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id               uuid        NOT NULL,
    event_key        text        NOT NULL,
    template         text        NOT NULL,
    channel          text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    audience         text        NOT NULL CHECK (audience IN ('CUSTOMER', 'INSTALLER', 'MANAGER')),
    recipient        text        NOT NULL,
    subject          text        NOT NULL,
    body             text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_key, channel, recipient)
);
-- The delivery job's queue: pending rows by the time of their next attempt.
CREATE INDEX notification_due_idx ON notification (tenant_id, next_attempt_at) WHERE status = 'PENDING';

ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notification
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
