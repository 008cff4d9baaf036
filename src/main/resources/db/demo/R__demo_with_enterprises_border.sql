-- Demo border data for the default (non-prod) run, all labelled demo: declarations of the Nghệ An demo
-- enterprise at Lao Bảo–Densavanh (VL-INT-06) in several statuses with their history, a morning of vehicle
-- visits there so that the release-time page has figures to show, and a few goods on the residents' permitted
-- list. Named "with_enterprises" so that Flyway runs it after R__demo_enterprises (repeatable migrations run
-- in name order). Idempotent: rows already there are left alone.

INSERT INTO border_permitted_good (hs_prefix, note, demo) VALUES
    ('0714', 'demo: cassava and other roots', TRUE),
    ('0803', 'demo: bananas', TRUE),
    ('1006', 'demo: rice', TRUE)
ON CONFLICT (hs_prefix) DO NOTHING;

WITH trader AS (
    SELECT e.id FROM enterprise e JOIN organisation o ON o.id = e.owner_organisation_id
    WHERE o.name = 'Công ty CP Tinh bột sắn Nghệ An (demo)' ORDER BY e.id LIMIT 1
)
INSERT INTO border_declaration (trader_id, client_key, request_hash, gate_pair_id, direction, vehicle_plate,
    vehicle_country, driver_name, driver_document, status, channel, channel_basis, channel_draw, channel_seed,
    channel_at, lodged_by, lodged_at, updated_at, demo)
SELECT trader.id, v.key, repeat('0', 64), 'VL-INT-06', v.direction, v.plate, v.country, v.driver, v.document,
    v.status, v.channel, v.basis, v.draw, CASE WHEN v.channel IS NULL THEN NULL ELSE 13 END,
    CASE WHEN v.channel IS NULL THEN NULL ELSE now() - v.age + interval '5 minutes' END,
    'vn-enterprise', now() - v.age, now() - v.age, TRUE
FROM trader, (VALUES
    ('demo-1', 'IMPORT', '74C12345', 'VN', 'Nguyễn Văn An', 'B2-0123456789', 'STORED', NULL, NULL, NULL, interval '30 minutes'),
    ('demo-2', 'IMPORT', '74C23456', 'VN', 'Trần Văn Bình', 'B2-0234567890', 'CHANNEL_ASSIGNED', 'GREEN', 'DEFAULT', 0.5312, interval '2 hours'),
    ('demo-3', 'IMPORT', 'SVK1234', 'LA', 'Souksavanh Phommachanh', 'LA-DL-778812', 'CHANNEL_ASSIGNED', 'RED', 'RANDOM', 0.0117, interval '3 hours'),
    ('demo-4', 'EXPORT', '37H04567', 'VN', 'Lê Thị Cúc', 'B2-0345678901', 'RELEASED', 'GREEN', 'DEFAULT', 0.7731, interval '5 hours')
) AS v (key, direction, plate, country, driver, document, status, channel, basis, draw, age)
ON CONFLICT (trader_id, client_key) DO NOTHING;

INSERT INTO border_declaration_item (declaration_id, line_no, hs_code, description, quantity, unit, value_amount,
    value_currency, origin_country, co_form, preference)
SELECT d.id, 1, v.hs, v.description, v.quantity, 'KGM', v.amount, v.currency, v.origin, v.co,
    CASE WHEN v.co = 'S' AND v.origin IN ('VN', 'LA') THEN 'VN_LA_BORDER_TRADE_0' END
FROM border_declaration d JOIN (VALUES
    ('demo-1', '071410', 'Fresh cassava roots', 20000, 60000000, 'VND', 'LA', 'S'),
    ('demo-2', '110814', 'Cassava starch', 15000, 9500, 'USD', 'LA', 'S'),
    ('demo-3', '440729', 'Sawn tropical wood', 8000, 12000, 'USD', 'LA', NULL),
    ('demo-4', '110814', 'Cassava starch', 12000, 180000000, 'VND', 'VN', NULL)
) AS v (key, hs, description, quantity, amount, currency, origin, co) ON d.client_key = v.key AND d.demo
ON CONFLICT DO NOTHING;

-- History: stored, then registered and channel assigned, then released, as far as each got.
INSERT INTO border_declaration_history (declaration_id, seq, from_status, to_status, actor, at)
SELECT d.id, s.seq, s.from_status, s.to_status, s.actor, d.lodged_at + s.after
FROM border_declaration d
JOIN (VALUES
    (1, NULL, 'STORED', 'vn-enterprise', interval '0 minutes', 'STORED'),
    (2, 'STORED', 'REGISTERED', 'vn-enterprise', interval '5 minutes', 'REGISTERED'),
    (3, 'REGISTERED', 'CHANNEL_ASSIGNED', 'vn-enterprise', interval '5 minutes', 'REGISTERED'),
    (4, 'CHANNEL_ASSIGNED', 'RELEASED', 'officer', interval '40 minutes', 'RELEASED')
) AS s (seq, from_status, to_status, actor, after, reached) ON TRUE
WHERE d.demo AND d.client_key LIKE 'demo-%'
  AND (s.reached = 'STORED'
       OR (s.reached = 'REGISTERED' AND d.status IN ('CHANNEL_ASSIGNED', 'RELEASED'))
       OR (s.reached = 'RELEASED' AND d.status = 'RELEASED'))
ON CONFLICT DO NOTHING;

-- A morning of visits at Lao Bảo (both sides), for the release-time figures; closed, apart from none.
INSERT INTO border_visit (gate_pair_id, side, plate, vehicle_country, opened_by, opened_at, closed_at, demo)
SELECT 'VL-INT-06', v.side, v.plate, v.country, 'officer', date_trunc('day', now()) - interval '1 day' + v.arrived,
    date_trunc('day', now()) - interval '1 day' + v.gate_out, TRUE
FROM (VALUES
    ('VN', 'DEMO74C001', 'VN', interval '1 hour', interval '2 hours'),
    ('VN', 'DEMO74C002', 'VN', interval '1 hour 10 minutes', interval '3 hours 10 minutes'),
    ('LA', 'DEMOSVK003', 'LA', interval '2 hours', interval '3 hours 5 minutes'),
    ('LA', 'DEMOSVK004', 'LA', interval '2 hours 30 minutes', interval '3 hours 30 minutes')
) AS v (side, plate, country, arrived, gate_out)
WHERE NOT EXISTS (SELECT 1 FROM border_visit b WHERE b.demo AND b.plate = v.plate);

INSERT INTO border_visit_event (visit_id, type, at, source, recorded_by, recorded_at)
SELECT b.id, e.type, b.opened_at + e.after, e.source, 'officer', b.opened_at + e.after
FROM border_visit b
JOIN (VALUES
    ('ARRIVED', interval '0 minutes', 'CAMERA'),
    ('GATE_IN', interval '20 minutes', 'CAMERA'),
    ('CUSTOMS_START', interval '25 minutes', 'OFFICER'),
    ('RELEASED', interval '45 minutes', 'OFFICER')
) AS e (type, after, source) ON TRUE
WHERE b.demo AND NOT EXISTS (SELECT 1 FROM border_visit_event x WHERE x.visit_id = b.id);

INSERT INTO border_visit_event (visit_id, type, at, source, recorded_by, recorded_at)
SELECT b.id, 'GATE_OUT', b.closed_at, 'CAMERA', 'officer', b.closed_at
FROM border_visit b
WHERE b.demo AND b.closed_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM border_visit_event x WHERE x.visit_id = b.id AND x.type = 'GATE_OUT');
