-- Linkage chains curated by analysts: ordered stages, each a set of HS codes and the country where the stage
-- happens, so that the platform can show which enterprises sit at each stage and which stages have none.
-- Names and labels are kept in every language given ({"vi": ..., "lo": ..., "en": ...}).

CREATE TABLE matching_chain (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    names       JSONB        NOT NULL DEFAULT '{}'::jsonb,
    sector      VARCHAR(20)  NOT NULL CHECK (sector IN ('AGRICULTURE', 'ELECTRONICS', 'RENEWABLE_ENERGY', 'OTHER')),
    description VARCHAR(2000),
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (name)
);

CREATE TABLE matching_chain_stage (
    chain_id BIGINT       NOT NULL REFERENCES matching_chain (id) ON DELETE CASCADE,
    position INT          NOT NULL CHECK (position >= 1),
    country  CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    hs_codes TEXT[]       NOT NULL CHECK (cardinality(hs_codes) >= 1),
    label    VARCHAR(200),
    labels   JSONB        NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (chain_id, position)
);
