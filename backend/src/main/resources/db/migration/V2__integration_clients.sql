-- Service-account clients through which a tenant's other systems call the API (client credentials).
-- Keycloak holds the client and its secret; the tenant keeps the list, so it sees only its own clients.
CREATE TABLE integration_client (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id           uuid        NOT NULL,
    client_id    text        NOT NULL,
    name         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, client_id)
);

ALTER TABLE integration_client ENABLE ROW LEVEL SECURITY;
ALTER TABLE integration_client FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON integration_client
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
