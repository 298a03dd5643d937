-- A tenant's own wording of the messages Aftercare sends, per message kind and language; without a row the built-in
-- text is used. {0}, {1}, ... stand for the message's values (order number, appointment, link, ...).
CREATE TABLE notification_template (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id         uuid        NOT NULL,
    template   text        NOT NULL CHECK (char_length(template) <= 60),
    language   text        NOT NULL CHECK (language IN ('zh-CN', 'en')),
    subject    text        NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 200),
    body       text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 1000),
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, template, language)
);

ALTER TABLE notification_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_template FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notification_template
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
