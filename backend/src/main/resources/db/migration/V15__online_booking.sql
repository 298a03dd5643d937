-- Online booking: the tracking link names a booking by a random code (at least 128 bits); only its SHA-256 is kept.
-- The code arrives without a tenant, so this lookup is a platform table (like tenant): it holds hashes and ids only,
-- never customer data, and every read of the booking itself happens as its tenant, behind both walls.
CREATE TABLE booking_tracking (
    code_hash          text        PRIMARY KEY,
    tenant_id          uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    service_request_id uuid        NOT NULL,
    created_at         timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, service_request_id) REFERENCES service_request (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX booking_tracking_request_idx ON booking_tracking (tenant_id, service_request_id);

-- The customer confirmed the appointment on the tracking page.
ALTER TABLE service_request ADD COLUMN customer_confirmed_at timestamptz;
