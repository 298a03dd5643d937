-- Rework (返修): a repair of the same fault on the same asset within the tenant's rework window of a completed
-- order is linked to that order; the manager attributes its cause, and installer-caused rework counts per installer.
ALTER TABLE work_order ADD COLUMN fault_category text;
ALTER TABLE work_order ADD COLUMN work_done_at timestamptz;
ALTER TABLE work_order ADD COLUMN rework_of_id uuid;
ALTER TABLE work_order ADD COLUMN rework_cause text;
ALTER TABLE work_order ADD COLUMN rework_attributed_by text;
ALTER TABLE work_order ADD COLUMN rework_attributed_at timestamptz;
ALTER TABLE work_order ADD CONSTRAINT work_order_rework_of_fk
    FOREIGN KEY (tenant_id, rework_of_id) REFERENCES work_order (tenant_id, id);

CREATE INDEX work_order_assets_idx ON work_order USING gin (asset_ids);
CREATE INDEX work_order_rework_idx ON work_order (tenant_id, rework_of_id) WHERE rework_of_id IS NOT NULL;
