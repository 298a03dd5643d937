-- Countries' calendars: each year's public holidays and make-up working days (调休), published once by the
-- platform admin; a tenant's working calendar is its country's schedule plus the tenant's own entries, which win.
-- A platform table: not tenant-owned, no row-level security; the application reads it and the platform admin writes it.
CREATE TABLE country_calendar (
    id                    uuid        PRIMARY KEY,
    country               text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    year                  integer     NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    holidays              jsonb       NOT NULL,
    make_up_working_days  jsonb       NOT NULL,
    published_at          timestamptz NOT NULL,
    published_by          text,
    updated_at            timestamptz NOT NULL,
    version               integer     NOT NULL DEFAULT 0,
    UNIQUE (country, year)
);

-- Mainland China's 2026 arrangement (State Council notice), until now copied into each new Asia/Shanghai tenant.
INSERT INTO country_calendar (id, country, year, holidays, make_up_working_days, published_at, published_by, updated_at)
VALUES ('0190a000-0000-7000-8000-000000002026', 'CN', 2026,
        '[{"date": "2026-01-01", "name": "元旦 New Year''s Day"}, {"date": "2026-01-02", "name": "元旦 New Year''s Day"}, {"date": "2026-01-03", "name": "元旦 New Year''s Day"}, {"date": "2026-02-15", "name": "春节 Spring Festival"}, {"date": "2026-02-16", "name": "春节 Spring Festival"}, {"date": "2026-02-17", "name": "春节 Spring Festival"}, {"date": "2026-02-18", "name": "春节 Spring Festival"}, {"date": "2026-02-19", "name": "春节 Spring Festival"}, {"date": "2026-02-20", "name": "春节 Spring Festival"}, {"date": "2026-02-21", "name": "春节 Spring Festival"}, {"date": "2026-02-22", "name": "春节 Spring Festival"}, {"date": "2026-02-23", "name": "春节 Spring Festival"}, {"date": "2026-04-04", "name": "清明节 Qingming Festival"}, {"date": "2026-04-05", "name": "清明节 Qingming Festival"}, {"date": "2026-04-06", "name": "清明节 Qingming Festival"}, {"date": "2026-05-01", "name": "劳动节 Labour Day"}, {"date": "2026-05-02", "name": "劳动节 Labour Day"}, {"date": "2026-05-03", "name": "劳动节 Labour Day"}, {"date": "2026-05-04", "name": "劳动节 Labour Day"}, {"date": "2026-05-05", "name": "劳动节 Labour Day"}, {"date": "2026-06-19", "name": "端午节 Dragon Boat Festival"}, {"date": "2026-06-20", "name": "端午节 Dragon Boat Festival"}, {"date": "2026-06-21", "name": "端午节 Dragon Boat Festival"}, {"date": "2026-09-25", "name": "中秋节 Mid-Autumn Festival"}, {"date": "2026-09-26", "name": "中秋节 Mid-Autumn Festival"}, {"date": "2026-09-27", "name": "中秋节 Mid-Autumn Festival"}, {"date": "2026-10-01", "name": "国庆节 National Day"}, {"date": "2026-10-02", "name": "国庆节 National Day"}, {"date": "2026-10-03", "name": "国庆节 National Day"}, {"date": "2026-10-04", "name": "国庆节 National Day"}, {"date": "2026-10-05", "name": "国庆节 National Day"}, {"date": "2026-10-06", "name": "国庆节 National Day"}, {"date": "2026-10-07", "name": "国庆节 National Day"}]'::jsonb,
        '[{"date": "2026-01-04", "name": "元旦调休 make-up working day"}, {"date": "2026-02-14", "name": "春节调休 make-up working day"}, {"date": "2026-02-28", "name": "春节调休 make-up working day"}, {"date": "2026-05-09", "name": "劳动节调休 make-up working day"}, {"date": "2026-09-20", "name": "国庆节调休 make-up working day"}, {"date": "2026-10-10", "name": "国庆节调休 make-up working day"}]'::jsonb,
        now(), 'migration V30', now());

-- A tenant's country (ISO 3166-1 alpha-2) picks the schedule it inherits; none means weekends only.
ALTER TABLE tenant ADD COLUMN country text CHECK (country ~ '^[A-Z]{2}$');
UPDATE tenant SET country = 'CN' WHERE time_zone = 'Asia/Shanghai';

-- Existing Chinese tenants hold a copy of the 2026 schedule: keep as their own only the days that differ from it,
-- so the published days show as inherited. Data migrations run as the owner, whom FORCE binds: lift it meanwhile.
ALTER TABLE tenant_calendar NO FORCE ROW LEVEL SECURITY;
UPDATE tenant_calendar tc
SET holidays = coalesce((SELECT jsonb_agg(d ORDER BY d ->> 'date') FROM jsonb_array_elements(tc.holidays) d
                         WHERE NOT EXISTS (SELECT 1 FROM country_calendar cc, jsonb_array_elements(cc.holidays) c
                                           WHERE cc.country = 'CN' AND c = d)), '[]'::jsonb),
    make_up_working_days = coalesce((SELECT jsonb_agg(d ORDER BY d ->> 'date') FROM jsonb_array_elements(tc.make_up_working_days) d
                                     WHERE NOT EXISTS (SELECT 1 FROM country_calendar cc, jsonb_array_elements(cc.make_up_working_days) c
                                                       WHERE cc.country = 'CN' AND c = d)), '[]'::jsonb)
WHERE tc.tenant_id IN (SELECT id FROM tenant WHERE country = 'CN');
ALTER TABLE tenant_calendar FORCE ROW LEVEL SECURITY;

-- A promise computed into a year its country has not published yet says so: the first such year.
ALTER TABLE service_request ADD COLUMN promise_calendar_unknown_from integer;
ALTER TABLE work_order ADD COLUMN promise_calendar_unknown_from integer;
ALTER TABLE follow_up ADD COLUMN promise_calendar_unknown_from integer;
ALTER TABLE objection ADD COLUMN promise_calendar_unknown_from integer;
ALTER TABLE complaint ADD COLUMN promise_calendar_unknown_from integer;
