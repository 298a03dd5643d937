-- Attendance (考勤): office staff clock in and out; field days come from work orders, leave from leave requests.
CREATE TABLE attendance_clock (
    tenant_id      uuid             NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid             NOT NULL,
    person_id      uuid             NOT NULL,
    day            date             NOT NULL,
    clock_in_at    timestamptz      NOT NULL,
    clock_out_at   timestamptz,
    in_latitude    double precision,
    in_longitude   double precision,
    in_place       text,
    out_latitude   double precision,
    out_longitude  double precision,
    out_place      text,
    version        integer          NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES staff_user (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX attendance_clock_open_idx ON attendance_clock (tenant_id, person_id) WHERE clock_out_at IS NULL;
CREATE INDEX attendance_clock_day_idx ON attendance_clock (tenant_id, day, person_id);

-- Trips (出差): installers sent to a destination for linked work orders. The allowance rates are copied from the
-- tenant's settings when the trip is created, so a later change of the settings leaves the trip's amounts alone.
CREATE TABLE trip (
    tenant_id          uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                 uuid          NOT NULL,
    number             text          NOT NULL,
    destination        text          NOT NULL,
    first_day          date          NOT NULL,
    last_day           date          NOT NULL CHECK (last_day >= first_day),
    purpose            text          NOT NULL,
    status             text          NOT NULL,
    service_point_id   uuid,
    work_order_ids     uuid[]        NOT NULL,
    lodging_cap_per_day numeric(12,2) NOT NULL,
    meal_allowance     numeric(12,2) NOT NULL,
    meals_per_day      integer       NOT NULL,
    completed_at       timestamptz,
    cancelled_at       timestamptz,
    cancel_reason      text,
    pay_month          date,
    original_month     date,
    created_at         timestamptz   NOT NULL,
    created_by         text          NOT NULL,
    version            integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, service_point_id) REFERENCES service_point (tenant_id, id)
);
CREATE INDEX trip_status_idx ON trip (tenant_id, status, id);
CREATE INDEX trip_pay_month_idx ON trip (tenant_id, pay_month) WHERE status = 'COMPLETED';

-- One allowance line per person on a trip: the amounts computed with the trip's stored rates.
CREATE TABLE trip_allowance (
    tenant_id        uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id               uuid          NOT NULL,
    trip_id          uuid          NOT NULL,
    person_id        uuid          NOT NULL,
    days             integer       NOT NULL,
    nights           integer       NOT NULL,
    meals            numeric(12,2) NOT NULL,
    lodging_claimed  numeric(12,2) NOT NULL DEFAULT 0,
    lodging_nights   integer       NOT NULL DEFAULT 0,
    lodging          numeric(12,2) NOT NULL,
    lodging_above_cap boolean      NOT NULL DEFAULT false,
    total            numeric(12,2) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, trip_id, person_id),
    FOREIGN KEY (tenant_id, trip_id) REFERENCES trip (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, person_id) REFERENCES installer (tenant_id, id)
);
CREATE INDEX trip_allowance_person_idx ON trip_allowance (tenant_id, person_id, trip_id);

-- Expense claims (报销) with receipts, for a trip.
CREATE TABLE expense_claim (
    tenant_id        uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id               uuid          NOT NULL,
    number           text          NOT NULL,
    trip_id          uuid          NOT NULL,
    person_id        uuid          NOT NULL,
    status           text          NOT NULL,
    total            numeric(12,2) NOT NULL,
    reimbursed       numeric(12,2),
    submitted_at     timestamptz   NOT NULL,
    submitted_by     text          NOT NULL,
    decided_at       timestamptz,
    decided_by       text,
    decision_reason  text,
    approved_on      date,
    pay_month        date,
    original_month   date,
    paid_at          timestamptz,
    paid_by          text,
    version          integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, trip_id) REFERENCES trip (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES installer (tenant_id, id)
);
CREATE INDEX expense_claim_status_idx ON expense_claim (tenant_id, status, id);
CREATE INDEX expense_claim_person_idx ON expense_claim (tenant_id, person_id, id);
CREATE INDEX expense_claim_pay_month_idx ON expense_claim (tenant_id, pay_month) WHERE pay_month IS NOT NULL;

CREATE TABLE expense_receipt (
    tenant_id            uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                   uuid          NOT NULL,
    claim_id             uuid          NOT NULL,
    position             integer       NOT NULL,
    category             text          NOT NULL,
    amount               numeric(12,2) NOT NULL CHECK (amount > 0),
    day                  date          NOT NULL,
    place                text          NOT NULL,
    receipt_number       text          NOT NULL,
    attachment_id        uuid,
    override_reason      text,
    overridden_by        text,
    duplicate_of         text,
    above_cap            boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, claim_id, position),
    FOREIGN KEY (tenant_id, claim_id) REFERENCES expense_claim (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachment (tenant_id, id)
);
CREATE INDEX expense_receipt_number_idx ON expense_receipt (tenant_id, receipt_number);

-- Secondments (借调): installers lent by one service point to another; the charge per day and person is copied from
-- the settings at creation. Work orders are never deleted (only cancelled), so their ids in trip.work_order_ids stay valid.
CREATE TABLE secondment (
    tenant_id             uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                    uuid          NOT NULL,
    number                text          NOT NULL,
    lending_point_id      uuid          NOT NULL,
    borrowing_point_id    uuid          NOT NULL,
    first_day             date          NOT NULL,
    last_day              date          NOT NULL CHECK (last_day >= first_day),
    status                text          NOT NULL,
    person_ids            uuid[]        NOT NULL CHECK (cardinality(person_ids) >= 1),
    charge_per_day        numeric(12,2) NOT NULL,
    charge                numeric(12,2) NOT NULL,
    note                  text,
    created_at            timestamptz   NOT NULL,
    created_by            text          NOT NULL,
    version               integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    CHECK (lending_point_id <> borrowing_point_id),
    FOREIGN KEY (tenant_id, lending_point_id) REFERENCES service_point (tenant_id, id),
    FOREIGN KEY (tenant_id, borrowing_point_id) REFERENCES service_point (tenant_id, id)
);
CREATE INDEX secondment_status_idx ON secondment (tenant_id, status, id);
CREATE INDEX secondment_days_idx ON secondment (tenant_id, first_day, last_day);


DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['attendance_clock', 'trip', 'trip_allowance', 'expense_claim', 'expense_receipt',
                             'secondment'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END $$;
