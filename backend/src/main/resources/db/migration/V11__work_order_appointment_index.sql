-- The dispatch board and calendar list a tenant's orders by appointment window.
CREATE INDEX work_order_appointment_idx ON work_order (tenant_id, appointment_start, appointment_end);
