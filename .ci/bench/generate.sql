-- Synthetic benchmark data for Aftercare, made set-based (INSERT ... SELECT from generate_series; no per-row loops).
-- Run as the table owner on a database migrated by Flyway (V1..V35), e.g.
--   psql -h 127.0.0.1 -U aftercare_owner -d aftercare_bench -v ON_ERROR_STOP=1 \
--        -v tenants=1000 -v orders=1000000 -v big_tenant=<uuid> -v installer_count_per_tenant=20 -f .ci/bench/generate.sql
-- Variables:
--   tenants                     tenants in all, big_tenant included (the others are new tenant rows gen-00002 ...)
--   orders                      work orders in all
--   big_tenant                  an existing tenant (made through the API): rank 1, the largest share
--   installer_count_per_tenant  installers (staff_user + installer rows) per tenant
--   zipf_s, zipf_q (optional)   skew: tenant of rank r gets a share proportional to 1 / (r + zipf_q) ^ zipf_s
--                               (defaults 1.1 and 3.5: about 5.2 % for rank 1 of 1000 tenants, 0.013 % for rank 1000)
--   orders_per_customer         (optional, default 5) orders per customer within a tenant
--   customers_per_connection    (optional, default 10) customers per connection application within a tenant
-- Every tenant-owned table has FORCE ROW LEVEL SECURITY, which binds the owner too, and its policy compares
-- tenant_id with app.tenant_id: one set_config cannot cover many tenants in one statement. As the migrations do for
-- their data changes (V14, V30, V32), FORCE is lifted for the filled tables inside this script's one transaction and
-- put back before COMMIT (an error rolls back both the rows and the ALTERs).
\set ON_ERROR_STOP on
\if :{?tenants}
\else
  -- fails on purpose (exit status 3 with ON_ERROR_STOP)
  select 'generate.sql: -v tenants=N is required'::int;
\endif
\if :{?orders}
\else
  -- fails on purpose (exit status 3 with ON_ERROR_STOP)
  select 'generate.sql: -v orders=N is required'::int;
\endif
\if :{?big_tenant}
\else
  -- fails on purpose (exit status 3 with ON_ERROR_STOP)
  select 'generate.sql: -v big_tenant=UUID is required'::int;
\endif
\if :{?installer_count_per_tenant}
\else
  \set installer_count_per_tenant 20
\endif
\if :{?zipf_s}
\else
  \set zipf_s 1.1
\endif
\if :{?zipf_q}
\else
  \set zipf_q 3.5
\endif
\if :{?orders_per_customer}
\else
  \set orders_per_customer 5
\endif
\if :{?customers_per_connection}
\else
  \set customers_per_connection 10
\endif

set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '256MB';
set client_min_messages = warning;
select setseed(0.4242);

-- A version-7 UUID (as io.aftercare.api.Ids makes them) for instant ts: rows made "at" ts sort by id as the
-- application's would.
create function pg_temp.uuid7(ts timestamptz) returns uuid language sql volatile as $$
  select overlay(overlay(replace(gen_random_uuid()::text, '-', '')
                         placing lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0') from 1 for 12)
                 placing '7' from 13 for 1)::uuid
$$;

begin;

alter table rule_book no force row level security;
alter table tenant_calendar no force row level security;
alter table staff_user no force row level security;
alter table installer no force row level security;
alter table customer no force row level security;
alter table customer_site no force row level security;
alter table tenant_counter no force row level security;
alter table work_order no force row level security;
alter table work_order_event no force row level security;
alter table kpi_day_stale no force row level security;
alter table connection_application no force row level security;
alter table connection_event no force row level security;
-- the indicators' roll-up triggers would mark days one order at a time: the days are marked once at the end instead
alter table work_order disable trigger work_order_kpi_day;
alter table work_order_event disable trigger work_order_event_kpi_day;

select count(*) = 1 as big_tenant_exists from tenant where id = :'big_tenant' \gset
\if :big_tenant_exists
\else
  -- fails on purpose: the transaction is rolled back, psql exits with status 3
  select 'generate.sql: big_tenant is not a tenant'::int;
\endif

-- Tenants by rank: rank 1 is big_tenant; each gets its orders' share (largest remainder of the cumulative
-- weights, so the counts add up to :orders exactly).
create temp table bench_tenant on commit drop as
with ranked as (
    select r as rank, power(r + :zipf_q::float8, -:zipf_s::float8) as w
    from generate_series(1, :tenants) r
), cum as (
    select rank, w, sum(w) over (order by rank) as c, sum(w) over () as total from ranked
)
select rank,
       case when rank = 1 then :'big_tenant'::uuid
            else pg_temp.uuid7(now() - interval '400 days' + rank * interval '3 minutes') end as id,
       case when rank = 1 then null else 'gen-' || lpad(rank::text, 5, '0') end as slug,
       (round(:orders::numeric * c::numeric / total::numeric) - round(:orders::numeric * (c - w)::numeric / total::numeric))::bigint as n_orders
from cum;
alter table bench_tenant add column n_customers bigint, add column order_offset bigint, add column login_prefix text;
update bench_tenant set n_customers = case when n_orders = 0 then 0 else greatest(1, ceil(n_orders::numeric / :orders_per_customer)) end;

insert into tenant (id, slug, name, time_zone, locale, currency, country, login_prefix, logins_prefixed, status, created_at)
select id, slug, '基准租户 Bench tenant ' || rank, 'Asia/Shanghai', 'zh-CN', 'CNY', 'CN', slug, true, 'ACTIVE',
       now() - interval '400 days' + rank * interval '3 minutes'
from bench_tenant where rank > 1;

update bench_tenant b set login_prefix = t.login_prefix,
       order_offset = coalesce((select c.value from tenant_counter c where c.tenant_id = b.id and c.name = 'WO'), 0)
from tenant t where t.id = b.id;
analyze bench_tenant;

-- The new tenants' settings and calendar: copies of the big tenant's (made by the API with the defaults).
insert into rule_book (tenant_id, id, settings, updated_at)
select b.id, pg_temp.uuid7(now()), rb.settings, now()
from bench_tenant b cross join rule_book rb where rb.tenant_id = :'big_tenant' and b.rank > 1;
insert into tenant_calendar (tenant_id, id, working_days, holidays, make_up_working_days, updated_at)
select b.id, pg_temp.uuid7(now()), tc.working_days, tc.holidays, tc.make_up_working_days, now()
from bench_tenant b cross join tenant_calendar tc where tc.tenant_id = :'big_tenant' and b.rank > 1;

-- Staff: per tenant one dispatcher (the actor of the timeline) and the installers (idx 1..K).
create temp table bench_staff on commit drop as
select b.rank, b.id as tenant_id, i as idx,
       pg_temp.uuid7(now() - interval '390 days' + b.rank * interval '3 minutes' + i * interval '1 second') as id,
       b.login_prefix || case when i = 0 then '.gen-dispatcher' else '.gen-installer-' || lpad(i::text, 4, '0') end as username,
       (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + (b.rank + i) % 10] as last_name,
       (array['伟','芳','娜','敏','静','强','磊','军','洋','勇','杰','涛'])[1 + (b.rank * 7 + i) % 12] as first_name
from bench_tenant b cross join generate_series(0, :installer_count_per_tenant) i;
analyze bench_staff;

insert into staff_user (tenant_id, id, username, email, first_name, last_name, roles, enabled, created_at)
select tenant_id, id, username, username || '@example.com', first_name, last_name,
       case when idx = 0 then array['dispatcher'] else array['installer'] end, true,
       now() - interval '390 days' + rank * interval '3 minutes'
from bench_staff order by tenant_id, id;

insert into installer (tenant_id, id, phone, skills, working_hours_start, working_hours_end, base_salary, status, created_at)
select tenant_id, id, '1360' || lpad((rank * 1000 + idx)::text, 7, '0'),
       case idx % 4 when 0 then array['ELECTRICIAN'] when 1 then array['ELECTRICIAN', 'HEIGHT']
                    when 2 then array['WELDING'] else array[]::text[] end,
       time '08:30', time '17:30', 5000 + (idx % 10) * 300, 'ACTIVE',
       now() - interval '390 days' + rank * interval '3 minutes'
from bench_staff where idx > 0 order by tenant_id, id;

-- Customers (one per :orders_per_customer orders of the tenant), each with one site.
create temp table bench_customer on commit drop as
select b.rank, b.id as tenant_id, i as idx,
       pg_temp.uuid7(now() - interval '400 days' + (i::float8 / b.n_customers) * interval '330 days') as id,
       now() - interval '400 days' + (i::float8 / b.n_customers) * interval '330 days' as created_at
from bench_tenant b cross join lateral generate_series(1, b.n_customers) i;
alter table bench_customer add column site_id uuid;
update bench_customer set site_id = pg_temp.uuid7(created_at);
create index on bench_customer (rank, idx);
analyze bench_customer;

insert into customer (tenant_id, id, kind, name, phone, email, notes, created_at, updated_at)
select tenant_id, id, case when idx % 4 = 0 then 'COMPANY' else 'PERSON' end,
       case when idx % 4 = 0 then '客户公司 Customer Co. ' || idx
            else (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + idx % 10] || '先生 Customer ' || idx end,
       '17' || lpad(idx::text, 9, '0'),
       case when idx % 3 = 0 then 'customer' || idx || '@example.com' end, null, created_at, created_at
from bench_customer order by tenant_id, id;

insert into customer_site (tenant_id, id, customer_id, label, address, latitude, longitude, created_at, updated_at)
select tenant_id, site_id, id, '主地址 Main site', '上海市浦东新区世纪大道 ' || idx || ' 号',
       31.10 + (idx % 997) * 0.0004, 121.30 + (idx % 991) * 0.0005, created_at, created_at
from bench_customer order by tenant_id, site_id;

-- Work orders. Appointments spread evenly over now() +- 60 days, 08:00..16:30 local time; created 0.1..5 days before
-- the appointment (never in the future). Status follows the appointment: long past ones are mostly finished, the ones
-- around now under way, future ones new or assigned; about 7 % are cancelled.
create temp table bench_order on commit drop as
with base as (
    select b.rank, b.id as tenant_id, b.order_offset, b.n_customers, g as seq,
           (date_trunc('day', (now() + (random() * 120 - 60) * interval '1 day') at time zone 'Asia/Shanghai')
             + (8 + floor(random() * 9)) * interval '1 hour' + floor(random() * 2) * interval '30 minutes')
             at time zone 'Asia/Shanghai' as appointment_start,
           (1 + floor(random() * 3)) * interval '1 hour' as duration,
           (0.1 + 5 * random() ^ 2) * interval '1 day' as lead,
           random() as r_status, random() as r_priority, random() as r_type, random() as r_tasks, random() as r_misc,
           1 + floor(random() * b.n_customers)::bigint as cust_idx,
           1 + floor(random() * :installer_count_per_tenant)::int as inst_idx
    from bench_tenant b cross join lateral generate_series(1, b.n_orders) g
), timed as (
    select *, least(appointment_start - lead, now() - random() * interval '3 days' - interval '10 minutes') as created_at,
           case when appointment_start < now() - interval '1 day' then 'past'
                when appointment_start > now() + interval '1 day' then 'future' else 'now' end as phase
    from base
), statused as (
    select *,
           case phase
             when 'past' then case when r_status < 0.01 then 'NEW' when r_status < 0.04 then 'ASSIGNED'
                                   when r_status < 0.12 then 'CANCELLED' when r_status < 0.18 then 'WORK_DONE'
                                   when r_status < 0.25 then 'SIGNED_OFF' when r_status < 0.35 then 'REPORTED_IN'
                                   when r_status < 0.55 then 'FILED' else 'CLOSED' end
             when 'now' then case when r_status < 0.05 then 'NEW' when r_status < 0.20 then 'ASSIGNED'
                                  when r_status < 0.40 then 'CUSTOMER_CONTACTED' when r_status < 0.55 then 'EN_ROUTE'
                                  when r_status < 0.70 then 'ON_SITE' when r_status < 0.75 then 'PAUSED'
                                  when r_status < 0.90 then 'WORK_DONE' when r_status < 0.95 then 'SIGNED_OFF'
                                  else 'CANCELLED' end
             else case when r_status < 0.35 then 'NEW' when r_status < 0.75 then 'ASSIGNED'
                       when r_status < 0.93 then 'CUSTOMER_CONTACTED' else 'CANCELLED' end
           end as status
    from timed
), shaped as (
    select s.*,
           -- a cancelled order had been assigned in half the cases
           (s.status not in ('NEW', 'CANCELLED') or (s.status = 'CANCELLED' and s.r_misc < 0.5)) as has_lead,
           case when s.status in ('ON_SITE', 'PAUSED', 'WORK_DONE', 'SIGNED_OFF', 'REPORTED_IN', 'FILED', 'CLOSED')
                then least(s.appointment_start + (s.r_misc * 50 - 10) * interval '1 minute', now() - interval '5 minutes') end as checked_in_at,
           -- the on-site promise: 3 working days from creation (a weekend in between adds 2 days), at risk at 80 %
           s.created_at + case when extract(isodow from s.created_at at time zone 'Asia/Shanghai') between 3 and 5
                               then interval '5 days' when extract(isodow from s.created_at at time zone 'Asia/Shanghai') = 6
                               then interval '4 days' else interval '3 days' end as due_at
    from statused s
)
select sh.tenant_id, sh.rank, sh.seq, sh.created_at,
       pg_temp.uuid7(sh.created_at) as id,
       'WO-' || lpad((sh.order_offset + row_number() over (partition by sh.tenant_id order by sh.created_at))::text,
                     greatest(6, length((sh.order_offset + row_number() over (partition by sh.tenant_id order by sh.created_at))::text)), '0') as number,
       case when sh.r_type < 0.40 then 'INSTALLATION' when sh.r_type < 0.75 then 'REPAIR'
            when sh.r_type < 0.92 then 'MAINTENANCE' else 'INSPECTION' end as type,
       sh.status,
       case when sh.r_priority < 0.15 then 'LOW' when sh.r_priority < 0.80 then 'NORMAL'
            when sh.r_priority < 0.96 then 'HIGH' else 'URGENT' end as priority,
       c.id as customer_id,
       case when sh.r_misc < 0.9 then c.site_id end as site_id,
       sh.r_tasks, sh.r_misc, sh.appointment_start, sh.appointment_start + sh.duration as appointment_end,
       case when sh.has_lead then st.id end as lead_installer_id,
       sh.checked_in_at,
       sh.checked_in_at > sh.appointment_start + interval '15 minutes' as late,
       case when sh.checked_in_at > sh.appointment_start + interval '15 minutes'
            then floor(extract(epoch from sh.checked_in_at - sh.appointment_start) / 60)::int end as late_minutes,
       case when sh.status in ('WORK_DONE', 'SIGNED_OFF', 'REPORTED_IN', 'FILED', 'CLOSED')
            then least(sh.checked_in_at + (30 + sh.r_misc * 150) * interval '1 minute', now() - interval '1 minute') end as work_done_at,
       sh.due_at,
       sh.created_at + (sh.due_at - sh.created_at) * 0.8 as at_risk_at
from shaped sh
join bench_customer c on c.rank = sh.rank and c.idx = sh.cust_idx
join bench_staff st on st.rank = sh.rank and st.idx = sh.inst_idx;
analyze bench_order;

insert into work_order (tenant_id, id, number, type, status, priority, customer_id, site_id, description, tasks,
                        required_qualifications, items_to_bring, appointment_start, appointment_end, lead_installer_id,
                        fee, payment_collected, contact_note, checked_in_at, check_in_latitude, check_in_longitude, late,
                        late_minutes, sign_off, cancel_reason, work_done_at, fault_category,
                        promise_kind, promise_status, promise_started_at, promise_due_at, promise_at_risk_at,
                        promise_met_at, promise_breached_at, created_at, updated_at, version)
select o.tenant_id, o.id, o.number, o.type, o.status, o.priority, o.customer_id, o.site_id,
       case o.type when 'INSTALLATION' then '安装车载终端 Install a vehicle terminal'
                   when 'REPAIR' then '终端无信号，需上门维修 Terminal has no signal, repair on site'
                   when 'MAINTENANCE' then '定期保养 Scheduled maintenance'
                   else '年度巡检 Annual inspection' end,
       jsonb_build_object('electricalWork', o.r_tasks < 0.30, 'welding', o.r_tasks >= 0.95, 'workAtHeight', o.r_tasks between 0.25 and 0.35),
       case when o.r_tasks < 0.25 then array['ELECTRICIAN']
            when o.r_tasks < 0.30 then array['ELECTRICIAN', 'HEIGHT']
            when o.r_tasks < 0.35 then array['HEIGHT']
            when o.r_tasks >= 0.95 then array['WELDING'] else array[]::text[] end,
       '[]'::jsonb, o.appointment_start, o.appointment_end, o.lead_installer_id,
       case when o.r_misc < 0.6 then round((100 + o.r_misc * 800)::numeric, 2) end,
       case when o.r_misc < 0.6 and o.status in ('REPORTED_IN', 'FILED', 'CLOSED') then round((100 + o.r_misc * 800)::numeric, 2) end,
       case when o.status = 'CUSTOMER_CONTACTED' then '已电话确认 Confirmed by phone' end,
       o.checked_in_at,
       case when o.checked_in_at is not null then 31.10 + o.r_misc * 0.4 end,
       case when o.checked_in_at is not null then 121.30 + o.r_misc * 0.5 end,
       coalesce(o.late, false), o.late_minutes,
       case when o.status in ('SIGNED_OFF', 'REPORTED_IN', 'FILED', 'CLOSED')
            then jsonb_build_object('refused', false, 'refusalReason', null,
                                    'ratings', jsonb_build_object('attitude', 5, 'timeliness', 4 + (o.r_misc < 0.5)::int, 'quality', 5),
                                    'suggestions', null, 'signedAt', o.work_done_at + interval '10 minutes') end,
       case when o.status = 'CANCELLED' then '客户取消 Cancelled by the customer' end,
       o.work_done_at,
       case when o.type = 'REPAIR' then (array['no-signal', 'power', 'gps', 'camera', 'sim'])[1 + floor(o.r_tasks * 5)::int] end,
       'ON_SITE',
       case when o.status = 'CANCELLED' then 'CANCELLED'
            when o.checked_in_at is not null and o.checked_in_at <= o.due_at then 'MET'
            when o.checked_in_at is not null or now() > o.due_at then 'BREACHED'
            when now() > o.at_risk_at then 'AT_RISK' else 'ON_TRACK' end,
       o.created_at, o.due_at, o.at_risk_at,
       case when o.status <> 'CANCELLED' and o.checked_in_at <= o.due_at then o.checked_in_at end,
       case when o.status <> 'CANCELLED' and coalesce(o.checked_in_at, now()) > o.due_at then o.due_at + interval '1 minute' end,
       o.created_at,
       greatest(o.created_at, coalesce(o.work_done_at, o.checked_in_at, o.created_at)),
       case o.status when 'NEW' then 0 when 'ASSIGNED' then 1 when 'CUSTOMER_CONTACTED' then 2 when 'EN_ROUTE' then 3
                     when 'ON_SITE' then 4 when 'PAUSED' then 5 when 'WORK_DONE' then 5 when 'SIGNED_OFF' then 6
                     when 'REPORTED_IN' then 7 when 'FILED' then 8 when 'CLOSED' then 9
                     else (o.lead_installer_id is not null)::int + 1 end
from bench_order o
order by o.tenant_id, o.id;

-- The timeline: "created" for every order, "assigned" for every order with a lead installer, and the transition into
-- the current status for orders beyond ASSIGNED (its predecessor in the lifecycle as from_status).
insert into work_order_event (tenant_id, id, work_order_id, occurred_at, actor_id, actor_name, action, from_status, to_status, details)
select e.tenant_id, pg_temp.uuid7(e.occurred_at), e.work_order_id, e.occurred_at, d.id::text, d.username,
       e.action, e.from_status, e.to_status, e.details
from (
    select o.tenant_id, o.rank, o.id as work_order_id, o.created_at as occurred_at, 'created' as action,
           null::text as from_status, 'NEW' as to_status, null::jsonb as details
    from bench_order o
    union all
    select o.tenant_id, o.rank, o.id, o.created_at + (least(o.appointment_start, now()) - o.created_at) * 0.3, 'assigned', 'NEW', 'ASSIGNED',
           jsonb_build_object('leadInstallerId', o.lead_installer_id, 'helperIds', '[]'::jsonb, 'reassigned', false)
    from bench_order o where o.lead_installer_id is not null
    union all
    select o.tenant_id, o.rank, o.id,
           case when o.status = 'CANCELLED' then o.created_at + (least(o.appointment_start, now()) - o.created_at) * 0.6
                when o.status in ('CUSTOMER_CONTACTED', 'EN_ROUTE') then o.created_at + (least(o.appointment_start, now()) - o.created_at) * 0.7
                when o.status in ('ON_SITE', 'PAUSED') then o.checked_in_at
                else o.work_done_at + interval '10 minutes' end,
           case o.status when 'CUSTOMER_CONTACTED' then 'customer-contacted' when 'EN_ROUTE' then 'departed'
                         when 'ON_SITE' then case when o.late then 'checked-in-late' else 'checked-in' end
                         when 'PAUSED' then 'paused' when 'WORK_DONE' then 'work-done' when 'SIGNED_OFF' then 'signed-off'
                         when 'REPORTED_IN' then 'reported-in' when 'FILED' then 'filed'
                         when 'CLOSED' then 'closed-without-follow-up' else 'cancelled' end,
           case o.status when 'CUSTOMER_CONTACTED' then 'ASSIGNED' when 'EN_ROUTE' then 'CUSTOMER_CONTACTED'
                         when 'ON_SITE' then 'EN_ROUTE' when 'PAUSED' then 'ON_SITE' when 'WORK_DONE' then 'ON_SITE'
                         when 'SIGNED_OFF' then 'WORK_DONE' when 'REPORTED_IN' then 'SIGNED_OFF' when 'FILED' then 'REPORTED_IN'
                         when 'CLOSED' then 'FILED'
                         else case when o.lead_installer_id is null then 'NEW' else 'ASSIGNED' end end,
           o.status,
           case o.status when 'CANCELLED' then jsonb_build_object('reason', '客户取消 Cancelled by the customer')
                         when 'CUSTOMER_CONTACTED' then jsonb_build_object('note', '已电话确认 Confirmed by phone') end
    from bench_order o where o.status not in ('NEW', 'ASSIGNED')
) e
join bench_staff d on d.rank = e.rank and d.idx = 0;

-- Connection applications (doc 4): one per :customers_per_connection customers, made over the last 200 days, in every
-- state of the procedure (a tenth each, by number): waiting for the supply plan (its promise on track, at risk or
-- breached by age), plan notified and valid, design under review (its promise), design approved, under construction,
-- connected with a meter, withdrawn. Each has its "applied" step on the timeline, and the step into its state.
create temp table bench_connection on commit drop as
select c.rank, c.tenant_id, c.id as customer_id, c.site_id, c.idx, row_number() over (partition by c.tenant_id order by c.idx) as n,
       now() - interval '200 days' + (c.idx::float8 / greatest(b.n_customers, 1)) * interval '199 days' as created_at
from bench_customer c join bench_tenant b on b.rank = c.rank
where c.idx % :customers_per_connection = 0;
alter table bench_connection add column id uuid, add column status text, add column supply_class text, add column due_at timestamptz;
update bench_connection set id = pg_temp.uuid7(created_at),
       status = (array['APPLIED', 'APPLIED', 'PLAN_NOTIFIED', 'DESIGN_REVIEW', 'DESIGN_APPROVED', 'CONSTRUCTION', 'CONSTRUCTION',
                       'CONNECTED', 'CONNECTED', 'CANCELLED'])[1 + n % 10],
       supply_class = case when n % 20 = 7 then 'HIGH_VOLTAGE_DUAL'
                           else (array['RESIDENTIAL', 'LOW_VOLTAGE', 'LOW_VOLTAGE', 'HIGH_VOLTAGE_SINGLE'])[1 + n % 4] end;
-- Waiting applications are the recent ones: their promise runs from a few days ago.
update bench_connection set created_at = now() - (n % 15) * interval '1 day' - interval '2 hours',
       id = pg_temp.uuid7(now() - (n % 15) * interval '1 day' - interval '2 hours')
where status in ('APPLIED', 'DESIGN_REVIEW');
update bench_connection set due_at = created_at + case supply_class when 'RESIDENTIAL' then interval '5 days'
                                                                    when 'LOW_VOLTAGE' then interval '10 days'
                                                                    when 'HIGH_VOLTAGE_SINGLE' then interval '1 month'
                                                                    else interval '2 months' end;
analyze bench_connection;

insert into connection_application (tenant_id, id, number, status, kind, supply_class, capacity_kva, source, customer_id, site_id,
                                    site_address, description, plan, plan_notified_at, plan_original_valid_until, plan_valid_until,
                                    design_revision, fees_paid_on, construction_started_on, contractor_kind, supply_contract_number,
                                    contract_signed_on, meter_number, connected_at, cancel_reason, cancelled_at, promise_kind,
                                    promise_status, promise_started_at, promise_due_at, promise_at_risk_at, promise_met_at,
                                    promise_breached_at, created_at, created_by, updated_at, version)
select k.tenant_id, k.id, 'CA-' || lpad(k.n::text, 6, '0'), k.status,
       (array['NEW_CONNECTION', 'CAPACITY_INCREASE', 'CHANGE_OF_USE'])[1 + k.n % 3], k.supply_class,
       case when k.supply_class like 'HIGH%' then 630 + (k.n % 5) * 100 else 8 + (k.n % 12) * 10 end,
       case when k.n % 3 = 0 then 'CUSTOMER' else 'STAFF' end, k.customer_id, k.site_id,
       '上海市浦东新区世纪大道 ' || k.idx || ' 号', '新建厂房用电 New connection for a workshop',
       case when k.status not in ('APPLIED', 'CANCELLED') then '10kV 世纪大道开闭所出线 Feeder from the Century Avenue switchroom' end,
       case when k.status not in ('APPLIED', 'CANCELLED') then k.due_at - interval '1 day' end,
       case when k.status not in ('APPLIED', 'CANCELLED') then ((k.due_at - interval '1 day')::date
            + case when k.supply_class like 'HIGH%' then interval '1 year' else interval '3 months' end)::date end,
       case when k.status not in ('APPLIED', 'CANCELLED') then ((k.due_at - interval '1 day')::date
            + case when k.supply_class like 'HIGH%' then interval '1 year' else interval '3 months' end)::date end,
       case when k.status in ('APPLIED', 'PLAN_NOTIFIED', 'CANCELLED') then 0 else 1 end,
       case when k.status in ('CONSTRUCTION', 'CONNECTED') then (k.due_at + interval '20 days')::date end,
       case when k.status in ('CONSTRUCTION', 'CONNECTED') then (k.due_at + interval '21 days')::date end,
       case when k.status in ('CONSTRUCTION', 'CONNECTED') then 'OWN' end,
       case when k.status = 'CONNECTED' then 'GD-' || k.n end,
       case when k.status = 'CONNECTED' then (k.due_at + interval '40 days')::date end,
       case when k.status = 'CONNECTED' then 'M-' || k.rank || '-' || k.n end,
       case when k.status = 'CONNECTED' then k.due_at + interval '41 days' end,
       case when k.status = 'CANCELLED' then 'WITHDRAWN' end,
       case when k.status = 'CANCELLED' then k.created_at + interval '2 days' end,
       case when k.status = 'APPLIED' then 'SUPPLY_PLAN' when k.status = 'DESIGN_REVIEW' then 'DESIGN_REVIEW' end,
       case when k.status not in ('APPLIED', 'DESIGN_REVIEW') then null
            when k.due_at < now() then 'BREACHED'
            when k.due_at - (k.due_at - k.created_at) * 0.2 < now() then 'AT_RISK' else 'ON_TRACK' end,
       case when k.status in ('APPLIED', 'DESIGN_REVIEW') then k.created_at end,
       case when k.status in ('APPLIED', 'DESIGN_REVIEW') then k.due_at end,
       case when k.status in ('APPLIED', 'DESIGN_REVIEW') then k.due_at - (k.due_at - k.created_at) * 0.2 end,
       null,
       case when k.status in ('APPLIED', 'DESIGN_REVIEW') and k.due_at < now() then k.due_at end,
       k.created_at, d.username, k.created_at, 1
from bench_connection k
join bench_staff d on d.rank = k.rank and d.idx = 0
order by k.tenant_id, k.id;

insert into connection_event (tenant_id, id, application_id, at, kind, actor, actor_name, details)
select k.tenant_id, pg_temp.uuid7(e.at), k.id, e.at, e.kind, d.username, d.last_name || d.first_name, e.details
from bench_connection k
join bench_staff d on d.rank = k.rank and d.idx = 0
cross join lateral (
    select k.created_at as at, 'applied' as kind,
           jsonb_build_object('supplyClass', k.supply_class, 'dueAt', k.due_at) as details
    union all
    select least(k.due_at - interval '1 day', now()),
           case k.status when 'PLAN_NOTIFIED' then 'plan-notified' when 'DESIGN_REVIEW' then 'design-submitted'
                         when 'DESIGN_APPROVED' then 'design-reviewed' when 'CONSTRUCTION' then 'construction-started'
                         when 'CONNECTED' then 'connected' else 'cancelled' end,
           '{}'::jsonb
    where k.status <> 'APPLIED'
) e
order by k.tenant_id, k.id;

insert into tenant_counter (tenant_id, name, value)
select tenant_id, 'CA', max(n) from bench_connection group by tenant_id
on conflict (tenant_id, name) do update set value = greatest(tenant_counter.value, excluded.value);

-- The number counters: the API's next order continues after the generated ones.
insert into tenant_counter (tenant_id, name, value)
select b.id, 'WO', b.order_offset + b.n_orders from bench_tenant b where b.n_orders > 0
on conflict (tenant_id, name) do update set value = greatest(tenant_counter.value, excluded.value);

-- Every local day with work done is stale; the block after the commit counts them as the background pass would.
insert into kpi_day_stale (tenant_id, day)
select distinct o.tenant_id, (o.work_done_at at time zone t.time_zone)::date
from work_order o
join bench_tenant b on b.id = o.tenant_id
join tenant t on t.id = o.tenant_id
where o.work_done_at is not null
on conflict do nothing;
alter table work_order enable trigger work_order_kpi_day;
alter table work_order_event enable trigger work_order_event_kpi_day;

alter table rule_book force row level security;
alter table tenant_calendar force row level security;
alter table staff_user force row level security;
alter table installer force row level security;
alter table customer force row level security;
alter table customer_site force row level security;
alter table tenant_counter force row level security;
alter table work_order force row level security;
alter table work_order_event force row level security;
alter table kpi_day_stale force row level security;
alter table connection_application force row level security;
alter table connection_event force row level security;

commit;

-- A running system has counted its past days: its background pass refreshes stale days every minute. Each tenant's
-- stale days are counted here with its own report-in minutes, a commit per tenant (a refresh takes an advisory lock per
-- day until commit), under the tenant's own row-level security as the pass does.
do $$
declare
  t record;
begin
  for t in select id from tenant order by id loop
    perform set_config('app.tenant_id', t.id::text, true);
    perform kpi_day_refresh(s.tenant_id, s.day, coalesce((rb.settings -> 'discipline' ->> 'reportInMinutes')::int, 1440))
    from kpi_day_stale s join rule_book rb on rb.tenant_id = s.tenant_id
    where s.tenant_id = t.id;
    commit;
  end loop;
end
$$;

analyze tenant;
analyze rule_book;
analyze tenant_calendar;
analyze staff_user;
analyze installer;
analyze customer;
analyze customer_site;
analyze tenant_counter;
analyze work_order;
analyze work_order_event;
analyze kpi_day;
analyze connection_application;
analyze connection_event;
