-- Expressions of interest in a park (issue 17, decision 0082): an enterprise of the registry tells the park's
-- operator (and the analysts who keep the park) that it may settle there, with what it plans; counted as a lead.
-- The enterprise is a registry id checked through enterprise.EnterpriseDirectory (no foreign key across modules).
CREATE TABLE zone_interest (
    id              BIGSERIAL      PRIMARY KEY,
    zone_id         BIGINT         NOT NULL REFERENCES zone (id) ON DELETE CASCADE,
    enterprise_id   BIGINT         NOT NULL,
    -- The sender's organisation, told when the operator answers.
    organisation_id BIGINT,
    isic            VARCHAR(10),
    land_ha         NUMERIC(12, 2) CHECK (land_ha > 0),
    investment      NUMERIC(20, 2) CHECK (investment >= 0),
    currency        CHAR(3),
    jobs            INT            CHECK (jobs >= 0),
    start_year      INT,
    message         VARCHAR(2000)  NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    answer          VARCHAR(2000),
    sent_by         VARCHAR(100)   NOT NULL,
    sent_at         TIMESTAMPTZ    NOT NULL,
    version         INT            NOT NULL DEFAULT 0,
    updated_by      VARCHAR(100),
    updated_at      TIMESTAMPTZ,
    CHECK ((investment IS NULL) = (currency IS NULL))
);
-- One open expression of interest per enterprise and park.
CREATE UNIQUE INDEX zone_interest_open ON zone_interest (zone_id, enterprise_id)
    WHERE status IN ('SENT', 'ACKNOWLEDGED');
CREATE INDEX zone_interest_zone ON zone_interest (zone_id, sent_at DESC);
CREATE INDEX zone_interest_enterprise ON zone_interest (enterprise_id);
