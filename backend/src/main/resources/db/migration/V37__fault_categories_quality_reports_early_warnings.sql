-- Product-quality information (doc 2 §4): the tenant's fault categories (technical ones go to engineering, service
-- ones to training), the product-quality and feedback forms installers and follow-up callers record, and the early
-- warnings raised when a product's fault recurs within a month, a quarter or month after month.

CREATE TABLE fault_category (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id           uuid        NOT NULL,
    code         text        NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,49}$'),
    name         text        NOT NULL,
    class        text        NOT NULL CHECK (class IN ('TECHNICAL', 'SERVICE')),
    product_ids  uuid[]      NOT NULL DEFAULT '{}',
    active       boolean     NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code)
);

CREATE TABLE quality_report (
    tenant_id       uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id              uuid        NOT NULL,
    number          text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('PRODUCT_QUALITY', 'FEEDBACK')),
    product_id      uuid        NOT NULL,
    asset_id        uuid,
    work_order_id   uuid,
    fault_category  text        NOT NULL,
    description     text        NOT NULL,
    occurred_on     date        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, product_id) REFERENCES catalog_item (tenant_id, id),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES asset (tenant_id, id),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id)
);
CREATE INDEX quality_report_fault_idx ON quality_report (tenant_id, product_id, fault_category, occurred_on);

-- Repairs by fault category, for counting a product's recurring faults.
CREATE INDEX work_order_fault_idx ON work_order (tenant_id, fault_category, created_at) WHERE fault_category IS NOT NULL;

CREATE TABLE early_warning (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                uuid        NOT NULL,
    number            text        NOT NULL,
    product_id        uuid        NOT NULL,
    fault_category    text        NOT NULL,
    rule              text        NOT NULL CHECK (rule IN ('MONTHLY', 'QUARTERLY', 'CONSECUTIVE_MONTHS')),
    period_start      date        NOT NULL,
    period_end        date        NOT NULL CHECK (period_end >= period_start),
    occurrences       integer     NOT NULL,
    evidence_order_ids  uuid[]    NOT NULL DEFAULT '{}',
    evidence_report_ids uuid[]    NOT NULL DEFAULT '{}',
    routed_to         text        CHECK (routed_to IN ('ENGINEERING', 'TRAINING')),
    contact_email     text,
    status            text        NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    raised_at         timestamptz NOT NULL,
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    closed_at         timestamptz,
    closed_by         text,
    action_note       text,
    version           integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    -- A pattern is raised once: a rule's period (for consecutive months, the streak's first month) per product and fault.
    UNIQUE (tenant_id, product_id, fault_category, rule, period_start),
    FOREIGN KEY (tenant_id, product_id) REFERENCES catalog_item (tenant_id, id)
);
CREATE INDEX early_warning_open_idx ON early_warning (tenant_id, id) WHERE status <> 'CLOSED';
CREATE INDEX early_warning_status_idx ON early_warning (tenant_id, status, id);

ALTER TABLE fault_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE fault_category FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON fault_category
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE quality_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE quality_report FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON quality_report
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE early_warning ENABLE ROW LEVEL SECURITY;
ALTER TABLE early_warning FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON early_warning
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Warnings go by e-mail to the engineering or training contact.
ALTER TABLE notification DROP CONSTRAINT notification_audience_check;
ALTER TABLE notification ADD CONSTRAINT notification_audience_check
    CHECK (audience IN ('CUSTOMER', 'INSTALLER', 'MANAGER', 'QUALITY_CONTACT'));

-- The early-warning rules with the defaults of the rule book, for tenants that exist already. Data migrations run as
-- the owner, whom FORCE row-level security binds too: lift FORCE for the update only.
ALTER TABLE rule_book NO FORCE ROW LEVEL SECURITY;
UPDATE rule_book
SET settings = settings || '{"earlyWarning": {"monthlyAtLeast": 3, "quarterlyAtLeast": 5, "consecutiveMonths": 3,
                              "engineeringContactEmail": "", "trainingContactEmail": ""}}'::jsonb
WHERE NOT (settings ? 'earlyWarning');
ALTER TABLE rule_book FORCE ROW LEVEL SECURITY;
