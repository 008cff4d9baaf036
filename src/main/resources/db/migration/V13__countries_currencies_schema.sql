-- ISO 3166-1 countries and ISO 4217 currencies: trade partners, enterprises' countries and the currencies of
-- contracts and exchange rates refer to these codes. V14 loads them.

CREATE TABLE country (
    alpha2              CHAR(2)      PRIMARY KEY,
    alpha3              CHAR(3)      NOT NULL UNIQUE,
    numeric_code        CHAR(3)      NOT NULL UNIQUE,
    m49                 CHAR(3)      NOT NULL,
    name_en             VARCHAR(200) NOT NULL,
    official_name_en    VARCHAR(300) NOT NULL,
    -- ISO 4217 codes in use, in the source's order (Namibia uses NAD and ZAR).
    currencies          VARCHAR(50)  NOT NULL,
    capital             VARCHAR(200),
    region              VARCHAR(100),
    sub_region          VARCHAR(100),
    independence        VARCHAR(50),
    landlocked_developing BOOLEAN    NOT NULL,
    least_developed     BOOLEAN      NOT NULL
);

-- One row per alphabetic code, current or withdrawn; attributes of a current use win over withdrawn ones.
CREATE TABLE currency (
    code         CHAR(3)      PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
    numeric_code CHAR(3),
    name         VARCHAR(200) NOT NULL,
    -- Digits after the decimal point; NULL where ISO says "N.A." (gold, funds codes) or gives none.
    minor_unit   SMALLINT,
    current      BOOLEAN      NOT NULL
);

-- The ISO 4217 list as published: which entity uses (or used) which currency, until when.
CREATE TABLE currency_use (
    id              SERIAL       PRIMARY KEY,
    entity          VARCHAR(200) NOT NULL,
    currency_name   VARCHAR(200) NOT NULL,
    currency        CHAR(3)      REFERENCES currency (code),
    -- As ISO writes it: "YYYY-MM", or a range such as "1978 to 1981".
    withdrawal_date VARCHAR(30)
);
CREATE INDEX currency_use_currency ON currency_use (currency);
