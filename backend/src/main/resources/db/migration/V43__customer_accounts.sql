-- Customers with a login (role customer, claim customer_id): one account per customer, invited by staff or signed up
-- from the booking or tracking page by proving the phone on record with a one-time code.
CREATE TABLE customer_account (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    -- the Keycloak account's id once the customer has signed up; until then the invitation's own id
    id           uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
    login        text CHECK (char_length(login) <= 105),
    invited_at   timestamptz,
    invited_by   text,
    activated_at timestamptz,
    updated_at   timestamptz NOT NULL,
    version      integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id) ON DELETE CASCADE,
    UNIQUE (tenant_id, customer_id)
);
CREATE INDEX customer_account_by_status ON customer_account (tenant_id, status, id);

-- One-time codes proving a phone: only their hash is kept. A code for a number not on record is kept too (without a
-- code), so answers and lock-outs are the same whether the number is known or not.
CREATE TABLE customer_sign_up_code (
    tenant_id       uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id              uuid        NOT NULL,
    phone_digits    text        NOT NULL CHECK (char_length(phone_digits) <= 30),
    customer_id     uuid,
    code_sha256     text,
    purpose         text        NOT NULL CHECK (purpose IN ('SIGN_UP', 'INVITATION')),
    expires_at      timestamptz NOT NULL,
    failed_attempts integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    timestamptz,
    used_at         timestamptz,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX customer_sign_up_code_by_phone ON customer_sign_up_code (tenant_id, phone_digits, created_at DESC);

ALTER TABLE customer_account ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_account FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON customer_account
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE customer_sign_up_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_sign_up_code FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON customer_sign_up_code
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
