-- First-level administrative units of both countries with their validity: Viet Nam had 63 provinces until
-- 2025-06-30 and has 34 from 2025-07-01 (Resolution 202/2025/QH15), Laos has 18. Codes are reused across the
-- merger (new 44 Quảng Trị was old 44 Quảng Bình), so the natural key is country + code + valid_from; other
-- tables refer to the surrogate id. V16 loads the provinces and the merger map.

CREATE TABLE province (
    id         SERIAL       PRIMARY KEY,
    country    CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    code       VARCHAR(10)  NOT NULL,
    name_local VARCHAR(200) NOT NULL,
    -- name_local without "Tỉnh " / "Thành phố ": how people and the border-gate lists name it.
    short_name VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    capital    VARCHAR(200) NOT NULL,
    latitude   DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    valid_from DATE         NOT NULL,
    valid_to   DATE,
    source     TEXT         NOT NULL,
    UNIQUE (country, code, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX province_validity ON province (country, valid_from, valid_to);

-- Old (63) to new (34) Vietnamese provinces; every merger was of whole provinces.
CREATE TABLE province_merger (
    old_province_id        INT         PRIMARY KEY REFERENCES province (id),
    new_province_id        INT         NOT NULL REFERENCES province (id),
    effective_on           DATE        NOT NULL,
    merge_type             VARCHAR(20) NOT NULL,
    new_unit_is_merged     BOOLEAN     NOT NULL,
    -- The old province that hosts the new unit's political-administrative centre.
    centre_province_id     INT         NOT NULL REFERENCES province (id),
    source                 TEXT        NOT NULL
);
CREATE INDEX province_merger_new ON province_merger (new_province_id);
