-- Platform foundation: tenants (global), and the first tenant-owned tables.
-- Every tenant-owned table: tenant_id leads each key and index and is part of every foreign key,
-- so the schema can be distributed by tenant_id (Citus) unchanged. Row-level security is the second
-- wall behind Hibernate's tenant discriminator: the application role sees only the rows of the tenant
-- set for the current transaction in app.tenant_id.

CREATE TABLE tenant (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    time_zone   text        NOT NULL,
    locale      text        NOT NULL,
    currency    char(3)     NOT NULL,
    created_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0
);

CREATE TABLE rule_book (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    settings    jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id)
);

CREATE TABLE tenant_calendar (
    tenant_id             uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                    uuid        NOT NULL,
    working_days          jsonb       NOT NULL,
    holidays              jsonb       NOT NULL,
    make_up_working_days  jsonb       NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id)
);

CREATE TABLE staff_user (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    username    text        NOT NULL,
    email       text        NOT NULL,
    first_name  text,
    last_name   text,
    roles       text[]      NOT NULL,
    enabled     boolean     NOT NULL,
    created_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, username)
);

CREATE TABLE audit_event (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id           uuid        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    actor_id     text,
    actor_name   text,
    action       text        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    text        NOT NULL,
    before       jsonb,
    after        jsonb,
    request_id   text,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_event_entity_idx ON audit_event (tenant_id, entity_type, entity_id, id);

-- Creating POSTs replay their first answer for the same Idempotency-Key. Platform-level requests
-- (no tenant) are kept under the nil tenant id, which no tenant has.
CREATE TABLE idempotency_record (
    tenant_id        uuid        NOT NULL,
    principal        text        NOT NULL,
    idempotency_key  text        NOT NULL,
    operation        text        NOT NULL,
    request_hash     text        NOT NULL,
    response_status  integer,
    response_body    jsonb,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, principal, idempotency_key)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rule_book', 'tenant_calendar', 'staff_user', 'audit_event', 'idempotency_record'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
-- The audit trail is append-only for the application.
REVOKE UPDATE, DELETE ON audit_event FROM ${app_role};
