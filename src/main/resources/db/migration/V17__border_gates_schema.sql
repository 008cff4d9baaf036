-- The Vietnam–Laos border-gate pairs (2016 agreement, Decision 1201/QD-TTg, provincial plans) with both gate
-- names, the provinces on each side, the normalised type and one point per side with its precision class;
-- and the border provinces of both countries. Vietnamese provinces are kept as they were listed before and
-- after the 2025 merger so that a gate resolves to the right province for any date. V18 loads them.

CREATE TABLE border_gate_pair (
    pair_id                    VARCHAR(20)  PRIMARY KEY,
    vn_gate                    VARCHAR(200) NOT NULL,
    lao_gate                   VARCHAR(200) NOT NULL,
    vn_province_before_id      INT          NOT NULL REFERENCES province (id),
    vn_province_after_id       INT          NOT NULL REFERENCES province (id),
    -- NULL where the sources do not confirm the Lao province (VL-SEC-12).
    lao_province_id            INT          REFERENCES province (id),
    vn_province_before_text    VARCHAR(200) NOT NULL,
    vn_province_after_text     VARCHAR(200) NOT NULL,
    lao_province_text          VARCHAR(200) NOT NULL,
    vn_district_before_text    VARCHAR(200),
    type                       VARCHAR(15)  NOT NULL CHECK (type IN ('international', 'main', 'secondary', 'planned')),
    -- TRUE where the source marks the type as unconfirmed or conflicting.
    type_uncertain             BOOLEAN      NOT NULL,
    type_text                  TEXT         NOT NULL,
    type_2016_text             TEXT         NOT NULL,
    status_notes               TEXT,
    vn_latitude                DOUBLE PRECISION,
    vn_longitude               DOUBLE PRECISION,
    vn_precision               VARCHAR(10)  NOT NULL CHECK (vn_precision IN ('exact', 'town', 'district', 'none')),
    vn_place                   TEXT,
    vn_border_distance_km      NUMERIC(6, 1),
    lao_latitude               DOUBLE PRECISION,
    lao_longitude              DOUBLE PRECISION,
    lao_precision              VARCHAR(10)  NOT NULL CHECK (lao_precision IN ('exact', 'town', 'district', 'none')),
    lao_place                  TEXT,
    lao_border_distance_km     NUMERIC(6, 1),
    coordinate_source          TEXT         NOT NULL,
    -- " | "-separated list of the sources for the row's facts.
    sources                    TEXT         NOT NULL,
    CHECK ((vn_precision = 'none') = (vn_latitude IS NULL) AND (vn_latitude IS NULL) = (vn_longitude IS NULL)),
    CHECK ((lao_precision = 'none') = (lao_latitude IS NULL) AND (lao_latitude IS NULL) = (lao_longitude IS NULL))
);

CREATE TABLE border_province (
    id                     SERIAL       PRIMARY KEY,
    country                CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    province_before_id     INT          NOT NULL REFERENCES province (id),
    province_after_id      INT          NOT NULL REFERENCES province (id),
    merger_note            VARCHAR(200) NOT NULL,
    facing_lao_provinces   TEXT,
    source                 TEXT         NOT NULL,
    UNIQUE (province_before_id)
);
