-- Demo energy data (issue 16) for the default (non-prod) run, labelled demo throughout: benchmark values (illustrative,
-- not published figures), one coal contract between a Lao coal miner and a Vietnamese power company of the demo
-- registry delivered at Lao Bảo–Densavanh (its shipments are priced at start-up by EnergyDemo through the contract's
-- formula, so that every price shows its real breakdown), two PPAs (the 600 MW Monsoon wind farm in Sekong and
-- Attapeu, whose capacity and COD are published but whose tariff and take-or-pay terms are not, so those are demo
-- values; and a demo hydro plant) with a year of demo metered deliveries, and four infrastructure projects at real
-- gate pairs. Runs after R__demo_enterprises (name order). Idempotent.

INSERT INTO energy_benchmark_value (series, month, value, currency, source, recorded_by, recorded_at, demo)
SELECT v.series, v.month::date, v.value, 'USD', 'demo: illustrative value, not a published index figure', 'analyst',
    now(), TRUE
FROM (VALUES
    ('ICI-3', '2025-12-01', 58.40), ('ICI-3', '2026-01-01', 57.95), ('ICI-3', '2026-02-01', 58.70),
    ('ICI-3', '2026-03-01', 59.85), ('ICI-3', '2026-04-01', 60.10), ('ICI-3', '2026-05-01', 59.20),
    ('ICI-3', '2026-06-01', 58.35), ('ICI-3', '2026-07-01', 57.80), ('ICI-3', '2026-08-01', 58.95),
    ('ICI-3', '2026-09-01', 60.40), ('ICI-3', '2026-10-01', 61.15),
    ('ICI-4', '2025-12-01', 46.10), ('ICI-4', '2026-01-01', 45.70), ('ICI-4', '2026-02-01', 46.25),
    ('ICI-4', '2026-03-01', 47.05), ('ICI-4', '2026-04-01', 47.40), ('ICI-4', '2026-05-01', 46.85),
    ('ICI-4', '2026-06-01', 46.20), ('ICI-4', '2026-07-01', 45.60), ('ICI-4', '2026-08-01', 46.30),
    ('ICI-4', '2026-09-01', 47.55), ('ICI-4', '2026-10-01', 48.10),
    ('HBA', '2026-09-01', 105.80), ('HBA', '2026-10-01', 107.35), ('HBA', '2026-11-01', 109.10)
) AS v (series, month, value)
ON CONFLICT (series, month) DO NOTHING;

INSERT INTO energy_coal_contract (reference, seller_id, buyer_id, starts_on, ends_on, annual_tonnes, quarterly_tonnes,
    tolerance_pct, take_or_pay_pct, basis, base_cv, spec_tm, spec_ash, spec_ts, limit_min_cv, limit_tm, limit_ash,
    limit_ts, gate_pair_id, port, incoterm, currency, formula, created_by, created_at, demo)
SELECT 'DEMO-COAL-2026-01', s.id, b.id, '2026-01-01', '2028-12-31', 240000, 60000, 10, 80, 'GAR', 4600, 30, 8, 0.6,
    4200, 38, 12, 1.0, 'VL-INT-06', NULL, 'DAP', 'USD',
    '{"kind":"INDEXED","components":[{"series":"ICI-3","weight":0.5},{"series":"ICI-4","weight":0.5}],"offsetMonths":1,"months":1,"premium":-2.00,"fixedPrice":null,"hbaSeries":null}'::jsonb,
    'analyst', now(), TRUE
FROM enterprise s, enterprise b
WHERE s.country = 'LA' AND s.registration_number = 'LA-834280454'
  AND b.country = 'VN' AND b.registration_number = '2777024002'
ON CONFLICT (reference) DO NOTHING;

INSERT INTO energy_ppa (plant_name, plant_type, province_code, capacity_mw, cod, buyer, starts_on, term_years,
    tariff_cents, escalation_pct, delivery_point, take_or_pay_pct, annual_contracted_mwh, cap_id, created_by,
    created_at, demo)
SELECT v.name, v.type, v.province, v.mw, v.cod::date, 'EVN', v.starts::date, v.term, v.tariff, v.esc, v.point, v.top,
    v.annual, c.id, 'analyst', now(), TRUE
FROM (VALUES
    ('Monsoon Wind Power (demo terms)', 'WIND', 'LA-XE', 600, '2025-08-22', '2025-08-22', 25, 6.95, 0,
     'Thanh My 500 kV substation (Quang Nam), 500 kV double-circuit line', 80, 1500000, '2025-12-30'),
    ('Attapeu Demo Hydropower', 'HYDRO', 'LA-AT', 200, '2025-12-31', '2025-12-31', 20, 6.50, 1.0,
     'Pleiku 2 220 kV substation (demo)', 85, 880000, '2030-12-31')
) AS v (name, type, province, mw, cod, starts, term, tariff, esc, point, top, annual, cap_to)
JOIN energy_price_cap c ON c.plant_type = v.type AND c.cod_to = v.cap_to::date AND c.min_term_years IS NULL
ON CONFLICT (plant_name) DO NOTHING;

INSERT INTO energy_ppa_delivery (ppa_id, month, mwh, source, recorded_by, recorded_at, demo)
SELECT p.id, v.month::date, v.mwh, 'demo: illustrative metered energy, not EVN data', 'analyst', now(), TRUE
FROM energy_ppa p
JOIN (VALUES
    ('Monsoon Wind Power (demo terms)', '2025-12-01', 168000), ('Monsoon Wind Power (demo terms)', '2026-01-01', 171500),
    ('Monsoon Wind Power (demo terms)', '2026-02-01', 139200), ('Monsoon Wind Power (demo terms)', '2026-03-01', 112400),
    ('Monsoon Wind Power (demo terms)', '2026-04-01', 78300), ('Monsoon Wind Power (demo terms)', '2026-05-01', 64900),
    ('Monsoon Wind Power (demo terms)', '2026-06-01', 71200), ('Monsoon Wind Power (demo terms)', '2026-07-01', 83600),
    ('Monsoon Wind Power (demo terms)', '2026-08-01', 90100), ('Monsoon Wind Power (demo terms)', '2026-09-01', 97800),
    ('Monsoon Wind Power (demo terms)', '2026-10-01', 135600), ('Monsoon Wind Power (demo terms)', '2026-11-01', 158900),
    ('Attapeu Demo Hydropower', '2025-12-01', 1900), ('Attapeu Demo Hydropower', '2026-01-01', 52300),
    ('Attapeu Demo Hydropower', '2026-02-01', 41800), ('Attapeu Demo Hydropower', '2026-03-01', 36200),
    ('Attapeu Demo Hydropower', '2026-04-01', 33900), ('Attapeu Demo Hydropower', '2026-05-01', 47500),
    ('Attapeu Demo Hydropower', '2026-06-01', 88400), ('Attapeu Demo Hydropower', '2026-07-01', 121700),
    ('Attapeu Demo Hydropower', '2026-08-01', 134200), ('Attapeu Demo Hydropower', '2026-09-01', 126800),
    ('Attapeu Demo Hydropower', '2026-10-01', 98600), ('Attapeu Demo Hydropower', '2026-11-01', 71300)
) AS v (name, month, mwh) ON v.name = p.plant_name
WHERE p.demo
ON CONFLICT (ppa_id, month) DO NOTHING;

INSERT INTO energy_infra_project (name_en, name_vi, name_lo, kind, gate_pair_id, corridor, country, owner, budget,
    currency, funding_source, progress_pct, status, documents, source, created_by, created_at, demo)
SELECT v.en, v.vi, v.lo, v.kind, v.gate, v.corridor, v.country, v.owner, v.budget, v.currency, v.funding, v.progress,
    v.status, v.docs::text[], v.source, 'analyst', now(), TRUE
FROM (VALUES
    ('500 kV Monsoon–Thanh My cross-border line, Viet Nam section (demo record)',
     'Đường dây 500 kV Monsoon – Thạnh Mỹ, đoạn phía Việt Nam (bản ghi mẫu)',
     'ສາຍສົ່ງ 500 kV ມໍລະສຸມ – ແທງມີ, ພາກສ່ວນຫວຽດນາມ (ບັນທຶກຕົວຢ່າງ)',
     'POWER_LINE', NULL, 'Sekong (Laos) – Thanh My 500 kV substation, Quang Nam', 'VN', 'EVNNPT', NULL, NULL,
     'EVN (the line in Viet Nam, about 44 km)', 100, 'COMPLETED',
     '{https://en.evn.com.vn/d6/news/EVNNPT-works-with-investors-of-power-sources-in-Laos-6-12-3030.aspx}',
     'EVN news (domain note §5); progress and milestones are demo values'),
    ('Lao Bảo inspection yard extension (demo)', 'Mở rộng bãi kiểm tra hàng hóa Lao Bảo (mẫu)',
     'ຂະຫຍາຍລານກວດກາສິນຄ້າລາວບາວ (ຕົວຢ່າງ)', 'INSPECTION_YARD', 'VL-INT-06', NULL, 'VN',
     'Quang Tri Border Gate Management Board (demo)', 120000000000, 'VND', 'Provincial budget (demo)', 45,
     'UNDER_WAY', '{}', 'demo: illustrative project'),
    ('La Lay coal conveyor and stockyard (demo)', 'Băng tải và bãi chứa than La Lay (mẫu)',
     'ສາຍພານລຳລຽງ ແລະ ລານເກັບຖ່ານຫີນລາລາຍ (ຕົວຢ່າງ)', 'COAL_CONVEYOR', 'VL-INT-07', NULL, 'LA',
     'Sekong coal exporters (demo)', 18500000, 'USD', 'Private investment (demo)', 10, 'PLANNED', '{}',
     'demo: illustrative project'),
    ('Nam Phao petroleum depot (demo)', 'Kho xăng dầu Nậm Phao (mẫu)', 'ສາງນ້ຳມັນນ້ຳພາວ (ຕົວຢ່າງ)',
     'PETROLEUM_DEPOT', 'VL-INT-04', NULL, 'LA', 'Bolikhamxay petroleum trader (demo)', 6200000, 'USD',
     'Private investment (demo)', 60, 'UNDER_WAY', '{}', 'demo: illustrative project')
) AS v (en, vi, lo, kind, gate, corridor, country, owner, budget, currency, funding, progress, status, docs, source)
WHERE NOT EXISTS (SELECT 1 FROM energy_infra_project p WHERE p.demo AND p.name_en = v.en);

INSERT INTO energy_infra_milestone (project_id, name, planned_on, actual_on)
SELECT p.id, v.name, v.planned::date, v.actual::date
FROM energy_infra_project p
JOIN (VALUES
    ('500 kV Monsoon–Thanh My cross-border line, Viet Nam section (demo record)', 'Line energised (demo date)', '2025-06-30', '2025-07-15'),
    ('Lao Bảo inspection yard extension (demo)', 'Site cleared', '2026-03-31', '2026-03-20'),
    ('Lao Bảo inspection yard extension (demo)', 'Scanning lane in service', '2026-09-30', NULL),
    ('Lao Bảo inspection yard extension (demo)', 'Yard open', '2027-06-30', NULL),
    ('La Lay coal conveyor and stockyard (demo)', 'Investment licence', '2027-03-31', NULL),
    ('Nam Phao petroleum depot (demo)', 'Tanks installed', '2026-08-31', '2026-10-05'),
    ('Nam Phao petroleum depot (demo)', 'Depot in operation', '2027-02-28', NULL)
) AS v (project, name, planned, actual) ON v.project = p.name_en
WHERE p.demo AND NOT EXISTS (SELECT 1 FROM energy_infra_milestone m WHERE m.project_id = p.id AND m.name = v.name);
