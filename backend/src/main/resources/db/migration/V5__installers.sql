-- Installers (field technicians): a profile for a staff account with role installer, their certificates
-- (electrician, welding, work at height), and leave requests.
CREATE TABLE installer (
    tenant_id              uuid          NOT NULL,
    id                     uuid          NOT NULL,
    phone                  text          NOT NULL,
    skills                 text[]        NOT NULL DEFAULT '{}',
    service_point_ids      uuid[]        NOT NULL DEFAULT '{}',
    working_hours_start    time          NOT NULL,
    working_hours_end      time          NOT NULL,
    base_salary            numeric(12,2) NOT NULL,
    status                 text          NOT NULL,
    created_at             timestamptz   NOT NULL,
    version                integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, id) REFERENCES staff_user (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE certification (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    installer_id   uuid        NOT NULL,
    type           text        NOT NULL,
    other_name     text,
    number         text        NOT NULL,
    issuer         text        NOT NULL,
    valid_from     date        NOT NULL,
    valid_to       date        NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE,
    CHECK (valid_to >= valid_from)
);
CREATE INDEX certification_installer_idx ON certification (tenant_id, installer_id, type, valid_to);

CREATE TABLE leave_request (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    installer_id    uuid        NOT NULL,
    first_day       date        NOT NULL,
    last_day        date        NOT NULL,
    reason          text        NOT NULL,
    status          text        NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text,
    created_at      timestamptz NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, installer_id) REFERENCES installer (tenant_id, id) ON DELETE CASCADE,
    CHECK (last_day >= first_day)
);
CREATE INDEX leave_request_installer_idx ON leave_request (tenant_id, installer_id, first_day);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['installer', 'certification', 'leave_request'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    END LOOP;
END $$;
