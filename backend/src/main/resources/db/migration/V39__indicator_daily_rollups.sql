-- Daily roll-ups of the indicators of orders done (first-time fix, report-in on time, sign-off scores), one row per
-- tenant, local day of the work done, lead installer, service point and order type. The indicators read them for
-- settled days (no report-in still pending) instead of walking every order of a long period with two probes each.
--
-- Kept current by the same changes that change orders: triggers on work_order and on reported-in events mark the
-- tenant's local days the change touches as stale (kpi_day_stale); a stale day is counted again from the orders
-- (kpi_day_refresh) before the indicators read it, and by a background pass. A refresh counts exactly what the direct
-- statements count, so a roll-up always equals a recount.
CREATE TABLE kpi_day (
    tenant_id           uuid    NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    day                 date    NOT NULL,
    installer_id        uuid,
    service_point_id    uuid,
    type                text    NOT NULL,
    -- the tenant's report-in minutes the row was counted with (a changed setting makes the row stale)
    report_in_minutes   integer NOT NULL,
    done                integer NOT NULL,
    fixed_first_time    integer NOT NULL,
    reported_in_on_time integer NOT NULL,
    score_sum           integer NOT NULL,
    scores              integer NOT NULL
);
CREATE UNIQUE INDEX kpi_day_key ON kpi_day (tenant_id, day, installer_id, service_point_id, type) NULLS NOT DISTINCT;

CREATE TABLE kpi_day_stale (
    tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    day       date NOT NULL,
    PRIMARY KEY (tenant_id, day)
);

-- The tenant's local day of an instant.
CREATE FUNCTION kpi_local_day(p_tenant uuid, p_at timestamptz) RETURNS date
    LANGUAGE sql STABLE AS $$
    SELECT (p_at AT TIME ZONE t.time_zone)::date FROM tenant t WHERE t.id = p_tenant
$$;

CREATE FUNCTION kpi_day_mark(p_tenant uuid, p_at timestamptz) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO kpi_day_stale (tenant_id, day)
    SELECT p_tenant, kpi_local_day(p_tenant, p_at) WHERE p_at IS NOT NULL
    ON CONFLICT DO NOTHING
$$;

-- Counts one local day of a tenant again from its orders, with the definitions of the indicators (KpiService); answers
-- the number of roll-up rows the day has now.
CREATE FUNCTION kpi_day_refresh(p_tenant uuid, p_day date, p_report_in_minutes integer) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    zone text;
    day_start timestamptz;
    day_end timestamptz;
    written integer;
BEGIN
    -- one refresh of a day at a time; a second waits, then counts again what is committed by then
    PERFORM pg_advisory_xact_lock(hashtextextended(p_tenant::text || '/kpi/' || p_day::text, 0));
    SELECT time_zone INTO zone FROM tenant WHERE id = p_tenant;
    day_start := p_day::timestamp AT TIME ZONE zone;
    day_end := (p_day + 1)::timestamp AT TIME ZONE zone;
    DELETE FROM kpi_day_stale WHERE tenant_id = p_tenant AND day = p_day;
    DELETE FROM kpi_day WHERE tenant_id = p_tenant AND day = p_day;
    INSERT INTO kpi_day (tenant_id, day, installer_id, service_point_id, type, report_in_minutes, done, fixed_first_time,
                         reported_in_on_time, score_sum, scores)
    SELECT p_tenant, p_day, x.installer_id, x.service_point_id, x.type, p_report_in_minutes, sum(x.done), sum(x.fixed_first_time),
           sum(x.reported_in_on_time), sum(x.score_sum), sum(x.scores)
    FROM (
        SELECT w.lead_installer_id AS installer_id, w.service_point_id, w.type, 1 AS done,
               (NOT EXISTS (SELECT 1 FROM work_order r WHERE r.tenant_id = w.tenant_id AND r.rework_of_id = w.id))::int AS fixed_first_time,
               (EXISTS (SELECT 1 FROM work_order_event e WHERE e.tenant_id = w.tenant_id AND e.work_order_id = w.id
                        AND e.action = 'reported-in'
                        AND e.occurred_at <= w.work_done_at + make_interval(mins => p_report_in_minutes)))::int AS reported_in_on_time,
               CASE WHEN signed THEN (w.sign_off -> 'ratings' ->> 'attitude')::int + (w.sign_off -> 'ratings' ->> 'timeliness')::int
                                     + (w.sign_off -> 'ratings' ->> 'quality')::int ELSE 0 END AS score_sum,
               CASE WHEN signed THEN 3 ELSE 0 END AS scores
        FROM work_order w,
             LATERAL (SELECT w.sign_off IS NOT NULL AND NOT coalesce((w.sign_off ->> 'refused')::boolean, false)
                             AND w.sign_off -> 'ratings' IS NOT NULL AS signed) s
        WHERE w.tenant_id = p_tenant AND w.work_done_at >= day_start AND w.work_done_at < day_end AND w.status <> 'CANCELLED'
    ) x
    GROUP BY x.installer_id, x.service_point_id, x.type;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

-- Every local day of a tenant that has orders to count becomes stale and its roll-ups go: a rebuild from the orders.
CREATE FUNCTION kpi_day_rebuild(p_tenant uuid) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM kpi_day WHERE tenant_id = p_tenant;
    INSERT INTO kpi_day_stale (tenant_id, day)
    SELECT DISTINCT p_tenant, kpi_local_day(p_tenant, w.work_done_at) FROM work_order w
    WHERE w.tenant_id = p_tenant AND w.work_done_at IS NOT NULL
    ON CONFLICT DO NOTHING;
$$;

-- What an order's change touches: the day of its work done, before and after, and for a rework link the day the
-- reworked order was done (its first-time fix changes).
CREATE FUNCTION kpi_day_mark_order() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
            AND OLD.work_done_at IS NOT DISTINCT FROM NEW.work_done_at
            AND OLD.status IS NOT DISTINCT FROM NEW.status AND OLD.lead_installer_id IS NOT DISTINCT FROM NEW.lead_installer_id
            AND OLD.service_point_id IS NOT DISTINCT FROM NEW.service_point_id AND OLD.type IS NOT DISTINCT FROM NEW.type
            AND OLD.sign_off IS NOT DISTINCT FROM NEW.sign_off
            AND OLD.rework_of_id IS NOT DISTINCT FROM NEW.rework_of_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM kpi_day_mark(OLD.tenant_id, OLD.work_done_at);
        IF OLD.rework_of_id IS NOT NULL THEN
            PERFORM kpi_day_mark(OLD.tenant_id, r.work_done_at) FROM work_order r WHERE r.tenant_id = OLD.tenant_id AND r.id = OLD.rework_of_id;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM kpi_day_mark(NEW.tenant_id, NEW.work_done_at);
        IF NEW.rework_of_id IS NOT NULL THEN
            PERFORM kpi_day_mark(NEW.tenant_id, r.work_done_at) FROM work_order r WHERE r.tenant_id = NEW.tenant_id AND r.id = NEW.rework_of_id;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER work_order_kpi_day AFTER INSERT OR UPDATE OR DELETE ON work_order
    FOR EACH ROW EXECUTE FUNCTION kpi_day_mark_order();

-- A reported-in event decides whether its order was reported in on time.
CREATE FUNCTION kpi_day_mark_event() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM kpi_day_mark(w.tenant_id, w.work_done_at) FROM work_order w WHERE w.tenant_id = NEW.tenant_id AND w.id = NEW.work_order_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER work_order_event_kpi_day AFTER INSERT ON work_order_event
    FOR EACH ROW WHEN (NEW.action = 'reported-in') EXECUTE FUNCTION kpi_day_mark_event();

-- A tenant that moves to another time zone has other local days: everything is counted again (as that tenant, for
-- row-level security, whoever changes the zone).
CREATE FUNCTION kpi_day_rebuild_on_zone() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    acting text := current_setting('app.tenant_id', true);
BEGIN
    PERFORM set_config('app.tenant_id', NEW.id::text, true);
    PERFORM kpi_day_rebuild(NEW.id);
    PERFORM set_config('app.tenant_id', coalesce(acting, ''), true);
    RETURN NULL;
END
$$;

CREATE TRIGGER tenant_kpi_day AFTER UPDATE OF time_zone ON tenant
    FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION kpi_day_rebuild_on_zone();

-- The orders there are now: every day with work done starts stale (the first read or the background pass counts it).
ALTER TABLE work_order NO FORCE ROW LEVEL SECURITY;
INSERT INTO kpi_day_stale (tenant_id, day)
SELECT DISTINCT w.tenant_id, (w.work_done_at AT TIME ZONE t.time_zone)::date
FROM work_order w
JOIN tenant t ON t.id = w.tenant_id
WHERE w.work_done_at IS NOT NULL;
ALTER TABLE work_order FORCE ROW LEVEL SECURITY;

ALTER TABLE kpi_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE kpi_day FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON kpi_day
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE kpi_day_stale ENABLE ROW LEVEL SECURITY;
ALTER TABLE kpi_day_stale FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON kpi_day_stale
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
