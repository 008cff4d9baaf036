-- Parks and zones (issue 17, module zone): industrial parks, border-gate economic zones, special economic zones,
-- joint Vietnam–Laos parks and clusters; their tenants from the enterprise registry (occupancy is computed from
-- the leased areas, never stored); and the incentive regimes of both countries as dated, sourced terms, so that
-- two parks can be compared row by row and an investor's tax computed year by year.

-- A regime: the incentives a class of zone gets under one set of legal texts, valid over dates. A zone names
-- the scope it falls under; the regime of that scope valid on the day asked is the one applied.
CREATE TABLE zone_incentive_regime (
    id          BIGSERIAL    PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    scope       VARCHAR(40)  NOT NULL,
    country     CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    name_en     VARCHAR(300) NOT NULL,
    name_vi     VARCHAR(300) NOT NULL,
    name_lo     VARCHAR(300) NOT NULL,
    legal_basis TEXT         NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    version     INT          NOT NULL DEFAULT 0,
    updated_by  VARCHAR(100),
    updated_at  TIMESTAMPTZ,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX zone_incentive_regime_scope ON zone_incentive_regime (scope, valid_from);

-- One term of a regime: a number (a rate in per cent, a count of years, an amount) or a rule in words in the
-- three languages, each with its own source, the date of that source, and whether it is confirmed.
CREATE TABLE zone_incentive_term (
    regime_id   BIGINT        NOT NULL REFERENCES zone_incentive_regime (id) ON DELETE CASCADE,
    term        VARCHAR(40)   NOT NULL,
    amount      NUMERIC(20, 4),
    -- A rule a calculator applies, where the term is one (when a tax holiday starts).
    rule        VARCHAR(40),
    text_en     VARCHAR(1000),
    text_vi     VARCHAR(1000),
    text_lo     VARCHAR(1000),
    source      VARCHAR(2000) NOT NULL,
    source_date DATE          NOT NULL,
    confirmed   BOOLEAN       NOT NULL,
    PRIMARY KEY (regime_id, term)
);

CREATE TABLE zone (
    id                     BIGSERIAL     PRIMARY KEY,
    kind                   VARCHAR(30)   NOT NULL,
    name_en                VARCHAR(300)  NOT NULL,
    name_vi                VARCHAR(300)  NOT NULL,
    name_lo                VARCHAR(300)  NOT NULL,
    country                CHAR(2)       NOT NULL CHECK (country IN ('VN', 'LA')),
    gate_pair_id           VARCHAR(20),
    latitude               DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude              DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    -- A GeoJSON Polygon or MultiPolygon when the boundary is known.
    boundary               JSONB,
    total_ha               NUMERIC(12, 2) CHECK (total_ha >= 0),
    leasable_ha            NUMERIC(12, 2) CHECK (leasable_ha >= 0),
    status                 VARCHAR(20)   NOT NULL,
    operator_name          VARCHAR(300),
    -- The registry's enterprise that operates the park (checked through enterprise.EnterpriseDirectory; no
    -- foreign key across the module boundary). Its organisation's ENTERPRISE users keep the tenants.
    operator_enterprise_id BIGINT,
    isic_codes             TEXT[]        NOT NULL DEFAULT '{}',
    hs_codes               TEXT[]        NOT NULL DEFAULT '{}',
    power                  VARCHAR(20)   NOT NULL DEFAULT 'UNKNOWN',
    water                  VARCHAR(20)   NOT NULL DEFAULT 'UNKNOWN',
    wastewater             VARCHAR(20)   NOT NULL DEFAULT 'UNKNOWN',
    road_rail_links        VARCHAR(500),
    regime_scope           VARCHAR(40),
    -- The other side of a joint Vietnam–Laos park.
    joint_partner_id       BIGINT        REFERENCES zone (id),
    established_on         DATE,
    source                 VARCHAR(2000) NOT NULL,
    source_date            DATE          NOT NULL,
    confirmed              BOOLEAN       NOT NULL DEFAULT FALSE,
    demo                   BOOLEAN       NOT NULL DEFAULT FALSE,
    version                INT           NOT NULL DEFAULT 0,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_by             VARCHAR(100),
    updated_at             TIMESTAMPTZ,
    CHECK (leasable_ha IS NULL OR total_ha IS NULL OR leasable_ha <= total_ha)
);
CREATE INDEX zone_country_kind ON zone (country, kind);

-- The province a zone lies in, by date: Vietnamese province codes were reused by the July 2025 merger.
CREATE TABLE zone_province (
    zone_id       BIGINT      NOT NULL REFERENCES zone (id) ON DELETE CASCADE,
    province_code VARCHAR(10) NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_to      DATE,
    PRIMARY KEY (zone_id, valid_from)
);

CREATE TABLE zone_tenant (
    id            BIGSERIAL      PRIMARY KEY,
    zone_id       BIGINT         NOT NULL REFERENCES zone (id) ON DELETE CASCADE,
    enterprise_id BIGINT         NOT NULL,
    leased_ha     NUMERIC(12, 2) NOT NULL CHECK (leased_ha > 0),
    investment    NUMERIC(20, 2) CHECK (investment >= 0),
    currency      CHAR(3),
    jobs          INT            CHECK (jobs >= 0),
    started_on    DATE,
    version       INT            NOT NULL DEFAULT 0,
    created_by    VARCHAR(100)   NOT NULL,
    created_at    TIMESTAMPTZ    NOT NULL,
    updated_by    VARCHAR(100),
    updated_at    TIMESTAMPTZ,
    UNIQUE (zone_id, enterprise_id),
    CHECK ((investment IS NULL) = (currency IS NULL))
);
