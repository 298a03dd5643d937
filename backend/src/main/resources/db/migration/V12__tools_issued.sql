-- Tools issued to installers (catalogue items of kind TOOL), returned, or reported lost or damaged.
CREATE TABLE tool_issue (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    installer_id     uuid        NOT NULL,
    catalog_item_id  uuid        NOT NULL,
    quantity         integer     NOT NULL CHECK (quantity > 0),
    status           text        NOT NULL,
    issued_at        timestamptz NOT NULL,
    issued_by        text        NOT NULL,
    closed_at        timestamptz,
    report           text,
    version          integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, catalog_item_id) REFERENCES catalog_item (tenant_id, id)
);
CREATE INDEX tool_issue_installer_idx ON tool_issue (tenant_id, installer_id, id);

ALTER TABLE tool_issue ENABLE ROW LEVEL SECURITY;
ALTER TABLE tool_issue FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tool_issue
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
