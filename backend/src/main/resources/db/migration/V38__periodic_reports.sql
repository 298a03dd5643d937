-- The weekly report and the monthly analysis (doc 2 §4): generated once per period (the unique key decides between
-- replicas), kept with the figures as they were when generated, and rendered as PDF or XLSX when downloaded.
CREATE TABLE periodic_report (
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('WEEKLY', 'MONTHLY')),
    period_start   date        NOT NULL,
    period_end     date        NOT NULL CHECK (period_end >= period_start),
    content        jsonb       NOT NULL,
    generated_at   timestamptz NOT NULL,
    generated_by   text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, kind, period_start)
);
CREATE INDEX periodic_report_list_idx ON periodic_report (tenant_id, id);

ALTER TABLE periodic_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE periodic_report FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON periodic_report
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

CREATE INDEX early_warning_raised_idx ON early_warning (tenant_id, raised_at);
CREATE INDEX follow_up_spot_check_idx ON follow_up (tenant_id, completed_at) WHERE kind = 'SPOT_CHECK_VISIT' AND status = 'COMPLETED';
CREATE INDEX unanswered_call_called_idx ON unanswered_call (tenant_id, called_at);
