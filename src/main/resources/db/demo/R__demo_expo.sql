-- Demo Expo events (issue 14) for the default (non-prod) run, labelled demo: the past Vietnam–Laos Expo 2026 in
-- Vientiane (booths, accepted meetings with their slots and tables) and the upcoming Expo 2027 in Hanoi (booths,
-- an accepted and a waiting request, nothing scheduled yet). Synthetic: the dates and halls are not the real
-- fair's. Loaded only when db/demo is on Flyway's path (never in prod). Idempotent: events are matched by their
-- demo English name, and every row below is added only when missing.

INSERT INTO expo_event (name_en, name_vi, name_lo, city, country, starts_on, ends_on, slot_minutes, meeting_tables,
    province_quota, request_quota, requests_close_hours, demo, created_by, created_at)
SELECT v.en, v.vi, v.lo, v.city, v.country, CAST(v.starts AS DATE), CAST(v.ends AS DATE), 30, 4, 3, 10, 48, TRUE,
    'analyst', now()
FROM (VALUES
    ('Vietnam–Laos Expo 2026 (demo)', 'Hội chợ Thương mại Việt Nam – Lào 2026 (mẫu)',
     'ງານວາງສະແດງສິນຄ້າ ຫວຽດນາມ – ລາວ 2026 (ຕົວຢ່າງ)', 'ນະຄອນຫຼວງວຽງຈັນ', 'LA', '2026-09-24', '2026-09-27'),
    ('Vietnam–Laos Expo 2027 (demo)', 'Hội chợ Thương mại Việt Nam – Lào 2027 (mẫu)',
     'ງານວາງສະແດງສິນຄ້າ ຫວຽດນາມ – ລາວ 2027 (ຕົວຢ່າງ)', 'Hà Nội', 'VN', '2027-09-23', '2027-09-26')
) AS v (en, vi, lo, city, country, starts, ends)
WHERE NOT EXISTS (SELECT 1 FROM expo_event e WHERE e.demo AND e.name_en = v.en);

-- The venue city is written as the venue's own country writes it (the city is free text, not a reference name
-- that could be shown in each reader's language); databases loaded earlier get the same spelling.
UPDATE expo_event SET city = 'ນະຄອນຫຼວງວຽງຈັນ' WHERE demo AND city = 'Vientiane';
UPDATE expo_event SET city = 'Hà Nội' WHERE demo AND city = 'Hanoi';

INSERT INTO expo_hall (event_id, position, name, capacity)
SELECT e.id, h.position, h.name, h.capacity
FROM expo_event e
CROSS JOIN (VALUES (1, 'A', 12), (2, 'B', 12)) AS h (position, name, capacity)
WHERE e.demo AND e.name_en IN ('Vietnam–Laos Expo 2026 (demo)', 'Vietnam–Laos Expo 2027 (demo)')
ON CONFLICT DO NOTHING;

-- Two meeting days, each a morning block of 4 slots (09:00–11:00) and an afternoon block of 3 (14:00–15:30).
INSERT INTO expo_slot (event_id, number, day, starts_at, ends_at)
SELECT e.id, s.number, e.starts_on + s.day_offset, CAST(s.starts AS TIME), CAST(s.starts AS TIME) + interval '30 minutes'
FROM expo_event e
CROSS JOIN (VALUES
    (1, 0, '09:00'), (2, 0, '09:30'), (3, 0, '10:00'), (4, 0, '10:30'), (5, 0, '14:00'), (6, 0, '14:30'), (7, 0, '15:00'),
    (8, 1, '09:00'), (9, 1, '09:30'), (10, 1, '10:00'), (11, 1, '10:30'), (12, 1, '14:00'), (13, 1, '14:30'),
    (14, 1, '15:00')
) AS s (number, day_offset, starts)
WHERE e.demo AND e.name_en IN ('Vietnam–Laos Expo 2026 (demo)', 'Vietnam–Laos Expo 2027 (demo)')
ON CONFLICT DO NOTHING;

-- Approved booths: hall, number and the products from each enterprise's offers.
INSERT INTO expo_booth (event_id, enterprise_id, country, province_code, status, hall_id, number, applied_by,
    applied_at, decided_by, decided_at)
SELECT e.id, x.id, x.country, x.province_code, 'APPROVED', h.id, b.number, 'demo', now(), 'analyst', now()
FROM (VALUES
    ('Vietnam–Laos Expo 2026 (demo)', '3369006021', 1, 1), ('Vietnam–Laos Expo 2026 (demo)', 'LA-0100234', 1, 2),
    ('Vietnam–Laos Expo 2026 (demo)', '3255826888', 1, 3), ('Vietnam–Laos Expo 2026 (demo)', 'LA-7995560', 2, 1),
    ('Vietnam–Laos Expo 2026 (demo)', 'LA-9751196', 2, 2), ('Vietnam–Laos Expo 2026 (demo)', '0498516716', 2, 3),
    ('Vietnam–Laos Expo 2027 (demo)', '3369006021', 1, 1), ('Vietnam–Laos Expo 2027 (demo)', 'LA-0100234', 1, 2),
    ('Vietnam–Laos Expo 2027 (demo)', '3010652994', 2, 1), ('Vietnam–Laos Expo 2027 (demo)', 'LA-7995560', 2, 2)
) AS b (event, registration, hall, number)
JOIN expo_event e ON e.demo AND e.name_en = b.event
JOIN expo_hall h ON h.event_id = e.id AND h.position = b.hall
JOIN enterprise x ON x.registration_number = b.registration
ON CONFLICT DO NOTHING;

INSERT INTO expo_booth_product (booth_id, hs_code)
SELECT DISTINCT b.id, o.hs_code
FROM expo_booth b
JOIN expo_event e ON e.id = b.event_id AND e.demo
JOIN enterprise_offer o ON o.enterprise_id = b.enterprise_id
ON CONFLICT DO NOTHING;

INSERT INTO expo_participant (event_id, enterprise_id, country, province_code, registered_by, registered_at)
SELECT b.event_id, b.enterprise_id, b.country, b.province_code, 'demo', now()
FROM expo_booth b JOIN expo_event e ON e.id = b.event_id AND e.demo
WHERE b.status = 'APPROVED'
ON CONFLICT DO NOTHING;

-- Meetings: in 2026 accepted and held (slot and table); in 2027 one accepted and one waiting for an answer.
INSERT INTO expo_meeting (event_id, from_enterprise_id, to_enterprise_id, score, status, message, sent_by, sent_at,
    answered_by, answered_at, slot_number, table_number)
SELECT e.id, f.id, t.id, m.score, m.status, m.message, 'demo', now(),
    CASE WHEN m.status = 'ACCEPTED' THEN 'demo' END, CASE WHEN m.status = 'ACCEPTED' THEN now() END,
    m.slot, m.table_number
FROM (VALUES
    ('Vietnam–Laos Expo 2026 (demo)', 'LA-0100234', '3369006021', 0.92, 'ACCEPTED', 'ມັນຕົ້ນສົດສຳລັບປີ 2027', 1, 1),
    ('Vietnam–Laos Expo 2026 (demo)', 'LA-7995560', '3369006021', 0.85, 'ACCEPTED', NULL, 2, 1),
    ('Vietnam–Laos Expo 2026 (demo)', 'LA-9751196', '3255826888', 0.81, 'ACCEPTED', NULL, 1, 2),
    ('Vietnam–Laos Expo 2026 (demo)', 'LA-0100234', '0498516716', 0.78, 'ACCEPTED', NULL, 3, 1),
    ('Vietnam–Laos Expo 2027 (demo)', 'LA-7995560', '3369006021', 0.85, 'ACCEPTED', NULL, NULL, NULL),
    ('Vietnam–Laos Expo 2027 (demo)', 'LA-0100234', '3010652994', 0.80, 'REQUESTED', 'ການສະໜອງມັນຕົ້ນ', NULL, NULL)
) AS m (event, from_registration, to_registration, score, status, message, slot, table_number)
JOIN expo_event e ON e.demo AND e.name_en = m.event
JOIN enterprise f ON f.registration_number = m.from_registration
JOIN enterprise t ON t.registration_number = m.to_registration
WHERE NOT EXISTS (
    SELECT 1 FROM expo_meeting x WHERE x.event_id = e.id AND x.from_enterprise_id = f.id AND x.to_enterprise_id = t.id);

-- The venues as reference provinces (decision 0042): Vientiane Capital and Hà Nội.
UPDATE expo_event SET venue_province = 'LA-VT' WHERE demo AND country = 'LA' AND venue_province IS NULL;
UPDATE expo_event SET venue_province = '01' WHERE demo AND country = 'VN' AND venue_province IS NULL;
