-- Demo transit movement for the default (non-prod) run, labelled demo: Lao potash of the Savannakhet demo
-- cooperative (la-enterprise) released at Lao Bảo–Densavanh (VL-INT-06, the demo officer's gate) for the port
-- of Vũng Áng, under two seals and a multiple-journey guarantee, so that the transit pages have a movement to
-- show. Runs after R__demo_enterprises and R__demo_accounts (name order). Idempotent: inserted once.

WITH trader AS (
    SELECT e.id FROM enterprise e JOIN organisation o ON o.id = e.owner_organisation_id
    WHERE o.name = 'Savan Cassava Cooperative (demo)' ORDER BY e.id LIMIT 1
)
INSERT INTO border_guarantee (trader_id, journey, reference, amount, currency, balance, lodged_by, lodged_at, demo)
SELECT trader.id, 'MULTIPLE', 'DEMO-GTE-0001', 2000000000, 'VND', 1650000000, 'la-enterprise',
    now() - interval '30 days', TRUE
FROM trader
ON CONFLICT (trader_id, reference) DO NOTHING;

WITH g AS (
    SELECT id, trader_id FROM border_guarantee WHERE reference = 'DEMO-GTE-0001' AND demo
), t AS (
    INSERT INTO border_transit (trader_id, departure_office, transit_offices, destination_office, vehicle_plate,
        vehicle_country, currency, guarantee_required, guarantee_id, reserved, status, time_limit_hours,
        released_at, deadline, lodged_by, lodged_at, updated_at, demo)
    SELECT g.trader_id, 'VL-INT-06', '{}', 'SEA-VUNG-ANG', 'SVK4521', 'LA', 'VND', 350000000, g.id, 350000000,
        'RELEASED', 72, now() - interval '20 hours', now() + interval '52 hours', 'la-enterprise',
        now() - interval '22 hours', now() - interval '20 hours', TRUE
    FROM g
    WHERE NOT EXISTS (SELECT 1 FROM border_transit WHERE demo)
    RETURNING id
), items AS (
    INSERT INTO border_transit_item (transit_id, line_no, hs_code, description, quantity, unit, value_amount)
    SELECT t.id, 1, '310420', 'demo: potassium chloride (potash), bulk', 30000, 'KGM', 2800000000 FROM t
), exposures AS (
    INSERT INTO border_transit_exposure (transit_id, country, amount)
    SELECT t.id, v.country, v.amount FROM t, (VALUES ('VN', 350000000), ('LA', 120000000)) AS v (country, amount)
), seals AS (
    INSERT INTO border_transit_seal (transit_id, seal_id)
    SELECT t.id, v.seal FROM t, (VALUES ('VN-LB-000101'), ('VN-LB-000102')) AS v (seal)
)
INSERT INTO border_transit_history (transit_id, seq, from_status, to_status, actor, at, note)
SELECT t.id, v.seq, v.from_status, v.to_status, v.actor, now() - v.age, v.note
FROM t, (VALUES
    (1, NULL, 'DECLARED', 'la-enterprise', interval '22 hours', 'demo'),
    (2, 'DECLARED', 'RELEASED', 'officer', interval '20 hours', 'demo: reserved 350000000 VND; limit 72 h')
) AS v (seq, from_status, to_status, actor, age, note);
