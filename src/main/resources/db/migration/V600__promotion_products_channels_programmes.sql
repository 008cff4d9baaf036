-- Trade promotion (issue 18): branded products of each country with their OCOP (Viet Nam) or ODOP (Laos) rating,
-- their photos, the distribution channels of either country, listings (product x channel) and the yearly
-- promotion programmes with their activities and results. Enterprise ids, Expo event ids and linkage ids refer to
-- the other modules by value only (modules share no foreign keys, decision 0017).

-- The export-ready rule of each country's rating scheme, configurable (decision 0066): a rating counts while it
-- has not expired, and makes the product export-ready from min_stars_export stars up.
CREATE TABLE promotion_rating_rule (
    country           CHAR(2)     PRIMARY KEY CHECK (country IN ('VN', 'LA')),
    scheme            VARCHAR(8)  NOT NULL CHECK (scheme IN ('OCOP', 'ODOP')),
    min_stars_export  INT         NOT NULL CHECK (min_stars_export BETWEEN 1 AND 5),
    validity_months   INT         NOT NULL CHECK (validity_months BETWEEN 1 AND 120),
    updated_by        VARCHAR(100) NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
-- OCOP: five stars is the national export-ready class, ratings valid 36 months (Decision 148/QD-TTg, 2023).
-- ODOP: four or five stars; the validity is taken as 36 months as well (no Lao source found; decision 0066).
INSERT INTO promotion_rating_rule VALUES ('VN', 'OCOP', 5, 36, 'V600', now()), ('LA', 'ODOP', 4, 36, 'V600', now());

CREATE TABLE promotion_product (
    id                 BIGSERIAL    PRIMARY KEY,
    enterprise_id      BIGINT       NOT NULL,
    country            CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    province_code      VARCHAR(10)  NOT NULL,
    hs_code            VARCHAR(10)  NOT NULL,
    category           VARCHAR(20)  NOT NULL,
    brand_en           VARCHAR(200),
    brand_vi           VARCHAR(200),
    brand_lo           VARCHAR(200),
    name_en            VARCHAR(200),
    name_vi            VARCHAR(200),
    name_lo            VARCHAR(200),
    rating_stars       INT          CHECK (rating_stars BETWEEN 1 AND 5),
    certificate_number VARCHAR(60),
    rating_level       VARCHAR(10)  CHECK (rating_level IN ('PROVINCE', 'NATIONAL')),
    rated_on           DATE,
    rating_expires_on  DATE,
    certifications     TEXT[]       NOT NULL DEFAULT '{}',
    pack_sizes         TEXT[]       NOT NULL DEFAULT '{}',
    price_min          NUMERIC(18, 2),
    price_max          NUMERIC(18, 2),
    currency           CHAR(3),
    -- SearchText.fold of names and brands in every language, the category, the HS code and the province's
    -- names: one column that pg_trgm indexes, so that "ca phe" finds "Cà phê" and Lao finds Lao (decision 0067).
    search_text        TEXT         NOT NULL,
    demo               BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CHECK (price_min IS NULL OR price_max IS NULL OR price_max >= price_min),
    CHECK (rating_expires_on IS NULL OR rated_on IS NULL OR rating_expires_on > rated_on)
);
CREATE INDEX promotion_product_search ON promotion_product USING gin (search_text gin_trgm_ops);
CREATE INDEX promotion_product_country ON promotion_product (country, rating_stars);
CREATE INDEX promotion_product_enterprise ON promotion_product (enterprise_id);

CREATE TABLE promotion_product_photo (
    id            BIGSERIAL   PRIMARY KEY,
    product_id    BIGINT      NOT NULL REFERENCES promotion_product (id) ON DELETE CASCADE,
    position      INT         NOT NULL CHECK (position BETWEEN 1 AND 5),
    content_type  VARCHAR(40) NOT NULL,
    width         INT         NOT NULL,
    height        INT         NOT NULL,
    original_size INT         NOT NULL,
    image         BYTEA       NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (product_id, position)
);

CREATE TABLE promotion_channel (
    id              BIGSERIAL    PRIMARY KEY,
    country         CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    kind            VARCHAR(20)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    provinces       TEXT[]       NOT NULL DEFAULT '{}',
    categories      TEXT[]       NOT NULL DEFAULT '{}',
    hs_chapters     TEXT[]       NOT NULL DEFAULT '{}',
    contact         VARCHAR(200),
    enterprise_id   BIGINT,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX promotion_channel_country ON promotion_channel (country);
CREATE INDEX promotion_channel_enterprise ON promotion_channel (enterprise_id);

CREATE TABLE promotion_programme (
    id              BIGSERIAL    PRIMARY KEY,
    year            INT          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    organiser_kind  VARCHAR(30)  NOT NULL,
    organiser       VARCHAR(200) NOT NULL,
    province_code   VARCHAR(10),
    title_en        VARCHAR(200),
    title_vi        VARCHAR(200),
    title_lo        VARCHAR(200),
    currency        CHAR(3)      NOT NULL,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (organiser, year)
);

CREATE TABLE promotion_activity (
    id               BIGSERIAL    PRIMARY KEY,
    programme_id     BIGINT       NOT NULL REFERENCES promotion_programme (id) ON DELETE CASCADE,
    kind             VARCHAR(20)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    starts_on        DATE         NOT NULL,
    ends_on          DATE         NOT NULL,
    place            VARCHAR(200) NOT NULL,
    budget           NUMERIC(18, 2) NOT NULL CHECK (budget >= 0),
    budget_currency  CHAR(3)      NOT NULL,
    expo_event_id    BIGINT,
    channel_id       BIGINT       REFERENCES promotion_channel (id),
    participants     BIGINT[]     NOT NULL DEFAULT '{}',
    contracts        INT          NOT NULL DEFAULT 0 CHECK (contracts >= 0),
    mous             INT          NOT NULL DEFAULT 0 CHECK (mous >= 0),
    sales            NUMERIC(18, 2) CHECK (sales >= 0),
    sales_currency   CHAR(3),
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE promotion_listing (
    id              BIGSERIAL    PRIMARY KEY,
    product_id      BIGINT       NOT NULL REFERENCES promotion_product (id) ON DELETE CASCADE,
    channel_id      BIGINT       NOT NULL REFERENCES promotion_channel (id) ON DELETE CASCADE,
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')),
    via             VARCHAR(20)  NOT NULL CHECK (via IN ('FAIR', 'TRADE_WEEK', 'DELEGATION', 'DIRECT')),
    activity_id     BIGINT       REFERENCES promotion_activity (id) ON DELETE SET NULL,
    since           DATE,
    until           DATE,
    message         VARCHAR(1000),
    decline_reason  VARCHAR(1000),
    requested_by    VARCHAR(100) NOT NULL,
    requested_at    TIMESTAMPTZ  NOT NULL,
    answered_by     VARCHAR(100),
    answered_at     TIMESTAMPTZ,
    linkage_id      BIGINT,
    CHECK (until IS NULL OR since IS NULL OR until >= since)
);
-- One live request or listing per product and channel; a declined one may be asked again.
CREATE UNIQUE INDEX promotion_listing_live ON promotion_listing (product_id, channel_id) WHERE status <> 'DECLINED';
CREATE INDEX promotion_listing_channel ON promotion_listing (channel_id);
CREATE INDEX promotion_listing_activity ON promotion_listing (activity_id);
