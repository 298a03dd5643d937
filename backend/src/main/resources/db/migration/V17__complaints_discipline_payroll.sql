-- Complaints (投诉): about a work order and/or an installer, investigated, verified or rejected, closed with the
-- remedial action. The customer's answer is owed within the objection promise (promise_* columns as in V14).
CREATE TABLE complaint (
    tenant_id            uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                   uuid        NOT NULL,
    number               text        NOT NULL,
    channel              text        NOT NULL,
    category             text        NOT NULL,
    status               text        NOT NULL,
    customer_id          uuid,
    work_order_id        uuid,
    installer_id         uuid,
    complainant_name     text,
    complainant_phone    text,
    description          text        NOT NULL,
    investigation_note   text,
    verified             boolean     NOT NULL DEFAULT false,
    decided_at           timestamptz,
    decided_by           text,
    decision_note        text,
    remedial_action      text,
    customer_answer      text,
    closed_at            timestamptz,
    closed_by            text,
    promise_kind         text,
    promise_status       text,
    promise_started_at   timestamptz,
    promise_due_at       timestamptz,
    promise_at_risk_at   timestamptz,
    promise_paused_at    timestamptz,
    promise_pause_reason text,
    promise_met_at       timestamptz,
    promise_breached_at  timestamptz,
    received_at          timestamptz NOT NULL,
    created_by           text        NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id),
    CHECK (work_order_id IS NOT NULL OR installer_id IS NOT NULL)
);
CREATE INDEX complaint_status_idx ON complaint (tenant_id, status, id);
CREATE INDEX complaint_work_order_idx ON complaint (tenant_id, work_order_id) WHERE work_order_id IS NOT NULL;
CREATE INDEX complaint_installer_idx ON complaint (tenant_id, installer_id) WHERE installer_id IS NOT NULL;

-- Calls to an installer that went unanswered, recorded by a dispatcher or a telephony integration.
CREATE TABLE unanswered_call (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id            uuid        NOT NULL,
    installer_id  uuid        NOT NULL,
    called_at     timestamptz NOT NULL,
    external_id   text,
    note          text,
    within_duty   boolean     NOT NULL,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, installer_id, called_at),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX unanswered_call_external_idx ON unanswered_call (tenant_id, external_id) WHERE external_id IS NOT NULL;

-- An installer refused or ignored an assignment; the manager or dispatcher decides whether the reason is approved.
CREATE TABLE dispatch_refusal (
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid        NOT NULL,
    work_order_id  uuid        NOT NULL,
    installer_id   uuid        NOT NULL,
    kind           text        NOT NULL,
    reason         text,
    status         text        NOT NULL,
    decided_by     text,
    decided_at     timestamptz,
    decision_note  text,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, work_order_id, installer_id),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX dispatch_refusal_status_idx ON dispatch_refusal (tenant_id, status, id);

-- The discipline ledger: fines, warnings, demerits, rewards and cost charges. event_key makes processing idempotent:
-- one event yields at most one entry however often it is replayed.
CREATE TABLE discipline_entry (
    tenant_id            uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                   uuid          NOT NULL,
    number               text          NOT NULL,
    installer_id         uuid          NOT NULL,
    kind                 text          NOT NULL,
    amount               numeric(12,2) CHECK (amount IS NULL OR amount >= 0),
    rule                 text          NOT NULL,
    source_type          text          NOT NULL,
    source_id            uuid,
    event_key            text          NOT NULL,
    description          text          NOT NULL,
    occurred_on          date          NOT NULL,
    status               text          NOT NULL,
    decided_by           text,
    decided_at           timestamptz,
    decision_reason      text,
    pay_month            date,
    original_month       date,
    appeal_status        text,
    appeal_reason        text,
    appealed_at          timestamptz,
    appeal_decided_by    text,
    appeal_decided_at    timestamptz,
    appeal_decision_note text,
    created_at           timestamptz   NOT NULL,
    created_by           text          NOT NULL,
    version              integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    UNIQUE (tenant_id, event_key),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX discipline_entry_installer_idx ON discipline_entry (tenant_id, installer_id, id);
CREATE INDEX discipline_entry_status_idx ON discipline_entry (tenant_id, status, id);
CREATE INDEX discipline_entry_pay_month_idx ON discipline_entry (tenant_id, pay_month) WHERE status = 'CONFIRMED';

-- Pay months: a locked month is frozen; its payroll is kept as it was at locking (payroll_line), and later corrections
-- are paid in the next open month as adjustments.
CREATE TABLE pay_month (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    month      date        NOT NULL CHECK (extract(day FROM month) = 1),
    locked_at  timestamptz NOT NULL,
    locked_by  text        NOT NULL,
    PRIMARY KEY (tenant_id, month)
);

CREATE TABLE pay_adjustment (
    tenant_id    uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id           uuid          NOT NULL,
    person_id    uuid          NOT NULL,
    pay_month    date          NOT NULL,
    amount       numeric(12,2) NOT NULL,
    reason       text          NOT NULL,
    source_type  text,
    source_id    uuid,
    created_at   timestamptz   NOT NULL,
    created_by   text          NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX pay_adjustment_month_idx ON pay_adjustment (tenant_id, pay_month);

CREATE TABLE payroll_line (
    tenant_id      uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid          NOT NULL,
    pay_month      date          NOT NULL,
    person_id      uuid          NOT NULL,
    person_name    text          NOT NULL,
    component      text          NOT NULL,
    amount         numeric(12,2) NOT NULL,
    source_type    text          NOT NULL,
    source_id      uuid,
    occurred_on    date,
    description    text          NOT NULL,
    original_month date          NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, pay_month) REFERENCES pay_month (tenant_id, month)
);
CREATE INDEX payroll_line_month_idx ON payroll_line (tenant_id, pay_month, person_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['complaint', 'unanswered_call', 'dispatch_refusal', 'discipline_entry', 'pay_month', 'pay_adjustment', 'payroll_line'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END $$;
