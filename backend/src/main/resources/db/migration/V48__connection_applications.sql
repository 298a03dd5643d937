-- Power-connection acceptance (报装接电, doc 4): an application's supply plan and its deadline by class, the plan's
-- validity and extension, the design review with its documents, construction with its materials, the intermediate
-- and completion inspections, and the connection. Each step is on the application's timeline.

CREATE TABLE connection_application (
    tenant_id                   uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                          uuid          NOT NULL,
    number                      text          NOT NULL,
    status                      text          NOT NULL CHECK (status IN ('APPLIED', 'PLAN_NOTIFIED', 'DESIGN_REVIEW',
                                    'DESIGN_CHANGES_REQUIRED', 'DESIGN_APPROVED', 'CONSTRUCTION', 'ACCEPTED', 'CONNECTED', 'CANCELLED')),
    kind                        text          NOT NULL CHECK (kind IN ('NEW_CONNECTION', 'CAPACITY_INCREASE', 'CHANGE_OF_USE')),
    supply_class                text          NOT NULL CHECK (supply_class IN ('RESIDENTIAL', 'LOW_VOLTAGE', 'HIGH_VOLTAGE_SINGLE',
                                    'HIGH_VOLTAGE_DUAL')),
    capacity_kva                numeric(10, 1) NOT NULL CHECK (capacity_kva > 0),
    source                      text          NOT NULL CHECK (source IN ('STAFF', 'CUSTOMER')),
    customer_id                 uuid          NOT NULL,
    site_id                     uuid,
    site_address                text          NOT NULL,
    description                 text,
    delay_explanation           text,
    delay_explained_at          timestamptz,
    plan                        text,
    plan_notified_at            timestamptz,
    plan_original_valid_until   date,
    plan_valid_until            date,
    plan_expiry_warned_at       timestamptz,
    design_revision             integer       NOT NULL DEFAULT 0,
    fees_paid_on                date,
    construction_started_on     date,
    contractor_kind             text CHECK (contractor_kind IN ('OWN', 'PARTNER')),
    partner_id                  uuid,
    crew_ids                    uuid[]        NOT NULL DEFAULT '{}',
    supply_contract_number      text,
    contract_signed_on          date,
    meter_number                text,
    connected_at                timestamptz,
    cancel_reason               text CHECK (cancel_reason IN ('WITHDRAWN', 'PLAN_EXPIRED')),
    cancel_note                 text,
    cancelled_at                timestamptz,
    promise_kind                text,
    promise_status              text,
    promise_started_at          timestamptz,
    promise_due_at              timestamptz,
    promise_at_risk_at          timestamptz,
    promise_paused_at           timestamptz,
    promise_pause_reason        text,
    promise_met_at              timestamptz,
    promise_breached_at         timestamptz,
    promise_calendar_unknown_from integer,
    created_at                  timestamptz   NOT NULL,
    created_by                  text          NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    version                     integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    FOREIGN KEY (tenant_id, partner_id) REFERENCES partner (tenant_id, id)
);
CREATE INDEX connection_application_customer_idx ON connection_application (tenant_id, customer_id, id);
CREATE INDEX connection_application_status_idx ON connection_application (tenant_id, status, id);
CREATE INDEX connection_application_promise_risk_idx ON connection_application (tenant_id, promise_at_risk_at)
    WHERE promise_status = 'ON_TRACK';
CREATE INDEX connection_application_promise_due_idx ON connection_application (tenant_id, promise_due_at)
    WHERE promise_status IN ('ON_TRACK', 'AT_RISK');
CREATE INDEX connection_application_promise_status_idx ON connection_application (tenant_id, promise_status, id);
-- The validity watch: plans still waiting for construction, by the day they lapse.
CREATE INDEX connection_application_validity_idx ON connection_application (tenant_id, plan_valid_until)
    WHERE status IN ('PLAN_NOTIFIED', 'DESIGN_REVIEW', 'DESIGN_CHANGES_REQUIRED', 'DESIGN_APPROVED');

-- Every step, in order: what happened, who did it, and its particulars.
CREATE TABLE connection_event (
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid        NOT NULL,
    application_id uuid        NOT NULL,
    at             timestamptz NOT NULL,
    kind           text        NOT NULL,
    actor          text        NOT NULL,
    details        jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES connection_application (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX connection_event_application_idx ON connection_event (tenant_id, application_id, at, id);

-- Each design submitted (revision 1, 2, ...) with its documents and, once reviewed, the written opinion.
CREATE TABLE connection_design (
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid        NOT NULL,
    application_id uuid        NOT NULL,
    revision       integer     NOT NULL CHECK (revision > 0),
    copies         integer     NOT NULL CHECK (copies > 0),
    documents      jsonb       NOT NULL,
    submitted_at   timestamptz NOT NULL,
    submitted_by   text        NOT NULL,
    result         text CHECK (result IN ('APPROVED', 'CHANGES_REQUIRED')),
    opinion        text,
    reviewed_at    timestamptz,
    reviewed_by    text,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, application_id, revision),
    FOREIGN KEY (tenant_id, application_id) REFERENCES connection_application (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE connection_material (
    tenant_id           uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                  uuid           NOT NULL,
    application_id      uuid           NOT NULL,
    catalog_item_id     uuid           NOT NULL,
    name                text           NOT NULL,
    quantity            numeric(10, 2) NOT NULL CHECK (quantity > 0),
    unit                text,
    domestic            boolean        NOT NULL,
    central_procurement boolean        NOT NULL,
    recorded_at         timestamptz    NOT NULL,
    recorded_by         text           NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES connection_application (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, catalog_item_id) REFERENCES catalog_item (tenant_id, id)
);
CREATE INDEX connection_material_application_idx ON connection_material (tenant_id, application_id, recorded_at);

CREATE TABLE connection_inspection (
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid        NOT NULL,
    application_id uuid        NOT NULL,
    stage          text        NOT NULL CHECK (stage IN ('INTERMEDIATE', 'COMPLETION')),
    result         text        NOT NULL CHECK (result IN ('PASSED', 'FAILED')),
    design_revision integer    NOT NULL,
    checklist      jsonb       NOT NULL,
    findings       text,
    inspector      text        NOT NULL,
    inspected_at   timestamptz NOT NULL,
    recorded_by    text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES connection_application (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX connection_inspection_application_idx ON connection_inspection (tenant_id, application_id, inspected_at);

-- An installer's training (岗前培训): construction staff must have been trained.
CREATE TABLE installer_training (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id           uuid        NOT NULL,
    installer_id uuid        NOT NULL,
    course       text        NOT NULL CHECK (char_length(course) BETWEEN 1 AND 200),
    trained_on   date        NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX installer_training_installer_idx ON installer_training (tenant_id, installer_id, trained_on);

-- Catalogue flags the construction checks: domestic material (required for low voltage), and large items that come
-- from central procurement.
ALTER TABLE catalog_item ADD COLUMN domestic boolean NOT NULL DEFAULT false;
ALTER TABLE catalog_item ADD COLUMN central_procurement boolean NOT NULL DEFAULT false;

-- The construction qualification (施工资质) recorded for an outsourcing partner.
ALTER TABLE partner ADD COLUMN construction_qualification text;
ALTER TABLE partner ADD COLUMN construction_qualification_valid_to date;

-- A survey, installation or inspection done for a connection application.
ALTER TABLE work_order ADD COLUMN connection_application_id uuid;
ALTER TABLE work_order ADD FOREIGN KEY (tenant_id, connection_application_id) REFERENCES connection_application (tenant_id, id);
CREATE INDEX work_order_connection_idx ON work_order (tenant_id, connection_application_id) WHERE connection_application_id IS NOT NULL;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['connection_application', 'connection_event', 'connection_design', 'connection_material',
                             'connection_inspection', 'installer_training'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END $$;

-- The new connection rules with the rule book's defaults, for tenants that exist already; the module stays off until
-- a tenant switches it on. Data migrations run as the owner, whom FORCE row-level security binds too.
ALTER TABLE rule_book NO FORCE ROW LEVEL SECURITY;
UPDATE rule_book
SET settings = jsonb_set(settings, '{connection}', (settings -> 'connection') || '{"enabled": false, "workingDays": false,
        "planObjectionMonths": 1, "planExpiryWarningDays": 15, "designCopies": 2, "fees": [], "procedureNote": ""}'::jsonb)
WHERE NOT (settings -> 'connection' ? 'enabled');
ALTER TABLE rule_book FORCE ROW LEVEL SECURITY;
