-- Trade monitoring (issue 12): every published Viet Nam–Laos trade figure with its source, the targets the two
-- governments set, and the world trade tables the complementarity indicators are computed from. Conflicting
-- figures for one period are kept side by side (one row per figure and reporting side, never added up); the
-- reconciled series is computed when read, by a configurable rule (decision 0022).

CREATE TABLE trade_import (
    id             BIGSERIAL    PRIMARY KEY,
    format         VARCHAR(10)  NOT NULL CHECK (format IN ('platform', 'comtrade', 'baci', 'exports')),
    file_name      VARCHAR(300),
    file_sha256    CHAR(64)     NOT NULL,
    year           SMALLINT,
    classification VARCHAR(6)   CHECK (classification IN ('HS', 'SITC2')),
    rows_read      BIGINT       NOT NULL,
    rows_kept      BIGINT       NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    imported_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE trade_figure (
    id                 BIGSERIAL      PRIMARY KEY,
    period_type        VARCHAR(7)     NOT NULL CHECK (period_type IN ('YEAR', 'HALF', 'QUARTER', 'MONTH', 'YTD')),
    year               SMALLINT       NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    -- half 1–2, quarter 1–4, month 1–12, or the last month of a year-to-date period; 0 for a year
    part               SMALLINT       NOT NULL DEFAULT 0 CHECK (part BETWEEN 0 AND 12),
    flow               VARCHAR(8)     NOT NULL CHECK (flow IN ('VN_TO_LA', 'LA_TO_VN', 'TOTAL')),
    product            VARCHAR(8)     NOT NULL DEFAULT 'TOTAL',
    gate_pair_id       VARCHAR(40),
    value_usd          NUMERIC(20, 2) NOT NULL CHECK (value_usd >= 0),
    range_low_usd      NUMERIC(20, 2),
    range_high_usd     NUMERIC(20, 2),
    quantity           NUMERIC(20, 3),
    unit               VARCHAR(10),
    original_currency  CHAR(3),
    original_value     NUMERIC(24, 2),
    reporting_side     VARCHAR(7)     NOT NULL CHECK (reporting_side IN ('VN', 'LA', 'UNCLEAR')),
    status             VARCHAR(11)    NOT NULL CHECK (status IN ('REPORTED', 'ROUNDED', 'ESTIMATE', 'LOWER_BOUND')),
    -- growth over the same period a year earlier, as the source published it (not computed)
    published_growth_pct NUMERIC(8, 2),
    agency             VARCHAR(300),
    publisher          VARCHAR(300)   NOT NULL,
    url                VARCHAR(1000),
    -- year, year-month or date: sources often give no day
    published          VARCHAR(10)    CHECK (published ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    notes              VARCHAR(2000),
    origin             VARCHAR(9)     NOT NULL CHECK (origin IN ('PUBLISHED', 'ANALYST', 'IMPORT')),
    import_id          BIGINT         REFERENCES trade_import (id),
    recorded_by        VARCHAR(100)   NOT NULL,
    recorded_at        TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version            INTEGER        NOT NULL DEFAULT 0,
    CHECK (period_type = 'YEAR' AND part = 0
           OR period_type = 'HALF' AND part BETWEEN 1 AND 2
           OR period_type = 'QUARTER' AND part BETWEEN 1 AND 4
           OR period_type IN ('MONTH', 'YTD') AND part BETWEEN 1 AND 12),
    CHECK (range_low_usd IS NULL OR range_high_usd IS NULL OR range_low_usd <= range_high_usd)
);

-- The same figure from the same source is recorded once; a second copy is refused (TRD-004).
CREATE UNIQUE INDEX trade_figure_once ON trade_figure (
    period_type, year, part, flow, product, coalesce(gate_pair_id, ''), reporting_side, value_usd, publisher,
    coalesce(url, ''));
CREATE INDEX trade_figure_period ON trade_figure (year, period_type, part, flow);

CREATE TABLE trade_target (
    id                 BIGSERIAL      PRIMARY KEY,
    code               VARCHAR(60)    NOT NULL UNIQUE,
    kind               VARCHAR(6)     NOT NULL CHECK (kind IN ('GROWTH', 'LEVEL')),
    growth_min_pct     NUMERIC(6, 2),
    growth_max_pct     NUMERIC(6, 2),
    applies_from_year  SMALLINT,
    applies_to_year    SMALLINT,
    level_usd          NUMERIC(20, 2),
    level_high_usd     NUMERIC(20, 2),
    target_year        SMALLINT,
    decided_on         VARCHAR(10)    NOT NULL CHECK (decided_on ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    decided_by         VARCHAR(300)   NOT NULL,
    publisher          VARCHAR(300)   NOT NULL,
    url                VARCHAR(1000),
    statement          VARCHAR(1000)  NOT NULL,
    title_en           VARCHAR(300)   NOT NULL,
    title_vi           VARCHAR(300)   NOT NULL,
    title_lo           VARCHAR(300)   NOT NULL,
    CHECK (kind = 'GROWTH' AND growth_min_pct IS NOT NULL AND applies_from_year IS NOT NULL
           OR kind = 'LEVEL' AND level_usd > 0)
);

-- A country's trade in one product and year, in one classification: exports to and imports from the world,
-- from a world exports table or summed from a BACI world file. The indicators (RCA, TCI, HHI) read it.
CREATE TABLE trade_country_product (
    year           SMALLINT       NOT NULL,
    classification VARCHAR(6)     NOT NULL CHECK (classification IN ('HS', 'SITC2')),
    country        CHAR(3)        NOT NULL,
    product        VARCHAR(8)     NOT NULL,
    exports_usd    NUMERIC(20, 2) NOT NULL DEFAULT 0 CHECK (exports_usd >= 0),
    imports_usd    NUMERIC(20, 2) CHECK (imports_usd >= 0),
    import_id      BIGINT         NOT NULL REFERENCES trade_import (id),
    PRIMARY KEY (year, classification, country, product)
);

-- Viet Nam–Laos flows by HS6 product from BACI (both directions), kept as imported.
CREATE TABLE trade_bilateral (
    year       SMALLINT       NOT NULL,
    exporter   CHAR(3)        NOT NULL,
    importer   CHAR(3)        NOT NULL,
    product    VARCHAR(6)     NOT NULL,
    value_usd  NUMERIC(20, 2) NOT NULL CHECK (value_usd >= 0),
    quantity_t NUMERIC(20, 3),
    import_id  BIGINT         NOT NULL REFERENCES trade_import (id),
    PRIMARY KEY (year, exporter, importer, product)
);
