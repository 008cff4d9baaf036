-- Yearly exchange rates in local currency units per US dollar, so that trade values in VND and LAK can be
-- compared. V20 loads the World Bank series; administrators add later years and other sources through the
-- API. The same currency and year may have several rates, one per source.

CREATE TABLE exchange_rate (
    id           BIGSERIAL      PRIMARY KEY,
    currency     CHAR(3)        NOT NULL REFERENCES currency (code),
    year         SMALLINT       NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    rate_per_usd NUMERIC(24, 8) NOT NULL CHECK (rate_per_usd > 0),
    source       VARCHAR(200)   NOT NULL,
    source_url   VARCHAR(500),
    recorded_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (currency, year, source)
);
