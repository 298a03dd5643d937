-- The platform administrator suspends a tenant (its people's API calls are refused) and resumes it.
ALTER TABLE tenant
    ADD COLUMN status        text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    ADD COLUMN suspended_at  timestamptz,
    ADD CONSTRAINT tenant_suspended_at_check CHECK ((status = 'SUSPENDED') = (suspended_at IS NOT NULL));
