-- The Vietnam–Laos Expo (issue 14): events with halls and meeting slots, free booths under a per-province quota
-- and a per-hall capacity, participants, B2B meeting requests and their scheduled slot and table, blocked slots,
-- "no thanks" pairs, schedule runs with what was proven, and the agreements signed at the fair. Enterprise ids
-- refer to the enterprise registry by value only (modules share no foreign keys).

CREATE TABLE expo_event (
    id                    BIGSERIAL PRIMARY KEY,
    name_en               VARCHAR(200) NOT NULL,
    name_vi               VARCHAR(200) NOT NULL,
    name_lo               VARCHAR(200) NOT NULL,
    city                  VARCHAR(100) NOT NULL,
    country               CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    slot_minutes          INT          NOT NULL CHECK (slot_minutes BETWEEN 15 AND 60),
    meeting_tables        INT          NOT NULL CHECK (meeting_tables BETWEEN 1 AND 2000),
    province_quota        INT          NOT NULL CHECK (province_quota BETWEEN 1 AND 1000),
    request_quota         INT          NOT NULL CHECK (request_quota BETWEEN 1 AND 500),
    requests_close_hours  INT          NOT NULL CHECK (requests_close_hours BETWEEN 0 AND 720),
    demo                  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by            VARCHAR(100) NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE expo_hall (
    id         BIGSERIAL PRIMARY KEY,
    event_id   BIGINT       NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    name       VARCHAR(100) NOT NULL,
    capacity   INT          NOT NULL CHECK (capacity BETWEEN 1 AND 2000),
    UNIQUE (event_id, position)
);

-- Slots numbered from 1 across the event's meeting days; a gap between two blocks of a day is a break.
CREATE TABLE expo_slot (
    event_id   BIGINT      NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    number     INT         NOT NULL,
    day        DATE        NOT NULL,
    starts_at  TIME        NOT NULL,
    ends_at    TIME        NOT NULL,
    PRIMARY KEY (event_id, number)
);

CREATE TABLE expo_booth (
    id             BIGSERIAL PRIMARY KEY,
    event_id       BIGINT       NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    enterprise_id  BIGINT       NOT NULL,
    country        CHAR(2)      NOT NULL,
    province_code  VARCHAR(10)  NOT NULL,
    status         VARCHAR(10)  NOT NULL CHECK (status IN ('APPLIED', 'APPROVED', 'DECLINED')),
    hall_id        BIGINT REFERENCES expo_hall (id),
    number         INT,
    reason         VARCHAR(500),
    applied_by     VARCHAR(100) NOT NULL,
    applied_at     TIMESTAMPTZ  NOT NULL,
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMPTZ,
    UNIQUE (event_id, enterprise_id),
    UNIQUE (hall_id, number),
    CHECK ((status = 'APPROVED') = (hall_id IS NOT NULL AND number IS NOT NULL))
);

CREATE TABLE expo_booth_product (
    booth_id  BIGINT      NOT NULL REFERENCES expo_booth (id) ON DELETE CASCADE,
    hs_code   VARCHAR(8)  NOT NULL,
    PRIMARY KEY (booth_id, hs_code)
);

-- Enterprises registered for the event, with a booth (added when the booth is approved) or as visitors.
CREATE TABLE expo_participant (
    event_id       BIGINT       NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    enterprise_id  BIGINT       NOT NULL,
    country        CHAR(2)      NOT NULL,
    province_code  VARCHAR(10)  NOT NULL,
    registered_by  VARCHAR(100) NOT NULL,
    registered_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (event_id, enterprise_id)
);

CREATE TABLE expo_blocked_slot (
    event_id       BIGINT NOT NULL,
    enterprise_id  BIGINT NOT NULL,
    slot_number    INT    NOT NULL,
    PRIMARY KEY (event_id, enterprise_id, slot_number),
    FOREIGN KEY (event_id, enterprise_id) REFERENCES expo_participant (event_id, enterprise_id) ON DELETE CASCADE,
    FOREIGN KEY (event_id, slot_number) REFERENCES expo_slot (event_id, number) ON DELETE CASCADE
);

-- A "no thanks" from either side forbids the pair for the event; stored with the smaller id first.
CREATE TABLE expo_no_thanks (
    event_id   BIGINT       NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    low_id     BIGINT       NOT NULL,
    high_id    BIGINT       NOT NULL,
    said_by    VARCHAR(100) NOT NULL,
    said_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (event_id, low_id, high_id),
    CHECK (low_id < high_id)
);

CREATE TABLE expo_meeting (
    id                  BIGSERIAL PRIMARY KEY,
    event_id            BIGINT        NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    from_enterprise_id  BIGINT        NOT NULL,
    to_enterprise_id    BIGINT        NOT NULL,
    score               NUMERIC(5, 4) NOT NULL,
    status              VARCHAR(10)   NOT NULL
        CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED')),
    message             VARCHAR(1000),
    answer              VARCHAR(1000),
    sent_by             VARCHAR(100)  NOT NULL,
    sent_at             TIMESTAMPTZ   NOT NULL,
    answered_by         VARCHAR(100),
    answered_at         TIMESTAMPTZ,
    slot_number         INT,
    table_number        INT,
    locked              BOOLEAN       NOT NULL DEFAULT FALSE,
    CHECK (from_enterprise_id <> to_enterprise_id),
    CHECK ((slot_number IS NULL) = (table_number IS NULL)),
    CHECK (slot_number IS NULL OR status = 'ACCEPTED'),
    FOREIGN KEY (event_id, slot_number) REFERENCES expo_slot (event_id, number)
);
-- One live (requested or accepted) meeting per unordered pair and event.
CREATE UNIQUE INDEX expo_meeting_live_pair ON expo_meeting (event_id, LEAST(from_enterprise_id, to_enterprise_id),
    GREATEST(from_enterprise_id, to_enterprise_id)) WHERE status IN ('REQUESTED', 'ACCEPTED');
-- The database keeps the three rules of a schedule too: one table once per slot.
CREATE UNIQUE INDEX expo_meeting_table_once ON expo_meeting (event_id, slot_number, table_number)
    WHERE slot_number IS NOT NULL;
CREATE INDEX expo_meeting_from ON expo_meeting (event_id, from_enterprise_id);
CREATE INDEX expo_meeting_to ON expo_meeting (event_id, to_enterprise_id);

CREATE TABLE expo_schedule_run (
    id              BIGSERIAL PRIMARY KEY,
    event_id        BIGINT       NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    run_by          VARCHAR(100) NOT NULL,
    run_at          TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    optimal         BOOLEAN      NOT NULL,
    method          VARCHAR(12)  NOT NULL,
    accepted        INT          NOT NULL,
    scheduled       INT          NOT NULL,
    weight_placed   BIGINT       NOT NULL,
    weight_bound    BIGINT       NOT NULL,
    slots_used      INT          NOT NULL,
    slot_lower_bound INT         NOT NULL,
    moved           INT          NOT NULL,
    millis          BIGINT       NOT NULL,
    -- [{"meetingId": 1, "reason": "NO_COMMON_SLOT"}, ...]
    unscheduled     JSONB        NOT NULL
);
CREATE INDEX expo_schedule_run_event ON expo_schedule_run (event_id, run_at DESC);

CREATE TABLE expo_agreement (
    id                BIGSERIAL PRIMARY KEY,
    event_id          BIGINT         NOT NULL REFERENCES expo_event (id) ON DELETE CASCADE,
    meeting_id        BIGINT REFERENCES expo_meeting (id),
    vn_enterprise_id  BIGINT         NOT NULL,
    la_enterprise_id  BIGINT         NOT NULL,
    kind              VARCHAR(10)    NOT NULL CHECK (kind IN ('CONTRACT', 'MOU')),
    hs_codes          TEXT[]         NOT NULL,
    amount            NUMERIC(20, 2),
    currency          CHAR(3),
    signed_on         DATE           NOT NULL,
    recorded_by       VARCHAR(100)   NOT NULL,
    recorded_at       TIMESTAMPTZ    NOT NULL,
    CHECK ((amount IS NULL) = (currency IS NULL))
);
CREATE INDEX expo_agreement_event ON expo_agreement (event_id);
