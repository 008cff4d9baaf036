-- Issue 13, border residents' allowance (Decision 52/2015/QD-TTg): residents of border communes buy goods on
-- the permitted list at border markets, tax-free up to a daily cap on a limited number of days a month. The
-- ledger keeps each purchase's exempt part, taxable excess and the reason for any excess; the cap and the day
-- count are effective-dated rows of border_parameter (V250). The permitted list is held as HS prefixes an
-- administrator maintains: the MoIT list itself is not shipped (no machine-readable source was found).

CREATE TABLE border_resident (
    id              BIGSERIAL    PRIMARY KEY,
    full_name       VARCHAR(200) NOT NULL,
    id_document     VARCHAR(50)  NOT NULL,
    nationality     CHAR(2)      NOT NULL,
    commune         VARCHAR(200) NOT NULL,
    -- Normally resident in a border commune (checked by the registering officer against residence papers).
    border_resident BOOLEAN      NOT NULL,
    gate_pair_id    VARCHAR(20)  NOT NULL REFERENCES border_gate_pair (pair_id),
    registered_by   VARCHAR(100) NOT NULL,
    registered_at   TIMESTAMPTZ  NOT NULL,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (nationality, id_document)
);

CREATE TABLE border_permitted_good (
    hs_prefix VARCHAR(8)   PRIMARY KEY CHECK (hs_prefix ~ '^[0-9]{2,8}$'),
    note      VARCHAR(300) NOT NULL,
    demo      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE border_resident_purchase (
    id            BIGSERIAL    PRIMARY KEY,
    resident_id   BIGINT       NOT NULL REFERENCES border_resident (id),
    purchase_date DATE         NOT NULL,
    gate_pair_id  VARCHAR(20)  NOT NULL REFERENCES border_gate_pair (pair_id),
    hs_codes      VARCHAR(8)[] NOT NULL,
    value_vnd     NUMERIC(20, 0) NOT NULL CHECK (value_vnd > 0),
    exempt_vnd    NUMERIC(20, 0) NOT NULL CHECK (exempt_vnd >= 0),
    taxable_vnd   NUMERIC(20, 0) NOT NULL CHECK (taxable_vnd >= 0),
    reason        VARCHAR(25)  CHECK (reason IN ('MONTHLY_LIMIT_REACHED', 'NOT_BORDER_RESIDENT', 'GOODS_NOT_ON_LIST',
                      'DAILY_LIMIT_EXCEEDED')),
    cap_vnd       NUMERIC(20, 0) NOT NULL,
    days_allowed  INT          NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    CHECK (exempt_vnd + taxable_vnd = value_vnd)
);
CREATE INDEX border_resident_purchase_month ON border_resident_purchase (resident_id, purchase_date);
