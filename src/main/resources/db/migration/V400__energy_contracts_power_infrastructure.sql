-- Energy and infrastructure (issue 16): benchmark series, coal contracts with their price formula as data,
-- shipments with certificates of analysis, Viet Nam's dated import price caps, power purchase agreements with
-- monthly metered deliveries, the published import targets, and border infrastructure projects.

CREATE TABLE energy_benchmark_value (
    id          BIGSERIAL PRIMARY KEY,
    series      VARCHAR(20)    NOT NULL,
    month       DATE           NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    value       NUMERIC(12, 4) NOT NULL CHECK (value > 0),
    currency    CHAR(3)        NOT NULL,
    source      VARCHAR(500)   NOT NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL,
    demo        BOOLEAN        NOT NULL DEFAULT FALSE,
    UNIQUE (series, month)
);

CREATE TABLE energy_coal_contract (
    id               BIGSERIAL PRIMARY KEY,
    reference        VARCHAR(60)    NOT NULL UNIQUE,
    seller_id        BIGINT         NOT NULL REFERENCES enterprise (id),
    buyer_id         BIGINT         NOT NULL REFERENCES enterprise (id),
    starts_on        DATE           NOT NULL,
    ends_on          DATE           NOT NULL CHECK (ends_on >= starts_on),
    annual_tonnes    NUMERIC(14, 2) NOT NULL CHECK (annual_tonnes > 0),
    quarterly_tonnes NUMERIC(14, 2) NOT NULL CHECK (quarterly_tonnes > 0),
    tolerance_pct    NUMERIC(5, 2)  NOT NULL CHECK (tolerance_pct >= 0 AND tolerance_pct < 100),
    take_or_pay_pct  NUMERIC(5, 2)  NOT NULL CHECK (take_or_pay_pct >= 0 AND take_or_pay_pct <= 100),
    basis            VARCHAR(3)     NOT NULL CHECK (basis IN ('GAR', 'NAR', 'ADB')),
    base_cv          NUMERIC(8, 2)  NOT NULL CHECK (base_cv > 0),
    spec_tm          NUMERIC(5, 2),
    spec_ash         NUMERIC(5, 2),
    spec_ts          NUMERIC(5, 2),
    limit_min_cv     NUMERIC(8, 2),
    limit_tm         NUMERIC(5, 2),
    limit_ash        NUMERIC(5, 2),
    limit_ts         NUMERIC(5, 2),
    gate_pair_id     VARCHAR(20) REFERENCES border_gate_pair (pair_id),
    port             VARCHAR(100),
    incoterm         VARCHAR(3)     NOT NULL,
    currency         CHAR(3)        NOT NULL,
    formula          JSONB          NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    created_at       TIMESTAMPTZ    NOT NULL,
    demo             BOOLEAN        NOT NULL DEFAULT FALSE,
    CHECK (gate_pair_id IS NOT NULL OR port IS NOT NULL)
);

CREATE TABLE energy_coal_shipment (
    id          BIGSERIAL PRIMARY KEY,
    contract_id BIGINT         NOT NULL REFERENCES energy_coal_contract (id) ON DELETE CASCADE,
    lot         VARCHAR(60)    NOT NULL,
    loaded_on   DATE           NOT NULL,
    tonnes      NUMERIC(14, 3) NOT NULL CHECK (tonnes > 0),
    basis       VARCHAR(3)     NOT NULL,
    cv          NUMERIC(8, 2)  NOT NULL,
    tm          NUMERIC(5, 2)  NOT NULL,
    ash         NUMERIC(5, 2)  NOT NULL,
    ts          NUMERIC(5, 2)  NOT NULL,
    im          NUMERIC(5, 2),
    h           NUMERIC(5, 2),
    price       NUMERIC(14, 4) NOT NULL,
    rejected    BOOLEAN        NOT NULL,
    terms       JSON           NOT NULL, -- JSON, not JSONB: the terms keep the order they were applied in
    value       NUMERIC(18, 2) NOT NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL,
    demo        BOOLEAN        NOT NULL DEFAULT FALSE,
    UNIQUE (contract_id, lot)
);

CREATE INDEX energy_coal_shipment_loaded ON energy_coal_shipment (loaded_on);

-- Viet Nam's import price caps at the border, US cents/kWh, as dated rows with their instrument (domain note §5).
CREATE TABLE energy_price_cap (
    id             BIGSERIAL PRIMARY KEY,
    plant_type     VARCHAR(10)   NOT NULL CHECK (plant_type IN ('WIND', 'HYDRO', 'SOLAR', 'COAL')),
    cod_from       DATE,
    cod_to         DATE          NOT NULL,
    min_term_years INTEGER,
    cap_cents      NUMERIC(6, 3) NOT NULL CHECK (cap_cents > 0),
    instrument     VARCHAR(200)  NOT NULL,
    issued_on      DATE          NOT NULL,
    source         VARCHAR(500)  NOT NULL
);

INSERT INTO energy_price_cap (plant_type, cod_from, cod_to, min_term_years, cap_cents, instrument, issued_on, source)
VALUES
    ('HYDRO', NULL, '2025-12-30', NULL, 6.95, 'Prime Minister''s documents 241/TTg-QHQT (23 Feb 2019) and 397/TTg-QHQT (4 Apr 2020)', '2020-04-04',
     'https://e.vnexpress.net/news/business/industries/vietnam-caps-price-of-wind-power-to-be-imported-from-laos-at-6-95-cents-4102869.html'),
    ('WIND', NULL, '2025-12-30', NULL, 6.95, 'Prime Minister''s documents 241/TTg-QHQT (23 Feb 2019) and 397/TTg-QHQT (4 Apr 2020)', '2020-04-04',
     'https://e.vnexpress.net/news/business/industries/vietnam-caps-price-of-wind-power-to-be-imported-from-laos-at-6-95-cents-4102869.html'),
    ('HYDRO', '2025-12-31', '2030-12-31', NULL, 6.78, 'MoIT Decision 2647/QD-BCT (8 Oct 2024)', '2024-10-08',
     'https://english.luatvietnam.vn/cong-nghiep/decision-2647-qd-bct-2024-price-frame-for-importing-electricity-from-laos-from-december-31-2025-368451-d1.html'),
    ('WIND', '2025-12-31', '2030-12-31', NULL, 6.4, 'MoIT Decision 2647/QD-BCT (8 Oct 2024)', '2024-10-08',
     'https://english.luatvietnam.vn/cong-nghiep/decision-2647-qd-bct-2024-price-frame-for-importing-electricity-from-laos-from-december-31-2025-368451-d1.html'),
    ('HYDRO', '2025-12-31', '2030-12-31', 25, 6.95, 'MoIT Decision 1007/QD-BCT (14 Apr 2025), 25-year PPA', '2025-04-14',
     'https://english.luatvietnam.vn/xuat-nhap-khau/decision-1007-qd-bct-2025-prices-for-import-of-electricity-from-laos-398620-d1.html'),
    ('WIND', '2025-12-31', '2030-12-31', 25, 6.95, 'MoIT Decision 1007/QD-BCT (14 Apr 2025), 25-year PPA', '2025-04-14',
     'https://english.luatvietnam.vn/xuat-nhap-khau/decision-1007-qd-bct-2025-prices-for-import-of-electricity-from-laos-398620-d1.html'),
    ('COAL', '2025-12-31', '2030-12-31', 25, 7.02, 'MoIT Decision 1007/QD-BCT (14 Apr 2025), 25-year PPA', '2025-04-14',
     'https://english.luatvietnam.vn/xuat-nhap-khau/decision-1007-qd-bct-2025-prices-for-import-of-electricity-from-laos-398620-d1.html');

-- Published import targets (PDP VIII implementation plan) and the latest published contracted capacity.
CREATE TABLE energy_power_target (
    year       INTEGER      PRIMARY KEY,
    mw         NUMERIC(8)   NOT NULL,
    instrument VARCHAR(200) NOT NULL,
    source     VARCHAR(500) NOT NULL
);

INSERT INTO energy_power_target (year, mw, instrument, source) VALUES
    (2025, 5000, 'Decision 262/QD-TTg (1 Apr 2024), PDP VIII implementation plan',
     'https://en.sggp.org.vn/evn-to-issue-price-framework-to-increase-electricity-imports-from-laos-post109695.html'),
    (2030, 8000, 'Decision 262/QD-TTg (1 Apr 2024), PDP VIII implementation plan',
     'https://en.sggp.org.vn/evn-to-issue-price-framework-to-increase-electricity-imports-from-laos-post109695.html');

CREATE TABLE energy_ppa (
    id                    BIGSERIAL PRIMARY KEY,
    plant_name            VARCHAR(200)   NOT NULL,
    plant_type            VARCHAR(10)    NOT NULL CHECK (plant_type IN ('WIND', 'HYDRO', 'SOLAR', 'COAL')),
    province_code         VARCHAR(10)    NOT NULL,
    capacity_mw           NUMERIC(10, 2) NOT NULL CHECK (capacity_mw > 0),
    cod                   DATE           NOT NULL,
    buyer                 VARCHAR(200)   NOT NULL,
    starts_on             DATE           NOT NULL,
    term_years            INTEGER        NOT NULL CHECK (term_years BETWEEN 1 AND 50),
    tariff_cents          NUMERIC(8, 4)  NOT NULL CHECK (tariff_cents > 0),
    escalation_pct        NUMERIC(6, 3)  NOT NULL CHECK (escalation_pct >= 0),
    delivery_point        VARCHAR(200)   NOT NULL,
    take_or_pay_pct       NUMERIC(5, 2)  NOT NULL CHECK (take_or_pay_pct >= 0 AND take_or_pay_pct <= 100),
    annual_contracted_mwh NUMERIC(14, 3) NOT NULL CHECK (annual_contracted_mwh > 0),
    currency              CHAR(3)        NOT NULL DEFAULT 'USD',
    cap_id                BIGINT         NOT NULL REFERENCES energy_price_cap (id),
    created_by            VARCHAR(100)   NOT NULL,
    created_at            TIMESTAMPTZ    NOT NULL,
    demo                  BOOLEAN        NOT NULL DEFAULT FALSE,
    UNIQUE (plant_name)
);

CREATE TABLE energy_ppa_delivery (
    id          BIGSERIAL PRIMARY KEY,
    ppa_id      BIGINT         NOT NULL REFERENCES energy_ppa (id) ON DELETE CASCADE,
    month       DATE           NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    mwh         NUMERIC(14, 3) NOT NULL CHECK (mwh >= 0),
    source      VARCHAR(300)   NOT NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL,
    demo        BOOLEAN        NOT NULL DEFAULT FALSE,
    UNIQUE (ppa_id, month)
);

CREATE TABLE energy_infra_project (
    id             BIGSERIAL PRIMARY KEY,
    name_en        VARCHAR(200)   NOT NULL,
    name_vi        VARCHAR(200)   NOT NULL,
    name_lo        VARCHAR(200)   NOT NULL,
    kind           VARCHAR(30)    NOT NULL,
    gate_pair_id   VARCHAR(20) REFERENCES border_gate_pair (pair_id),
    corridor       VARCHAR(200),
    country        CHAR(2)        NOT NULL CHECK (country IN ('VN', 'LA')),
    owner          VARCHAR(200)   NOT NULL,
    budget         NUMERIC(18, 2) CHECK (budget >= 0),
    currency       CHAR(3),
    funding_source VARCHAR(300),
    progress_pct   NUMERIC(5, 2)  NOT NULL DEFAULT 0 CHECK (progress_pct BETWEEN 0 AND 100),
    status         VARCHAR(20)    NOT NULL,
    documents      TEXT[]         NOT NULL DEFAULT '{}',
    source         VARCHAR(500)   NOT NULL,
    created_by     VARCHAR(100)   NOT NULL,
    created_at     TIMESTAMPTZ    NOT NULL,
    demo           BOOLEAN        NOT NULL DEFAULT FALSE,
    CHECK (gate_pair_id IS NOT NULL OR corridor IS NOT NULL)
);

CREATE TABLE energy_infra_milestone (
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT       NOT NULL REFERENCES energy_infra_project (id) ON DELETE CASCADE,
    name       VARCHAR(200) NOT NULL,
    planned_on DATE         NOT NULL,
    actual_on  DATE
);
