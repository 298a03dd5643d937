-- Work orders (派工单) with their lifecycle, and the timeline of every transition.

-- Per-tenant counters for the human numbers people read and say on the phone (WO-000042).
CREATE TABLE tenant_counter (
    tenant_id  uuid    NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name       text    NOT NULL,
    value      bigint  NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE work_order (
    tenant_id                 uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                        uuid          NOT NULL,
    number                    text          NOT NULL,
    type                      text          NOT NULL,
    status                    text          NOT NULL,
    priority                  text          NOT NULL,
    customer_id               uuid          NOT NULL,
    site_id                   uuid,
    asset_ids                 uuid[]        NOT NULL DEFAULT '{}',
    description               text          NOT NULL,
    tasks                     jsonb         NOT NULL,
    required_qualifications   text[]        NOT NULL DEFAULT '{}',
    items_to_bring            jsonb         NOT NULL DEFAULT '[]',
    appointment_start         timestamptz   NOT NULL,
    appointment_end           timestamptz   NOT NULL,
    lead_installer_id         uuid,
    helper_ids                uuid[]        NOT NULL DEFAULT '{}',
    service_point_id          uuid,
    fee                       numeric(12,2),
    payment_collected         numeric(12,2),
    installation_record       jsonb,
    contact_note              text,
    checked_in_at             timestamptz,
    check_in_latitude         double precision,
    check_in_longitude        double precision,
    late                      boolean       NOT NULL DEFAULT false,
    late_minutes              integer,
    checklist                 jsonb,
    service_report            jsonb,
    sign_off                  jsonb,
    signature_png             bytea,
    cancel_reason             text,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    version                   integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, lead_installer_id) REFERENCES installer (tenant_id, id),
    CHECK (appointment_end > appointment_start)
);
CREATE INDEX work_order_status_idx ON work_order (tenant_id, status, id);
CREATE INDEX work_order_lead_idx ON work_order (tenant_id, lead_installer_id, appointment_start);
CREATE INDEX work_order_helpers_idx ON work_order USING gin (helper_ids);
CREATE INDEX work_order_customer_idx ON work_order (tenant_id, customer_id, id);

CREATE TABLE work_order_event (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    work_order_id  uuid        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    actor_id       text        NOT NULL,
    actor_name     text        NOT NULL,
    action         text        NOT NULL,
    from_status    text,
    to_status      text,
    details        jsonb,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX work_order_event_order_idx ON work_order_event (tenant_id, work_order_id, id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenant_counter', 'work_order', 'work_order_event'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    END LOOP;
END $$;

-- The timeline is append-only for the application.
REVOKE UPDATE, DELETE ON work_order_event FROM ${app_role};
