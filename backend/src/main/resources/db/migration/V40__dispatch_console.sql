-- The dispatcher's console: travel settings (road distance against the straight line, average speed) and the bound of "optimise the day", and the
-- optimiser's runs with their proposals.

-- The defaults of the rule book, for tenants that exist already. Data migrations run as the owner, whom FORCE
-- row-level security binds too: lift FORCE for the update only.
ALTER TABLE rule_book NO FORCE ROW LEVEL SECURITY;
UPDATE rule_book
SET settings = jsonb_set(settings, '{dispatch}', settings -> 'dispatch' || '{"roadDistancePercent": 130, "travelSpeedKmh": 30, "optimiseSeconds": 10}'::jsonb)
WHERE NOT (settings -> 'dispatch' ? 'roadDistancePercent');
ALTER TABLE rule_book FORCE ROW LEVEL SECURITY;

-- One run of "optimise the day" for a day (and a service point, or all): queued, solving (with its best score so far),
-- then ready with the proposal, or failed. Applying marks the changes taken.
CREATE TABLE dispatch_plan (
    tenant_id          uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                 uuid        NOT NULL,
    day                date        NOT NULL,
    service_point_id   uuid,
    allow_window_moves boolean     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('QUEUED', 'SOLVING', 'READY', 'FAILED')),
    limit_seconds      integer     NOT NULL,
    elapsed_ms         integer     NOT NULL DEFAULT 0,
    best_score         text,
    requested_by       text        NOT NULL,
    requested_at       timestamptz NOT NULL,
    finished_at        timestamptz,
    failure            text,
    -- the plan as it stood and as proposed: orders placed, left over, road km, minutes past promises
    before_figures     jsonb,
    after_figures      jsonb,
    -- what changes, order by order, with the version each order had when the day was read, and what no one can take
    proposal           jsonb,
    version            integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dispatch_plan_recent ON dispatch_plan (tenant_id, requested_at DESC);

ALTER TABLE dispatch_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE dispatch_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON dispatch_plan
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
