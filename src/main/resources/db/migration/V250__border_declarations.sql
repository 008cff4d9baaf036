-- Issue 13, smart border gate: pre-arrival declarations lodged by an enterprise (or a border officer for it),
-- their items, the guarded status machine's full history (who, when), the selectivity rules and random rates
-- that assign a risk channel (each assignment keeps the rule or draw that decided it), traders blocked from
-- registration (e.g. tax overdue > 90 days, VNACCS) and the effective-dated parameters of the border rules.
-- The client's idempotency key lives on the declaration itself, unique per trader and never expiring, because
-- the same key must return the same declaration for ever (decision 0025).

CREATE TABLE border_declaration (
    id               BIGSERIAL    PRIMARY KEY,
    trader_id        BIGINT       NOT NULL REFERENCES enterprise (id),
    client_key       VARCHAR(200) NOT NULL,
    -- SHA-256 of the lodged content: the same key with other content is refused (IDM-001).
    request_hash     CHAR(64)     NOT NULL,
    gate_pair_id     VARCHAR(20)  NOT NULL REFERENCES border_gate_pair (pair_id),
    direction        VARCHAR(7)   NOT NULL CHECK (direction IN ('EXPORT', 'IMPORT', 'TRANSIT')),
    vehicle_plate    VARCHAR(20)  NOT NULL,
    vehicle_country  CHAR(2)      NOT NULL,
    driver_name      VARCHAR(200) NOT NULL,
    driver_document  VARCHAR(50)  NOT NULL,
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('STORED', 'REGISTERED', 'CHANNEL_ASSIGNED',
                         'DOCUMENT_CHECK', 'PHYSICAL_INSPECTION', 'INSPECTED', 'RELEASED', 'EXITED', 'CANCELLED')),
    channel          VARCHAR(6)   CHECK (channel IN ('GREEN', 'BLUE', 'YELLOW', 'RED')),
    -- RULE (a selectivity rule), RANDOM (the draw), DEFAULT (nothing selected it), REROUTE (untouched YELLOW).
    channel_basis    VARCHAR(7)   CHECK (channel_basis IN ('RULE', 'RANDOM', 'DEFAULT', 'REROUTE')),
    channel_rule_id  BIGINT,
    -- The rule's name when it decided (rules may be renamed later), or NULL.
    channel_reason   VARCHAR(300),
    -- The random draw in [0, 1) and the seed it came from: the same seed and id give the same draw.
    channel_draw     NUMERIC(12, 10),
    channel_seed     BIGINT,
    channel_at       TIMESTAMPTZ,
    lodged_by        VARCHAR(100) NOT NULL,
    lodged_at        TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    demo             BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (trader_id, client_key)
);
CREATE INDEX border_declaration_gate_status ON border_declaration (gate_pair_id, status, lodged_at);
CREATE INDEX border_declaration_plate ON border_declaration (vehicle_plate, gate_pair_id, status);
CREATE INDEX border_declaration_trader ON border_declaration (trader_id, lodged_at);

CREATE TABLE border_declaration_item (
    declaration_id   BIGINT         NOT NULL REFERENCES border_declaration (id) ON DELETE CASCADE,
    line_no          INT            NOT NULL CHECK (line_no > 0),
    hs_code          VARCHAR(8)     NOT NULL CHECK (hs_code ~ '^[0-9]{6}([0-9]{2})?$'),
    description      VARCHAR(500)   NOT NULL,
    quantity         NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    unit             VARCHAR(10)    NOT NULL,
    value_amount     NUMERIC(20, 2) NOT NULL CHECK (value_amount >= 0),
    value_currency   CHAR(3)        NOT NULL,
    origin_country   CHAR(2)        NOT NULL,
    -- Certificate of origin form (S: Viet Nam–Laos border trade, D: ATIGA...), NULL when none is attached.
    co_form          VARCHAR(10),
    -- VN_LA_BORDER_TRADE_0: 0 % under the 2015 Viet Nam–Laos Border Trade Agreement (Form S, VN or LA origin).
    preference       VARCHAR(30),
    PRIMARY KEY (declaration_id, line_no)
);

CREATE TABLE border_declaration_history (
    declaration_id BIGINT       NOT NULL REFERENCES border_declaration (id) ON DELETE CASCADE,
    seq            INT          NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)  NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    at             TIMESTAMPTZ  NOT NULL,
    note           VARCHAR(300),
    PRIMARY KEY (declaration_id, seq)
);

-- Selectivity criteria (ASYCUDA MODSEL style): every criterion a rule sets must hold; a rule forces its channel.
CREATE TABLE border_selectivity_rule (
    id                 BIGSERIAL      PRIMARY KEY,
    name               VARCHAR(200)   NOT NULL,
    channel            VARCHAR(6)     NOT NULL CHECK (channel IN ('GREEN', 'BLUE', 'YELLOW', 'RED')),
    hs_prefix          VARCHAR(8)     CHECK (hs_prefix ~ '^[0-9]{2,8}$'),
    origin_country     CHAR(2),
    trader_id          BIGINT         REFERENCES enterprise (id),
    -- Trader history: the rule holds for a trader with fewer earlier released declarations than this.
    max_prior_releases INT            CHECK (max_prior_releases > 0),
    value_threshold    NUMERIC(20, 2) CHECK (value_threshold >= 0),
    value_currency     CHAR(3),
    gate_pair_id       VARCHAR(20)    REFERENCES border_gate_pair (pair_id),
    direction          VARCHAR(7)     CHECK (direction IN ('EXPORT', 'IMPORT', 'TRANSIT')),
    active             BOOLEAN        NOT NULL DEFAULT TRUE,
    demo               BOOLEAN        NOT NULL DEFAULT FALSE,
    CHECK ((value_threshold IS NULL) = (value_currency IS NULL))
);

-- Traders refused at registration, with the reason shown to them (VNACCS: tax overdue > 90 days, suspended...).
CREATE TABLE border_trader_block (
    trader_id  BIGINT       NOT NULL REFERENCES enterprise (id),
    reason     VARCHAR(30)  NOT NULL CHECK (reason IN ('TAX_OVERDUE_90_DAYS', 'SUSPENDED', 'DISSOLVED', 'BANKRUPT')),
    since      DATE         NOT NULL,
    lifted_on  DATE,
    demo       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (trader_id, reason, since)
);

-- Effective-dated parameters: a value with a future effective date applies from that date only.
CREATE TABLE border_parameter (
    name           VARCHAR(60)    NOT NULL,
    effective_from DATE           NOT NULL,
    value          NUMERIC(20, 4) NOT NULL,
    set_by         VARCHAR(100)   NOT NULL,
    set_at         TIMESTAMPTZ    NOT NULL,
    source         VARCHAR(300)   NOT NULL,
    PRIMARY KEY (name, effective_from)
);

INSERT INTO border_parameter (name, effective_from, value, set_by, set_at, source) VALUES
    ('random.red.rate', DATE '2000-01-01', 0.02, 'flyway', now(), 'unconfirmed: no published rate; ASYCUDA MODSEL random selection, configurable'),
    ('random.yellow.rate', DATE '2000-01-01', 0.08, 'flyway', now(), 'unconfirmed: no published rate; ASYCUDA MODSEL random selection, configurable'),
    ('yellow.reroute.hours', DATE '2000-01-01', 48, 'flyway', now(), 'unconfirmed: ASYCUDA optional auto re-route of Yellow to Blue after N days'),
    ('resident.daily.allowance.vnd', DATE '2000-01-01', 2000000, 'flyway', now(), 'Decision 52/2015/QD-TTg: VND 2,000,000 per person per day; in force today, date of effect as loaded unconfirmed'),
    ('resident.days.per.month', DATE '2000-01-01', 4, 'flyway', now(), 'Decision 52/2015/QD-TTg: at most 4 times a month (days or trips unconfirmed; read as days)');
