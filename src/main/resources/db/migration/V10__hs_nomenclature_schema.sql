-- The HS 2022 nomenclature every module classifies goods by: sections, chapters (2 digits), headings (4),
-- subheadings (6) and Vietnam's 8-digit national tariff lines, with English and Vietnamese descriptions and
-- the HS 2022 -> HS 2017 correspondence (older trade statistics are coded in HS 2017). V11 and V12 load them.
-- pg_trgm indexes the accent-folded descriptions so that substring search ("ca phe" in "cà phê") stays fast.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE hs_section (
    number         VARCHAR(5) PRIMARY KEY,
    position       SMALLINT   NOT NULL UNIQUE,
    description_en TEXT       NOT NULL
);

CREATE TABLE hs_code (
    code           VARCHAR(8) COLLATE "C" PRIMARY KEY CHECK (code ~ '^[0-9]+$'),
    level          SMALLINT   NOT NULL CHECK (level IN (2, 4, 6, 8)),
    parent         VARCHAR(8) COLLATE "C" REFERENCES hs_code (code),
    section        VARCHAR(5) REFERENCES hs_section (number),
    -- Level 8 lines belong to Vietnam's tariff (AHTN 2022 based), not to the international HS.
    national       BOOLEAN    NOT NULL,
    description_en TEXT,
    -- Vietnamese text without the tariff's leading indentation dashes and trailing colon; vi_indent keeps
    -- the number of dashes so the tariff's layout can be rebuilt.
    description_vi TEXT,
    vi_indent      SMALLINT,
    -- SearchText.fold of the descriptions (lower case, no diacritics), computed in Java at load time.
    search_en      TEXT       NOT NULL,
    search_vi      TEXT       NOT NULL,
    CHECK (length(code) = level),
    CHECK ((level = 2) = (parent IS NULL)),
    CHECK (national = (level = 8))
);
CREATE INDEX hs_code_parent ON hs_code (parent);
CREATE INDEX hs_code_search_en ON hs_code USING gin (search_en gin_trgm_ops);
CREATE INDEX hs_code_search_vi ON hs_code USING gin (search_vi gin_trgm_ops);

-- One row per HS 2022 subheading and HS 2017 subheading it corresponds to.
CREATE TABLE hs_concordance_2017 (
    hs2022 VARCHAR(6) COLLATE "C" NOT NULL REFERENCES hs_code (code),
    hs2017 VARCHAR(6) COLLATE "C" NOT NULL CHECK (hs2017 ~ '^[0-9]{6}$'),
    PRIMARY KEY (hs2022, hs2017)
);
CREATE INDEX hs_concordance_2017_old ON hs_concordance_2017 (hs2017);
