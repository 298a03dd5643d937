-- Phone-duty times are "HH:mm" since the API fixed that format; rows written earlier hold "HH:mm:ss".
-- Data migrations run as the owner, which row-level security binds too (FORCE): lift FORCE for the update only.
ALTER TABLE rule_book NO FORCE ROW LEVEL SECURITY;

UPDATE rule_book
SET settings = jsonb_set(jsonb_set(settings,
        '{phoneDuty,start}', to_jsonb(left(settings #>> '{phoneDuty,start}', 5))),
        '{phoneDuty,end}', to_jsonb(left(settings #>> '{phoneDuty,end}', 5)))
WHERE length(settings #>> '{phoneDuty,start}') > 5 OR length(settings #>> '{phoneDuty,end}') > 5;

ALTER TABLE rule_book FORCE ROW LEVEL SECURITY;
