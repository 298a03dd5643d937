-- Outsourced installation (外包安装): partners, their agreements, the work orders assigned to them and their
-- settlement statements. Amounts are numeric(12,2); percentages numeric(5,2) copied onto the agreement so a later
-- settings change does not alter an existing agreement.
CREATE TABLE partner (
    tenant_id            uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                   uuid        NOT NULL,
    name                 text        NOT NULL,
    contacts             jsonb       NOT NULL DEFAULT '[]'::jsonb,
    bank_account_name    text,
    bank_name            text,
    bank_account_number  text,
    created_at           timestamptz NOT NULL,
    created_by           text        NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name)
);

-- A staff user with the role partner works for at most one partner.
CREATE TABLE partner_staff (
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid        NOT NULL,
    partner_id     uuid        NOT NULL,
    staff_user_id  uuid        NOT NULL,
    linked_at      timestamptz NOT NULL,
    linked_by      text        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, staff_user_id),
    FOREIGN KEY (tenant_id, partner_id) REFERENCES partner (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX partner_staff_partner_idx ON partner_staff (tenant_id, partner_id);

CREATE TABLE partner_agreement (
    tenant_id                        uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                               uuid          NOT NULL,
    partner_id                       uuid          NOT NULL,
    fee_per_unit                     numeric(12,2) NOT NULL CHECK (fee_per_unit >= 0),
    daily_quota                      integer       NOT NULL CHECK (daily_quota >= 0),
    first_day                        date          NOT NULL,
    last_day                         date          NOT NULL,
    delay_deduction_percent_per_day  numeric(5,2)  NOT NULL CHECK (delay_deduction_percent_per_day BETWEEN 0 AND 100),
    complaint_deduction_percent      numeric(5,2)  NOT NULL CHECK (complaint_deduction_percent BETWEEN 0 AND 100),
    technical_standard               text,
    created_at                       timestamptz   NOT NULL,
    created_by                       text          NOT NULL,
    version                          integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (last_day >= first_day),
    FOREIGN KEY (tenant_id, partner_id) REFERENCES partner (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX partner_agreement_partner_idx ON partner_agreement (tenant_id, partner_id, first_day);

CREATE TABLE partner_statement (
    tenant_id            uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                   uuid          NOT NULL,
    number               text          NOT NULL,
    partner_id           uuid          NOT NULL,
    period_from          date          NOT NULL,
    period_to            date          NOT NULL,
    status               text          NOT NULL CHECK (status IN ('DRAFT', 'CONFIRMED', 'PAID')),
    units                integer       NOT NULL,
    gross                numeric(12,2) NOT NULL,
    delay_days           integer       NOT NULL,
    delay_deduction      numeric(12,2) NOT NULL,
    complaints           integer       NOT NULL,
    complaint_deduction  numeric(12,2) NOT NULL,
    damage_deduction     numeric(12,2) NOT NULL,
    net                  numeric(12,2) NOT NULL,
    created_at           timestamptz   NOT NULL,
    created_by           text          NOT NULL,
    computed_at          timestamptz   NOT NULL,
    confirmed_at         timestamptz,
    confirmed_by         text,
    paid_at              timestamptz,
    paid_by              text,
    version              integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number),
    CHECK (period_to >= period_from),
    FOREIGN KEY (tenant_id, partner_id) REFERENCES partner (tenant_id, id)
);
CREATE INDEX partner_statement_partner_idx ON partner_statement (tenant_id, partner_id, id);

-- A work order given to a partner. statement_id is set when a statement with it is confirmed: from then on its units
-- are settled and no other statement counts them.
CREATE TABLE partner_order (
    tenant_id      uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             uuid          NOT NULL,
    work_order_id  uuid          NOT NULL,
    partner_id     uuid          NOT NULL,
    agreement_id   uuid          NOT NULL,
    units          integer       NOT NULL DEFAULT 1 CHECK (units >= 1),
    due_date       date          NOT NULL,
    assigned_at    timestamptz   NOT NULL,
    assigned_by    text          NOT NULL,
    accepted_at    timestamptz,
    accepted_by    text,
    damage_amount  numeric(12,2) CHECK (damage_amount IS NULL OR damage_amount >= 0),
    damage_note    text,
    statement_id   uuid,
    version        integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, work_order_id),
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id),
    FOREIGN KEY (tenant_id, partner_id) REFERENCES partner (tenant_id, id),
    FOREIGN KEY (tenant_id, agreement_id) REFERENCES partner_agreement (tenant_id, id),
    FOREIGN KEY (tenant_id, statement_id) REFERENCES partner_statement (tenant_id, id)
);
CREATE INDEX partner_order_partner_idx ON partner_order (tenant_id, partner_id, id);

-- One line per counted order, with the terms used, so a statement reads the same after agreements or settings change.
CREATE TABLE partner_statement_line (
    tenant_id                        uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                               uuid          NOT NULL,
    statement_id                     uuid          NOT NULL,
    partner_order_id                 uuid          NOT NULL,
    work_order_id                    uuid          NOT NULL,
    work_order_number                text          NOT NULL,
    agreement_id                     uuid          NOT NULL,
    units                            integer       NOT NULL,
    fee_per_unit                     numeric(12,2) NOT NULL,
    amount                           numeric(12,2) NOT NULL,
    due_date                         date          NOT NULL,
    work_done_on                     date          NOT NULL,
    days_late                        integer       NOT NULL,
    complaints                       integer       NOT NULL,
    damage_amount                    numeric(12,2) NOT NULL,
    delay_deduction_percent_per_day  numeric(5,2)  NOT NULL,
    complaint_deduction_percent      numeric(5,2)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, statement_id, partner_order_id),
    FOREIGN KEY (tenant_id, statement_id) REFERENCES partner_statement (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, partner_order_id) REFERENCES partner_order (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['partner', 'partner_staff', 'partner_agreement', 'partner_statement', 'partner_order', 'partner_statement_line'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END $$;
