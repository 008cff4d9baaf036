-- Demo parks and zones (issue 17) for the default (non-prod) run, labelled demo: the real zones at the Lao Bảo –
-- Densavanh and Cầu Treo – Nam Phao gates and the Savan-Seno SEZ, each with its sources (flagged not confirmed
-- where the figure could not be checked in the legal text), and the two sides of the proposed Lao Bảo –
-- Densavanh cross-border zone as the joint park. The leasable areas and the tenants are demo figures, not
-- sourced, so that occupancy can be shown. Idempotent: zones are matched by their demo English name.

INSERT INTO zone (kind, name_en, name_vi, name_lo, country, gate_pair_id, latitude, longitude, total_ha, leasable_ha,
    status, operator_name, isic_codes, hs_codes, power, water, wastewater, road_rail_links, regime_scope,
    established_on, source, source_date, confirmed, demo, created_by, created_at)
SELECT v.kind, v.en, v.vi, v.lo, v.country, v.gate, v.lat, v.lon, v.total, v.leasable, v.status, v.operator,
    string_to_array(v.isic, ','), string_to_array(v.hs, ','), v.power, 'UNKNOWN', 'UNKNOWN', v.links, v.scope,
    CAST(v.established AS DATE), v.source, CAST(v.source_date AS DATE), FALSE, TRUE, 'demo', now()
FROM (VALUES
    ('BORDER_GATE_ECONOMIC_ZONE', 'Lao Bảo Special Economic-Commercial Zone',
     'Khu kinh tế – thương mại đặc biệt Lao Bảo', 'ເຂດເສດຖະກິດ-ການຄ້າພິເສດ ລາວບາວ', 'VN', 'VL-INT-06',
     16.61406, 106.60065, 15804.00, 120.00, 'OPERATING', 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị',
     'C,G,52', '071410,090111,400122', 'AVAILABLE', 'QL9 / AH16 / East–West Economic Corridor',
     'VN_ECONOMIC_ZONE', '1998-11-12',
     'Established by Decision 219/1998/QĐ-TTg, reorganised by Decision 11/2005/QĐ-TTg (total area 15,804 ha as reported; not checked in the decision''s text); point: Lao Bảo town (GeoNames); leasable area: demo figure',
     '2005-01-12'),
    ('BORDER_GATE_ECONOMIC_ZONE', 'Cầu Treo International Border-Gate Economic Zone',
     'Khu kinh tế cửa khẩu quốc tế Cầu Treo', 'ເຂດເສດຖະກິດດ່ານສາກົນ ເກົາແຈວ', 'VN', 'VL-INT-04',
     18.38333, 105.15000, 56685.00, 80.00, 'OPERATING', 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh',
     'C,G,52', '071410,440799', 'UNKNOWN', 'QL8 / AH15',
     'VN_ECONOMIC_ZONE', NULL,
     'Decision 162/2007/QĐ-TTg on the zone''s regulation (total area 56,685 ha as reported; not checked in the decision''s text); point: the gate (vi.wikipedia infobox); leasable area: demo figure',
     '2007-10-19'),
    ('SPECIAL_ECONOMIC_ZONE', 'Savan-Seno Special Economic Zone',
     'Đặc khu kinh tế Savan-Seno', 'ເຂດເສດຖະກິດພິເສດ ສະຫວັນ-ເຊໂນ', 'LA', 'VL-INT-06',
     16.5703, 104.7622, 954.00, 300.00, 'OPERATING', 'Savan-Seno Special Economic Zone Authority',
     'C,29,26,52', '870899,854449', 'AVAILABLE', 'Route 9 / AH16 / East–West Economic Corridor; Second Thai–Lao Friendship Bridge',
     'LA_SEZ_SAVAN_SENO', '2003-09-29',
     'Prime Minister''s Decree 148/PM of 29 Sep 2003; total area 954 ha over its sites as reported (not checked); Vientiane Times via ANN on Savan Park (zone C) for sectors; point: Savannakhet town; leasable area: demo figure',
     '2003-09-29'),
    ('BORDER_GATE_ECONOMIC_ZONE', 'Dansavanh border trade zone',
     'Khu thương mại biên giới Đen Sạ Vẳn', 'ເຂດການຄ້າຊາຍແດນ ແດນສະຫວັນ', 'LA', 'VL-INT-06',
     16.62478, 106.57752, NULL, NULL, 'OPERATING', NULL,
     'G,52', '071410', 'UNKNOWN', 'Route 9 / AH16',
     'LA_IPL_ZONE_1', NULL,
     'Border-gate reference data (Ban Dansavan village, GeoNames); zone status and its incentive zone (zone 1 of the Law on Investment Promotion 2016) assumed, not confirmed',
     '2016-11-17'),
    ('JOINT_PARK', 'Lao Bảo – Densavanh cross-border economic and commercial zone (Viet Nam side)',
     'Khu kinh tế – thương mại chung xuyên biên giới Lao Bảo – Đen Sạ Vẳn (phía Việt Nam)',
     'ເຂດເສດຖະກິດ-ການຄ້າຮ່ວມຂ້າມຊາຍແດນ ລາວບາວ – ແດນສະຫວັນ (ຝັ່ງຫວຽດນາມ)', 'VN', 'VL-INT-06',
     16.6170, 106.5930, NULL, NULL, 'PLANNED', 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị',
     'C,G,52', '071410,090111', 'UNKNOWN', 'QL9 / AH16',
     'VN_ECONOMIC_ZONE', NULL,
     'Proposal studied by Quảng Trị and Savannakhet provinces under the MoU''s joint park idea; extent and status not confirmed; point: between the two gates (approximate)',
     '2026-12-07'),
    ('JOINT_PARK', 'Lao Bảo – Densavanh cross-border economic and commercial zone (Lao side)',
     'Khu kinh tế – thương mại chung xuyên biên giới Lao Bảo – Đen Sạ Vẳn (phía Lào)',
     'ເຂດເສດຖະກິດ-ການຄ້າຮ່ວມຂ້າມຊາຍແດນ ລາວບາວ – ແດນສະຫວັນ (ຝັ່ງລາວ)', 'LA', 'VL-INT-06',
     16.6220, 106.5820, NULL, NULL, 'PLANNED', NULL,
     'C,G,52', '071410,090111', 'UNKNOWN', 'Route 9 / AH16',
     NULL, NULL,
     'Proposal studied by Quảng Trị and Savannakhet provinces under the MoU''s joint park idea; no incentive regime of its own is recorded yet (the convergence gap); point: between the two gates (approximate)',
     '2026-12-07')
) AS v (kind, en, vi, lo, country, gate, lat, lon, total, leasable, status, operator, isic, hs, power, links, scope,
        established, source, source_date)
WHERE NOT EXISTS (SELECT 1 FROM zone z WHERE z.demo AND z.name_en = v.en);

-- The joint park's two sides point at each other.
UPDATE zone SET joint_partner_id = (SELECT id FROM zone WHERE demo AND name_en LIKE 'Lao Bảo – Densavanh%(Lao side)')
WHERE demo AND name_en LIKE 'Lao Bảo – Densavanh%(Viet Nam side)' AND joint_partner_id IS NULL;
UPDATE zone SET joint_partner_id = (SELECT id FROM zone WHERE demo AND name_en LIKE 'Lao Bảo – Densavanh%(Viet Nam side)')
WHERE demo AND name_en LIKE 'Lao Bảo – Densavanh%(Lao side)' AND joint_partner_id IS NULL;

-- Provinces by date: the Vietnamese zones in Quảng Trị were in old province 45 until the 2025 merger, in new 44 since.
INSERT INTO zone_province (zone_id, province_code, valid_from, valid_to)
SELECT z.id, p.code, CAST(p.valid_from AS DATE), CAST(p.valid_to AS DATE)
FROM zone z
JOIN (VALUES
    ('VL-INT-06', 'VN', '45', '2008-08-01', '2025-06-30'),
    ('VL-INT-06', 'VN', '44', '2025-07-01', NULL),
    ('VL-INT-04', 'VN', '42', '2008-08-01', '2025-06-30'),
    ('VL-INT-04', 'VN', '42', '2025-07-01', NULL),
    ('VL-INT-06', 'LA', 'LA-SV', '2013-12-31', NULL)
) AS p (gate, country, code, valid_from, valid_to) ON p.gate = z.gate_pair_id AND p.country = z.country
WHERE z.demo
ON CONFLICT DO NOTHING;

-- Demo tenants: enterprises of the demo registry, labelled demo with their parks.
INSERT INTO zone_tenant (zone_id, enterprise_id, leased_ha, investment, currency, jobs, started_on, created_by, created_at)
SELECT z.id, e.id, t.ha, t.investment, t.currency, t.jobs, CAST(t.started AS DATE), 'demo', now()
FROM (VALUES
    ('Lao Bảo Special Economic-Commercial Zone', 'VN', 1, 12.50, 85000000000, 'VND', 140, '2021-03-01'),
    ('Lao Bảo Special Economic-Commercial Zone', 'VN', 2, 8.00, 40000000000, 'VND', 60, '2022-07-15'),
    ('Lao Bảo Special Economic-Commercial Zone', 'VN', 3, 20.25, 150000000000, 'VND', 210, '2019-10-01'),
    ('Savan-Seno Special Economic Zone', 'LA', 1, 30.00, 12000000, 'USD', 320, '2018-05-02'),
    ('Savan-Seno Special Economic Zone', 'LA', 2, 15.00, 4500000, 'USD', 95, '2023-01-09')
) AS t (zone, country, rank, ha, investment, currency, jobs, started)
JOIN zone z ON z.demo AND z.name_en = t.zone
JOIN (SELECT id, country, row_number() OVER (PARTITION BY country ORDER BY id) AS rank
      FROM enterprise WHERE demo) e ON e.country = t.country AND e.rank = t.rank
WHERE NOT EXISTS (SELECT 1 FROM zone_tenant x WHERE x.zone_id = z.id);
