-- The office's home figures and the work order list filters they link to.
-- Orders whose work was done on a day (completedOn, "completed today").
CREATE INDEX work_order_work_done_idx ON work_order (tenant_id, work_done_at) WHERE work_done_at IS NOT NULL;
-- What waits for the manager: pending appeals and leave requests, draft partner statements.
CREATE INDEX discipline_entry_appeal_pending_idx ON discipline_entry (tenant_id, id) WHERE appeal_status = 'PENDING';
CREATE INDEX leave_request_pending_idx ON leave_request (tenant_id, created_at) WHERE status = 'REQUESTED';
CREATE INDEX partner_statement_status_idx ON partner_statement (tenant_id, status, id);
