-- Service promises: due instants stored on each object, follow-ups, objections and recorded breaches.

-- New settings with the rule books' defaults for tenants that exist already. Data migrations run as the owner,
-- whom FORCE row-level security binds too: lift FORCE for the update only.
ALTER TABLE rule_book NO FORCE ROW LEVEL SECURITY;
UPDATE rule_book
SET settings = jsonb_set(settings, '{promises}', (settings -> 'promises')
        || '{"followUpRetryHours": 4, "followUpMaxAttempts": 3, "poorAnswerAtMost": 2}'::jsonb)
        || '{"booking": {"daysAhead": 14, "slotMinutes": 120, "changeCutoffHours": 24}}'::jsonb
WHERE NOT (settings ? 'booking');
ALTER TABLE rule_book FORCE ROW LEVEL SECURITY;

-- A promise clock: the kind of promise, its state, and the instants computed on the tenant's working calendar.
ALTER TABLE service_request
    ADD COLUMN promise_kind         text,
    ADD COLUMN promise_status       text,
    ADD COLUMN promise_started_at   timestamptz,
    ADD COLUMN promise_due_at       timestamptz,
    ADD COLUMN promise_at_risk_at   timestamptz,
    ADD COLUMN promise_paused_at    timestamptz,
    ADD COLUMN promise_pause_reason text,
    ADD COLUMN promise_met_at       timestamptz,
    ADD COLUMN promise_breached_at  timestamptz;
-- A booking made online names the slot the customer prefers and the site to visit.
ALTER TABLE service_request
    ADD COLUMN preferred_slot_start timestamptz,
    ADD COLUMN preferred_slot_end   timestamptz,
    ADD COLUMN site_id              uuid,
    ADD CONSTRAINT service_request_slot_check CHECK (preferred_slot_end > preferred_slot_start),
    ADD FOREIGN KEY (tenant_id, site_id) REFERENCES customer_site (tenant_id, id);
-- Pending bookings by their slot, for free-slot counting.
CREATE INDEX service_request_slot_idx ON service_request (tenant_id, preferred_slot_start) WHERE status = 'OPEN';
ALTER TABLE work_order
    ADD COLUMN promise_kind         text,
    ADD COLUMN promise_status       text,
    ADD COLUMN promise_started_at   timestamptz,
    ADD COLUMN promise_due_at       timestamptz,
    ADD COLUMN promise_at_risk_at   timestamptz,
    ADD COLUMN promise_paused_at    timestamptz,
    ADD COLUMN promise_pause_reason text,
    ADD COLUMN promise_met_at       timestamptz,
    ADD COLUMN promise_breached_at  timestamptz;

-- Follow-ups (回访): after a filed order, usage calls to recently installed customers, and random spot checks.
CREATE TABLE follow_up (
    tenant_id            uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                   uuid        NOT NULL,
    number               text        NOT NULL,
    kind                 text        NOT NULL,
    status               text        NOT NULL,
    work_order_id        uuid,
    customer_id          uuid        NOT NULL,
    due_at               timestamptz NOT NULL,
    next_attempt_at      timestamptz NOT NULL,
    attempts             integer     NOT NULL DEFAULT 0,
    attempt_log          jsonb       NOT NULL DEFAULT '[]',
    knows_usage          smallint CHECK (knows_usage BETWEEN 1 AND 5),
    meets_needs          smallint CHECK (meets_needs BETWEEN 1 AND 5),
    installer_attitude   smallint CHECK (installer_attitude BETWEEN 1 AND 5),
    suggestions          text,
    completed_at         timestamptz,
    completed_by         text,
    objection_id         uuid,
    sample_key           text,
    promise_kind         text,
    promise_status       text,
    promise_started_at   timestamptz,
    promise_due_at       timestamptz,
    promise_at_risk_at   timestamptz,
    promise_paused_at    timestamptz,
    promise_pause_reason text,
    promise_met_at       timestamptz,
    promise_breached_at  timestamptz,
    created_at           timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id)
);
-- One follow-up of a kind per order, and one spot check per sampling slot, whichever replica creates it.
CREATE UNIQUE INDEX follow_up_sample_idx ON follow_up (tenant_id, sample_key) WHERE sample_key IS NOT NULL;
-- The worklist: open follow-ups by their next call.
CREATE INDEX follow_up_worklist_idx ON follow_up (tenant_id, next_attempt_at, id) WHERE status = 'OPEN';
CREATE INDEX follow_up_order_idx ON follow_up (tenant_id, work_order_id);

-- Objections (异议): a customer disagrees; a service commitment is due within the tenant's promise.
CREATE TABLE objection (
    tenant_id             uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                    uuid        NOT NULL,
    number                text        NOT NULL,
    source                text        NOT NULL,
    status                text        NOT NULL,
    customer_id           uuid        NOT NULL,
    work_order_id         uuid,
    follow_up_id          uuid,
    description           text        NOT NULL,
    commitment            text,
    committed_at          timestamptz,
    committed_by          text,
    resolution            text,
    customer_informed_via text,
    resolved_at           timestamptz,
    resolved_by           text,
    escalated_at          timestamptz,
    promise_kind          text,
    promise_status        text,
    promise_started_at    timestamptz,
    promise_due_at        timestamptz,
    promise_at_risk_at    timestamptz,
    promise_paused_at     timestamptz,
    promise_pause_reason  text,
    promise_met_at        timestamptz,
    promise_breached_at   timestamptz,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    version               integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id),
    FOREIGN KEY (tenant_id, follow_up_id) REFERENCES follow_up (tenant_id, id)
);
-- A sign-off refusal or a follow-up opens at most one objection.
CREATE UNIQUE INDEX objection_follow_up_idx ON objection (tenant_id, follow_up_id) WHERE follow_up_id IS NOT NULL;
CREATE UNIQUE INDEX objection_sign_off_idx ON objection (tenant_id, work_order_id) WHERE source = 'SIGN_OFF_REFUSED';
ALTER TABLE follow_up ADD FOREIGN KEY (tenant_id, objection_id) REFERENCES objection (tenant_id, id);

-- The watch job's queues and the lists' promise filter, per table.
CREATE INDEX service_request_promise_risk_idx ON service_request (tenant_id, promise_at_risk_at) WHERE promise_status = 'ON_TRACK';
CREATE INDEX service_request_promise_due_idx ON service_request (tenant_id, promise_due_at) WHERE promise_status IN ('ON_TRACK', 'AT_RISK');
CREATE INDEX service_request_promise_status_idx ON service_request (tenant_id, promise_status, id);
CREATE INDEX work_order_promise_risk_idx ON work_order (tenant_id, promise_at_risk_at) WHERE promise_status = 'ON_TRACK';
CREATE INDEX work_order_promise_due_idx ON work_order (tenant_id, promise_due_at) WHERE promise_status IN ('ON_TRACK', 'AT_RISK');
CREATE INDEX work_order_promise_status_idx ON work_order (tenant_id, promise_status, id);
CREATE INDEX follow_up_promise_risk_idx ON follow_up (tenant_id, promise_at_risk_at) WHERE promise_status = 'ON_TRACK';
CREATE INDEX follow_up_promise_due_idx ON follow_up (tenant_id, promise_due_at) WHERE promise_status IN ('ON_TRACK', 'AT_RISK');
CREATE INDEX follow_up_promise_status_idx ON follow_up (tenant_id, promise_status, id);
CREATE INDEX objection_promise_risk_idx ON objection (tenant_id, promise_at_risk_at) WHERE promise_status = 'ON_TRACK';
CREATE INDEX objection_promise_due_idx ON objection (tenant_id, promise_due_at) WHERE promise_status IN ('ON_TRACK', 'AT_RISK');
CREATE INDEX objection_promise_status_idx ON objection (tenant_id, promise_status, id);

-- A breached promise, recorded once and escalated to the managers.
CREATE TABLE promise_breach (
    tenant_id        uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id               uuid        NOT NULL,
    subject_type     text        NOT NULL,
    subject_id       uuid        NOT NULL,
    subject_number   text        NOT NULL,
    promise_kind     text        NOT NULL,
    due_at           timestamptz NOT NULL,
    breached_at      timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, subject_type, subject_id, promise_kind)
);
CREATE INDEX promise_breach_open_idx ON promise_breach (tenant_id, id) WHERE acknowledged_at IS NULL;

ALTER TABLE follow_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE follow_up FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON follow_up
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE objection ENABLE ROW LEVEL SECURITY;
ALTER TABLE objection FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON objection
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE promise_breach ENABLE ROW LEVEL SECURITY;
ALTER TABLE promise_breach FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON promise_breach
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
