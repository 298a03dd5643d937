-- Indexes for the key performance indicators: each aggregate reads one tenant's rows of a period by the instant (or
-- day) that places them in it, tenant first.
CREATE INDEX service_request_registered_idx ON service_request (tenant_id, registered_at);
CREATE INDEX service_request_work_order_idx ON service_request (tenant_id, work_order_id) WHERE work_order_id IS NOT NULL;
CREATE INDEX work_order_checked_in_idx ON work_order (tenant_id, checked_in_at) WHERE checked_in_at IS NOT NULL;
CREATE INDEX work_order_event_filed_idx ON work_order_event (tenant_id, occurred_at) WHERE action = 'filed';
CREATE INDEX complaint_verified_idx ON complaint (tenant_id, decided_at) WHERE verified;
CREATE INDEX follow_up_completed_idx ON follow_up (tenant_id, completed_at) WHERE status = 'COMPLETED';
CREATE INDEX trip_last_day_idx ON trip (tenant_id, last_day) WHERE status = 'COMPLETED';
CREATE INDEX expense_claim_approved_idx ON expense_claim (tenant_id, approved_on) WHERE approved_on IS NOT NULL;
CREATE INDEX discipline_entry_occurred_idx ON discipline_entry (tenant_id, occurred_on) WHERE status = 'CONFIRMED';

-- Promises decided: met or breached, by the instant they were decided, on each object that holds a promise.
CREATE INDEX service_request_promise_met_idx ON service_request (tenant_id, promise_met_at) WHERE promise_status = 'MET';
CREATE INDEX service_request_promise_breached_idx ON service_request (tenant_id, promise_breached_at) WHERE promise_status = 'BREACHED';
CREATE INDEX work_order_promise_met_idx ON work_order (tenant_id, promise_met_at) WHERE promise_status = 'MET';
CREATE INDEX work_order_promise_breached_idx ON work_order (tenant_id, promise_breached_at) WHERE promise_status = 'BREACHED';
CREATE INDEX follow_up_promise_met_idx ON follow_up (tenant_id, promise_met_at) WHERE promise_status = 'MET';
CREATE INDEX follow_up_promise_breached_idx ON follow_up (tenant_id, promise_breached_at) WHERE promise_status = 'BREACHED';
CREATE INDEX objection_promise_met_idx ON objection (tenant_id, promise_met_at) WHERE promise_status = 'MET';
CREATE INDEX objection_promise_breached_idx ON objection (tenant_id, promise_breached_at) WHERE promise_status = 'BREACHED';
CREATE INDEX complaint_promise_met_idx ON complaint (tenant_id, promise_met_at) WHERE promise_status = 'MET';
CREATE INDEX complaint_promise_breached_idx ON complaint (tenant_id, promise_breached_at) WHERE promise_status = 'BREACHED';
