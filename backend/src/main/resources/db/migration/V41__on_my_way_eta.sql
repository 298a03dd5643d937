-- "On my way": when the installer departs, the expected arrival from the road distance (straight line times the
-- tenant's road factor) at the tenant's average speed, from where they left (their position, else their latest
-- check-in) to the site. Shown on the tracking page and in the customer's message until the check-in.
ALTER TABLE work_order ADD COLUMN eta_at timestamptz, ADD COLUMN eta_km double precision CHECK (eta_km >= 0);
