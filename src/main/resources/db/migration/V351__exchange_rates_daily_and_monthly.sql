-- Daily and monthly exchange rates per US dollar (issue 15, decision 0050), imported by analysts from CSV beside
-- the yearly averages of V19. A rate is never overwritten silently: a correction is asked for on its row and the
-- value it replaces is kept in exchange_rate_correction with who corrected it, when and why.
CREATE TABLE exchange_rate_period (
    id           BIGSERIAL      PRIMARY KEY,
    currency     CHAR(3)        NOT NULL,
    basis        VARCHAR(10)    NOT NULL CHECK (basis IN ('DAILY', 'MONTHLY')),
    valid_from   DATE           NOT NULL,
    valid_to     DATE           NOT NULL,
    rate_per_usd NUMERIC(24, 8) NOT NULL CHECK (rate_per_usd > 0),
    source       VARCHAR(200)   NOT NULL,
    source_url   VARCHAR(500),
    recorded_by  VARCHAR(100)   NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL,
    CHECK (valid_to >= valid_from),
    UNIQUE (currency, basis, valid_from, source)
);
CREATE INDEX exchange_rate_period_lookup ON exchange_rate_period (currency, basis, valid_from DESC);

CREATE TABLE exchange_rate_correction (
    id           BIGSERIAL      PRIMARY KEY,
    rate_id      BIGINT         NOT NULL REFERENCES exchange_rate_period (id),
    old_rate     NUMERIC(24, 8) NOT NULL,
    new_rate     NUMERIC(24, 8) NOT NULL,
    old_url      VARCHAR(500),
    reason       VARCHAR(300)   NOT NULL,
    corrected_by VARCHAR(100)   NOT NULL,
    corrected_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX exchange_rate_correction_rate ON exchange_rate_correction (rate_id, id);
