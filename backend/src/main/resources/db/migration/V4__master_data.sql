-- Master data: the tenant's catalogue, customers with their contacts and sites, installed assets, service
-- points, and CSV import jobs with their per-row errors. Same layout as V1: tenant_id leads every primary
-- key, unique key and index and is part of every foreign key; every table has forced row-level security.
-- Foreign keys without ON DELETE make a referenced row undeletable: the API answers that as 409.
-- Searched keys are stored columns (phone_digits, code_key, serial_key): row-level security lets an index serve
-- only leakproof conditions, so queries compare these columns with = or starts_with(), never upper(x) or LIKE.

CREATE TABLE catalog_item (
    tenant_id   uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          uuid          NOT NULL,
    kind        text          NOT NULL CHECK (kind IN ('PRODUCT', 'PART', 'TOOL')),
    code        text          NOT NULL,
    code_key    text          GENERATED ALWAYS AS (upper(code)) STORED,
    name        text          NOT NULL,
    unit        text          NOT NULL,
    price       numeric(12,2) CHECK (price >= 0),
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
-- Codes are unique whatever their case (an imported "gps-t100" is the item GPS-T100) and searched by prefix.
CREATE UNIQUE INDEX catalog_item_code_uq ON catalog_item (tenant_id, code_key text_pattern_ops);
CREATE INDEX catalog_item_kind_idx ON catalog_item (tenant_id, kind, id);

-- phone_digits is what a dispatcher's typed prefix is compared with: "138-1234 5678" and "13812345678"
-- are the same number. One customer per primary phone, so an incoming call finds one customer.
CREATE TABLE customer (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id            uuid        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('PERSON', 'COMPANY')),
    name          text        NOT NULL,
    phone         text        NOT NULL,
    phone_digits  text        GENERATED ALWAYS AS (regexp_replace(phone, '[^0-9]', '', 'g')) STORED,
    email         text,
    notes         text,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX customer_phone_uq ON customer (tenant_id, phone_digits text_pattern_ops);

CREATE TABLE customer_contact (
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL,
    customer_id   uuid        NOT NULL,
    name          text        NOT NULL,
    phone         text        NOT NULL,
    phone_digits  text        GENERATED ALWAYS AS (regexp_replace(phone, '[^0-9]', '', 'g')) STORED,
    email         text,
    role          text,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_contact_customer_idx ON customer_contact (tenant_id, customer_id, id);
CREATE INDEX customer_contact_phone_idx ON customer_contact (tenant_id, phone_digits text_pattern_ops);

CREATE TABLE customer_site (
    tenant_id    uuid             NOT NULL,
    id           uuid             NOT NULL,
    customer_id  uuid             NOT NULL,
    label        text             NOT NULL,
    address      text             NOT NULL,
    latitude     double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude    double precision CHECK (longitude BETWEEN -180 AND 180),
    created_at   timestamptz      NOT NULL,
    updated_at   timestamptz      NOT NULL,
    version      integer          NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    -- A label names one site of a customer, so an imported asset can name its site.
    UNIQUE (tenant_id, customer_id, label),
    -- Target of asset's (customer, site) key: an asset's site belongs to the asset's customer.
    UNIQUE (tenant_id, customer_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id) ON DELETE CASCADE,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

CREATE TABLE asset (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    customer_id    uuid        NOT NULL,
    site_id        uuid,
    product_id     uuid        NOT NULL,
    serial_number  text        NOT NULL,
    serial_key     text        GENERATED ALWAYS AS (upper(serial_number)) STORED,
    terminal_id    text,
    sim_id         text,
    vehicle_plate  text,
    install_date   date,
    warranty_end   date,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id, site_id) REFERENCES customer_site (tenant_id, customer_id, id),
    FOREIGN KEY (tenant_id, product_id) REFERENCES catalog_item (tenant_id, id),
    CHECK (warranty_end IS NULL OR install_date IS NULL OR warranty_end >= install_date)
);
-- Serial numbers are unique per tenant whatever their case, and searched by prefix.
CREATE UNIQUE INDEX asset_serial_uq ON asset (tenant_id, serial_key text_pattern_ops);
CREATE INDEX asset_customer_idx ON asset (tenant_id, customer_id, id);
CREATE INDEX asset_site_idx ON asset (tenant_id, customer_id, site_id) WHERE site_id IS NOT NULL;
CREATE INDEX asset_product_idx ON asset (tenant_id, product_id);
CREATE INDEX asset_plate_idx ON asset (tenant_id, vehicle_plate text_pattern_ops) WHERE vehicle_plate IS NOT NULL;

-- The responsible manager is a staff account; removing the account leaves the service point without one.
CREATE TABLE service_point (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('BRANCH', 'MONITORING_CENTRE', 'PARTNER_REPAIR_SHOP')),
    name        text        NOT NULL,
    address     text        NOT NULL,
    phone       text,
    manager_id  uuid,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name),
    FOREIGN KEY (tenant_id, manager_id) REFERENCES staff_user (tenant_id, id) ON DELETE SET NULL (manager_id)
);
CREATE INDEX service_point_manager_idx ON service_point (tenant_id, manager_id) WHERE manager_id IS NOT NULL;

-- A CSV import: the uploaded file is kept in the job row until the job is done (see ImportService), and
-- progress is committed with each batch, so an interrupted job resumes after its last committed batch.
-- claim and heartbeat_at let exactly one worker process a job at a time.
CREATE TABLE import_job (
    tenant_id       uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id              uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('CUSTOMERS', 'ASSETS')),
    status          text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows      integer     NOT NULL CHECK (total_rows >= 0),
    processed_rows  integer     NOT NULL DEFAULT 0,
    created_rows    integer     NOT NULL DEFAULT 0,
    failed_rows     integer     NOT NULL DEFAULT 0,
    csv             bytea,
    failure         text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz,
    claim           uuid        NOT NULL,
    heartbeat_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK (processed_rows = created_rows + failed_rows AND processed_rows <= total_rows)
);

CREATE TABLE import_error (
    tenant_id   uuid     NOT NULL,
    id          uuid     NOT NULL,
    job_id      uuid     NOT NULL,
    row_number  integer  NOT NULL,
    seq         smallint NOT NULL,
    field       text     NOT NULL,
    message     text     NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, job_id, row_number, seq),
    FOREIGN KEY (tenant_id, job_id) REFERENCES import_job (tenant_id, id) ON DELETE CASCADE
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['catalog_item', 'customer', 'customer_contact', 'customer_site', 'asset', 'service_point',
                             'import_job', 'import_error'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    END LOOP;
END $$;
