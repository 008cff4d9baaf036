-- Issue 13, smart-gate layer: a vehicle visit links a vehicle to its declarations and records timestamped
-- events (officer, app or plate camera) from arrival in the zone to gate-out, so that release times can be
-- measured the WCO Time Release Study way. One plate has at most one open visit (partial unique index).
-- A gate-in refused for want of an open pre-declaration is recorded as a refused event.

CREATE TABLE border_visit (
    id              BIGSERIAL    PRIMARY KEY,
    gate_pair_id    VARCHAR(20)  NOT NULL REFERENCES border_gate_pair (pair_id),
    -- The side of the pair where the vehicle is processed: the Vietnamese or the Lao gate.
    side            CHAR(2)      NOT NULL CHECK (side IN ('VN', 'LA')),
    plate           VARCHAR(20)  NOT NULL,
    vehicle_country CHAR(2)      NOT NULL,
    opened_by       VARCHAR(100) NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    closed_at       TIMESTAMPTZ,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX border_visit_one_open_per_plate ON border_visit (plate) WHERE closed_at IS NULL;
CREATE INDEX border_visit_gate ON border_visit (gate_pair_id, opened_at);

CREATE TABLE border_visit_declaration (
    visit_id       BIGINT NOT NULL REFERENCES border_visit (id) ON DELETE CASCADE,
    declaration_id BIGINT NOT NULL REFERENCES border_declaration (id),
    PRIMARY KEY (visit_id, declaration_id)
);

CREATE TABLE border_visit_event (
    id          BIGSERIAL    PRIMARY KEY,
    visit_id    BIGINT       NOT NULL REFERENCES border_visit (id) ON DELETE CASCADE,
    type        VARCHAR(20)  NOT NULL CHECK (type IN ('ARRIVED', 'PARKED', 'CALLED_TO_GATE', 'GATE_IN', 'CUSTOMS_START',
                    'INSPECTION_START', 'INSPECTION_END', 'RELEASED', 'GATE_OUT')),
    at          TIMESTAMPTZ  NOT NULL,
    source      VARCHAR(7)   NOT NULL CHECK (source IN ('OFFICER', 'APP', 'CAMERA')),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    -- The error code of a refused event (BRD-013: gate-in without an open pre-declaration), NULL when accepted.
    refused     VARCHAR(10)
);
CREATE INDEX border_visit_event_visit ON border_visit_event (visit_id, type, at);
