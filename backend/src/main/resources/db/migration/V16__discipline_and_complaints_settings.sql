-- New discipline and allowance settings with their defaults for tenants that exist already (FORCE lifted for the
-- data migration only, as in V14).
ALTER TABLE rule_book NO FORCE ROW LEVEL SECURITY;
UPDATE rule_book
SET settings = jsonb_set(jsonb_set(settings,
        '{discipline}', (settings -> 'discipline') || '{"reportInMinutes": 60, "praiseRatingAtLeast": 5}'::jsonb),
        '{allowances}', (settings -> 'allowances') || '{"mealsPerDay": 3}'::jsonb)
WHERE NOT (settings -> 'discipline' ? 'reportInMinutes');
ALTER TABLE rule_book FORCE ROW LEVEL SECURITY;
