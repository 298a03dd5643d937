-- Service requests (客户来电/来函/来人/网络/API) and the links of work orders to master data.

CREATE TABLE service_request (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    number          text        NOT NULL,
    channel         text        NOT NULL,
    customer_id     uuid        NOT NULL,
    asset_id        uuid,
    category        text        NOT NULL,
    description     text        NOT NULL,
    status          text        NOT NULL,
    resolution      text,
    dismiss_reason  text,
    work_order_id   uuid,
    registered_at   timestamptz NOT NULL,
    registered_by   text        NOT NULL,
    closed_at       timestamptz,
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES asset (tenant_id, id),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id)
);
CREATE INDEX service_request_status_idx ON service_request (tenant_id, status, id);
CREATE INDEX service_request_customer_idx ON service_request (tenant_id, customer_id, id);

ALTER TABLE service_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_request FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service_request
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- A work order's customer, site (which must be that customer's) and service point exist in its tenant.
ALTER TABLE work_order ADD CONSTRAINT work_order_customer_fk
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id);
ALTER TABLE work_order ADD CONSTRAINT work_order_site_fk
    FOREIGN KEY (tenant_id, customer_id, site_id) REFERENCES customer_site (tenant_id, customer_id, id);
ALTER TABLE work_order ADD CONSTRAINT work_order_service_point_fk
    FOREIGN KEY (tenant_id, service_point_id) REFERENCES service_point (tenant_id, id);
