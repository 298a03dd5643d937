-- Attachments (photos, video, signatures, certificate scans) stored in PostgreSQL, tenant-owned like the rest.
CREATE TABLE attachment (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id            uuid        NOT NULL,
    owner_type    text        NOT NULL,
    owner_id      uuid        NOT NULL,
    kind          text        NOT NULL,
    content_type  text        NOT NULL,
    file_name     text,
    size_bytes    integer     NOT NULL,
    sha256        text        NOT NULL,
    data          bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX attachment_owner_idx ON attachment (tenant_id, owner_type, owner_id, id);

ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON attachment
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
