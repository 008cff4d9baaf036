-- Issue 13, transit of Lao goods through Viet Nam to its seaports (or out through another gate), modelled on
-- ACTS (AFAFGIT Protocol 7) and NCTS/ASYCUDA MODTRS: a movement from an office of departure (an international
-- gate pair) through offices of transit to an office of destination (an international gate pair or a seaport),
-- under seals and a guarantee sized on the highest duty/tax exposure among the countries crossed. Rules and
-- sources: docs/border-transit-rules.md (copied from the shared domain note) and decision 0034.

-- Seaports that may be an office of destination. Their codes share the officers' office list
-- (user_border_gate.gate_pair_id) with the gate pairs, so that a port's customs officers act at their port.
CREATE TABLE border_seaport (
    code      VARCHAR(20)  PRIMARY KEY CHECK (code ~ '^SEA-[A-Z0-9-]{2,16}$'),
    name_en   VARCHAR(200) NOT NULL,
    name_vi   VARCHAR(200) NOT NULL,
    name_lo   VARCHAR(200) NOT NULL,
    province  VARCHAR(200) NOT NULL,
    source    VARCHAR(300) NOT NULL
);
INSERT INTO border_seaport (code, name_en, name_vi, name_lo, province, source) VALUES
    ('SEA-VUNG-ANG', 'Vung Ang port', 'Cảng Vũng Áng', 'ທ່າເຮືອ ວຸງອາງ', 'Hà Tĩnh',
     'Nation Thailand, https://www.nationthailand.com/business/30309819 (Lao goods 18-20 % of its throughput)');

-- Guarantees lodged by a principal: SINGLE covers one movement, MULTIPLE has a balance reserved at release and
-- restored on discharge (ACTS guarantee, https://acts.asean.org/traders-guide/guarantee).
CREATE TABLE border_guarantee (
    id           BIGSERIAL      PRIMARY KEY,
    trader_id    BIGINT         NOT NULL REFERENCES enterprise (id),
    journey      VARCHAR(8)     NOT NULL CHECK (journey IN ('SINGLE', 'MULTIPLE')),
    reference    VARCHAR(100)   NOT NULL,
    amount       NUMERIC(20, 2) NOT NULL CHECK (amount > 0),
    currency     CHAR(3)        NOT NULL,
    balance      NUMERIC(20, 2) NOT NULL CHECK (balance >= 0 AND balance <= amount),
    -- What was taken from the guarantee for movements never discharged (recovery).
    recovered    NUMERIC(20, 2) NOT NULL DEFAULT 0 CHECK (recovered >= 0),
    lodged_by    VARCHAR(100)   NOT NULL,
    lodged_at    TIMESTAMPTZ    NOT NULL,
    demo         BOOLEAN        NOT NULL DEFAULT FALSE,
    UNIQUE (trader_id, reference)
);

CREATE TABLE border_transit (
    id                  BIGSERIAL      PRIMARY KEY,
    trader_id           BIGINT         NOT NULL REFERENCES enterprise (id),
    departure_office    VARCHAR(20)    NOT NULL REFERENCES border_gate_pair (pair_id),
    transit_offices     VARCHAR(20)[]  NOT NULL,
    -- A gate pair id or a border_seaport code.
    destination_office  VARCHAR(20)    NOT NULL,
    vehicle_plate       VARCHAR(20)    NOT NULL,
    vehicle_country     CHAR(2)        NOT NULL,
    currency            CHAR(3)        NOT NULL,
    -- The highest of the duty/tax exposures (border_transit_exposure): what the guarantee must cover.
    guarantee_required  NUMERIC(20, 2) NOT NULL CHECK (guarantee_required >= 0),
    guarantee_id        BIGINT         NOT NULL REFERENCES border_guarantee (id),
    -- What was reserved on the guarantee at release (NULL before, 0 after discharge restored it).
    reserved            NUMERIC(20, 2),
    status              VARCHAR(20)    NOT NULL CHECK (status IN ('DECLARED', 'RELEASED', 'ARRIVED', 'DISCREPANCY',
                            'DISCHARGED', 'OVERDUE', 'ENQUIRY', 'RECOVERED', 'CANCELLED')),
    time_limit_hours    INT,
    released_at         TIMESTAMPTZ,
    deadline            TIMESTAMPTZ,
    arrived_at          TIMESTAMPTZ,
    late                BOOLEAN        NOT NULL DEFAULT FALSE,
    late_reason         VARCHAR(500),
    overdue_at          TIMESTAMPTZ,
    enquiry_at          TIMESTAMPTZ,
    recovered_at        TIMESTAMPTZ,
    recovered_amount    NUMERIC(20, 2),
    lodged_by           VARCHAR(100)   NOT NULL,
    lodged_at           TIMESTAMPTZ    NOT NULL,
    updated_at          TIMESTAMPTZ    NOT NULL,
    demo                BOOLEAN        NOT NULL DEFAULT FALSE
);
CREATE INDEX border_transit_status ON border_transit (status, deadline);
CREATE INDEX border_transit_trader ON border_transit (trader_id, lodged_at);
CREATE INDEX border_transit_guarantee ON border_transit (guarantee_id);

CREATE TABLE border_transit_item (
    transit_id   BIGINT         NOT NULL REFERENCES border_transit (id) ON DELETE CASCADE,
    line_no      INT            NOT NULL CHECK (line_no > 0),
    hs_code      VARCHAR(8)     NOT NULL CHECK (hs_code ~ '^[0-9]{6}([0-9]{2})?$'),
    description  VARCHAR(500)   NOT NULL,
    quantity     NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    unit         VARCHAR(10)    NOT NULL,
    value_amount NUMERIC(20, 2) NOT NULL CHECK (value_amount >= 0),
    PRIMARY KEY (transit_id, line_no)
);

-- The duty/tax the goods would owe in each country crossed, in the movement's currency.
CREATE TABLE border_transit_exposure (
    transit_id BIGINT         NOT NULL REFERENCES border_transit (id) ON DELETE CASCADE,
    country    CHAR(2)        NOT NULL,
    amount     NUMERIC(20, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (transit_id, country)
);

CREATE TABLE border_transit_seal (
    transit_id BIGINT      NOT NULL REFERENCES border_transit (id) ON DELETE CASCADE,
    seal_id    VARCHAR(50) NOT NULL,
    -- NULL until arrival, then whether the office of destination found it intact.
    intact     BOOLEAN,
    PRIMARY KEY (transit_id, seal_id)
);

CREATE TABLE border_transit_history (
    transit_id  BIGINT       NOT NULL REFERENCES border_transit (id) ON DELETE CASCADE,
    seq         INT          NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    note        VARCHAR(600),
    PRIMARY KEY (transit_id, seq)
);

INSERT INTO border_parameter (name, effective_from, value, set_by, set_at, source) VALUES
    ('transit.time.limit.hours', DATE '2000-01-01', 72, 'flyway', now(), 'unconfirmed: no published ACTS or Vietnamese time limit; set by the office of departure (COMCEC, Improving Customs Transit Systems, p. 216)'),
    ('transit.enquiry.days', DATE '2000-01-01', 7, 'flyway', now(), 'unconfirmed: no published enquiry period; NCTS-style overdue then enquiry (HMRC CTC Traders Phase 5)'),
    ('transit.recovery.days', DATE '2000-01-01', 28, 'flyway', now(), 'unconfirmed: no published recovery period; NCTS-style enquiry then recovery from the guarantee');
