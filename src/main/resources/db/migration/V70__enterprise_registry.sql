-- The enterprise registry: Vietnamese and Lao businesses with what they offer and need by HS code, so that
-- the matching module can link complementary partners across the border. Registration numbers are unique
-- per country (a Vietnamese tax code and a Lao enterprise number may coincide).

CREATE TABLE enterprise (
    id                    BIGSERIAL PRIMARY KEY,
    country               CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    registration_number   VARCHAR(30)  NOT NULL,
    name                  VARCHAR(300) NOT NULL,
    name_vi               VARCHAR(300),
    name_lo               VARCHAR(300),
    name_en               VARCHAR(300),
    -- Code of a current province in the reference data (GSO code for Viet Nam, ISO 3166-2 for Laos).
    province_code         VARCHAR(10)  NOT NULL,
    -- ISIC Rev.4 class.
    sector                CHAR(4)      NOT NULL,
    employees             INT CHECK (employees IS NULL OR employees >= 0),
    -- In the country's own currency (VND for Viet Nam, LAK for Laos), the unit of each country's size thresholds.
    annual_revenue        NUMERIC(20, 0) CHECK (annual_revenue IS NULL OR annual_revenue >= 0),
    size_class            VARCHAR(6)   NOT NULL CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    contact_name          VARCHAR(200),
    contact_email         VARCHAR(200),
    contact_phone         VARCHAR(50),
    website               VARCHAR(300),
    address               VARCHAR(500),
    verification_status   VARCHAR(12)  NOT NULL DEFAULT 'UNVERIFIED'
        CHECK (verification_status IN ('UNVERIFIED', 'VERIFIED', 'REJECTED')),
    verified_at           TIMESTAMPTZ,
    verified_by           VARCHAR(100),
    owner_organisation_id BIGINT REFERENCES organisation (id),
    demo                  BOOLEAN      NOT NULL DEFAULT FALSE,
    -- All names and the registration number folded (lower case, no Vietnamese diacritics) for
    -- accent-insensitive search.
    search_text           TEXT         NOT NULL DEFAULT '',
    -- The own-language name folded with punctuation dropped: near-identical names in a province are flagged.
    name_key              VARCHAR(300) NOT NULL DEFAULT '',
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version               INT          NOT NULL DEFAULT 0,
    UNIQUE (country, registration_number)
);
CREATE INDEX enterprise_country_province ON enterprise (country, province_code);
CREATE INDEX enterprise_sector ON enterprise (sector);
CREATE INDEX enterprise_owner ON enterprise (owner_organisation_id);
CREATE INDEX enterprise_search ON enterprise USING gin (search_text gin_trgm_ops);
CREATE INDEX enterprise_name_key ON enterprise (country, province_code, name_key);

CREATE TABLE enterprise_certification (
    enterprise_id BIGINT      NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    code          VARCHAR(20) NOT NULL,
    PRIMARY KEY (enterprise_id, code)
);

CREATE TABLE enterprise_offer (
    id              BIGSERIAL PRIMARY KEY,
    enterprise_id   BIGINT       NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    hs_code         VARCHAR(8)   NOT NULL CHECK (hs_code ~ '^[0-9]{6}([0-9]{2})?$'),
    description     VARCHAR(500),
    annual_capacity NUMERIC(18, 3) CHECK (annual_capacity IS NULL OR annual_capacity > 0),
    unit            VARCHAR(10)
);
CREATE INDEX enterprise_offer_enterprise ON enterprise_offer (enterprise_id);
CREATE INDEX enterprise_offer_hs ON enterprise_offer (hs_code text_pattern_ops);

CREATE TABLE enterprise_need (
    id                      BIGSERIAL PRIMARY KEY,
    enterprise_id           BIGINT       NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    hs_code                 VARCHAR(8)   NOT NULL CHECK (hs_code ~ '^[0-9]{6}([0-9]{2})?$'),
    annual_volume           NUMERIC(18, 3) CHECK (annual_volume IS NULL OR annual_volume > 0),
    unit                    VARCHAR(10),
    required_certifications TEXT[]       NOT NULL DEFAULT '{}'
);
CREATE INDEX enterprise_need_enterprise ON enterprise_need (enterprise_id);
CREATE INDEX enterprise_need_hs ON enterprise_need (hs_code text_pattern_ops);
