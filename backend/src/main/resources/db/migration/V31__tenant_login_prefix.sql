-- Tenant-scoped logins: every person's Keycloak username is <tenant's login prefix>.<local name>, so one
-- tenant's usernames can neither collide with nor reveal another tenant's. Prefixes are unique ignoring case.
--
-- Existing tenants: a tenant whose staff logins all start with one common "<x>." keeps x as its prefix (the demo
-- tenants keep ns. and blue.), unless x is another tenant's slug or the candidate of another tenant too; every
-- other tenant gets its slug. Tenants whose staff lack the prefix are marked logins_prefixed = false and the
-- application renames those accounts in Keycloak and in staff_user (staff.LoginPrefixUpgrade).
ALTER TABLE tenant ADD COLUMN login_prefix text;
ALTER TABLE tenant ADD COLUMN logins_prefixed boolean NOT NULL DEFAULT false;

CREATE TEMPORARY TABLE login_prefix_candidate (tenant_id uuid PRIMARY KEY, prefix text) ON COMMIT DROP;

DO $$
DECLARE
    t record;
    staff bigint;
    common text;
BEGIN
    FOR t IN SELECT id FROM tenant LOOP
        -- staff_user is behind row-level security, also for its owner: look at one tenant at a time.
        PERFORM set_config('app.tenant_id', t.id::text, true);
        SELECT count(*), CASE WHEN count(DISTINCT split_part(username, '.', 1)) = 1
                                   AND bool_and(position('.' IN username) > 1)
                              THEN min(split_part(username, '.', 1)) END
          INTO staff, common
          FROM staff_user;
        IF staff > 0 AND common ~ '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$' THEN
            INSERT INTO login_prefix_candidate VALUES (t.id, common);
        END IF;
        IF staff = 0 THEN
            UPDATE tenant SET logins_prefixed = true WHERE id = t.id;
        END IF;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;

UPDATE tenant SET login_prefix = c.prefix, logins_prefixed = true
  FROM login_prefix_candidate c
 WHERE c.tenant_id = tenant.id
   AND NOT EXISTS (SELECT 1 FROM tenant o WHERE o.id <> c.tenant_id AND lower(o.slug) = lower(c.prefix))
   AND NOT EXISTS (SELECT 1 FROM login_prefix_candidate o WHERE o.tenant_id <> c.tenant_id AND lower(o.prefix) = lower(c.prefix));
UPDATE tenant SET login_prefix = lower(slug) WHERE login_prefix IS NULL;

ALTER TABLE tenant ALTER COLUMN login_prefix SET NOT NULL;
ALTER TABLE tenant ADD CONSTRAINT tenant_login_prefix_format
    CHECK (login_prefix ~ '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$');
CREATE UNIQUE INDEX tenant_login_prefix_key ON tenant (lower(login_prefix));
-- New tenants are created with prefixed logins.
ALTER TABLE tenant ALTER COLUMN logins_prefixed SET DEFAULT true;
-- A tenant inserted without a prefix (scripts, tests) gets its slug, as the API does.
CREATE FUNCTION tenant_default_login_prefix() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.login_prefix := coalesce(NEW.login_prefix, lower(NEW.slug));
    RETURN NEW;
END $$;
CREATE TRIGGER tenant_default_login_prefix BEFORE INSERT ON tenant
    FOR EACH ROW EXECUTE FUNCTION tenant_default_login_prefix();
