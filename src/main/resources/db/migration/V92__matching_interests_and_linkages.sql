-- Expressions of interest between a Vietnamese and a Lao enterprise, and the linkages they become when the
-- receiving side accepts. Enterprise ids refer to the enterprise module's registry by value only (modules do
-- not share foreign keys); a linkage keeps the sectors, provinces and gate it had when it was made, so that
-- the dashboard counts stay as they were recorded.

CREATE TABLE matching_interest (
    id                 BIGSERIAL PRIMARY KEY,
    from_enterprise_id BIGINT        NOT NULL,
    to_enterprise_id   BIGINT        NOT NULL,
    from_country       CHAR(2)       NOT NULL CHECK (from_country IN ('VN', 'LA')),
    to_country         CHAR(2)       NOT NULL CHECK (to_country IN ('VN', 'LA')),
    message            VARCHAR(1000),
    status             VARCHAR(10)   NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    sent_by            VARCHAR(100)  NOT NULL,
    sent_at            TIMESTAMPTZ   NOT NULL,
    expires_at         TIMESTAMPTZ   NOT NULL,
    answered_by        VARCHAR(100),
    answered_at        TIMESTAMPTZ,
    CHECK (from_country <> to_country),
    CHECK (expires_at > sent_at)
);
-- One open interest per ordered pair; the service also refuses one in the opposite direction.
CREATE UNIQUE INDEX matching_interest_open_pair ON matching_interest (from_enterprise_id, to_enterprise_id)
    WHERE status = 'OPEN';
CREATE INDEX matching_interest_to ON matching_interest (to_enterprise_id, sent_at DESC);
CREATE INDEX matching_interest_from ON matching_interest (from_enterprise_id, sent_at DESC);
CREATE INDEX matching_interest_due ON matching_interest (expires_at) WHERE status = 'OPEN';

CREATE TABLE matching_linkage (
    id                BIGSERIAL PRIMARY KEY,
    interest_id       BIGINT       NOT NULL UNIQUE REFERENCES matching_interest (id),
    vn_enterprise_id  BIGINT       NOT NULL,
    la_enterprise_id  BIGINT       NOT NULL,
    vn_sector         CHAR(4)      NOT NULL,
    la_sector         CHAR(4)      NOT NULL,
    vn_province_code  VARCHAR(10)  NOT NULL,
    la_province_code  VARCHAR(10)  NOT NULL,
    -- The border-gate pair of the best road estimate when the linkage was made; NULL without a route.
    gate_pair_id      VARCHAR(20),
    distance_km       INT,
    established_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (vn_enterprise_id, la_enterprise_id)
);
