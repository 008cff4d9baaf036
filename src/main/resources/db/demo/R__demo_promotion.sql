-- Demo trade promotion data (issue 18) for the default (non-prod) run, labelled demo: OCOP-rated Vietnamese and
-- ODOP-rated Lao branded products made from the demo enterprises' own offers (coffee, instant coffee, rice
-- noodles, sticky rice), distribution channels on both sides of three gate pairs (Nậm Cắn – Nam Khan,
-- Cầu Treo – Nam Phao, Lao Bảo – Densavanh), listings, and the Trade Office's 2026 programme with its results.
-- Synthetic: product names, certificate numbers, channels and figures are invented and carry "(demo)".
-- The catalogue's search column is left empty here and filled in Java at start-up (SearchTextBackfill), so that
-- SQL never imitates SearchText's folding. Idempotent: every row is added only when missing.

INSERT INTO promotion_product (enterprise_id, country, province_code, hs_code, category, brand_en, brand_vi,
    brand_lo, name_en, name_vi, name_lo, rating_stars, certificate_number, rating_level, rated_on,
    rating_expires_on, certifications, pack_sizes, price_min, price_max, currency, search_text, demo, created_by,
    created_at)
SELECT x.enterprise_id, x.country, x.province_code, x.hs_code, t.category,
    x.name_en, CASE WHEN x.country = 'VN' THEN x.name ELSE x.name_vi END, x.name_lo,
    t.en || ' (demo)', t.vi || ' (mẫu)', t.lo || ' (ຕົວຢ່າງ)',
    -- stars and dates vary by position; every fifth rating was given in 2022 and has expired (36 months).
    CASE WHEN x.country = 'VN' THEN 3 + (x.n % 3) ELSE 3 + ((x.n + 1) % 3) END,
    CASE WHEN x.country = 'VN' THEN 'OCOP-' ELSE 'ODOP-' END || x.province_code || '-' || (2022 + (x.n % 5 <> 0)::int * 2)
        || '-' || lpad(x.enterprise_id::text, 4, '0'),
    CASE WHEN x.n % 4 = 0 THEN 'NATIONAL' ELSE 'PROVINCE' END,
    CASE WHEN x.n % 5 = 0 THEN DATE '2022-06-15' ELSE DATE '2024-09-20' + CAST(x.n * 17 AS INT) END,
    CASE WHEN x.n % 5 = 0 THEN DATE '2025-06-15' ELSE DATE '2027-09-20' + CAST(x.n * 17 AS INT) END,
    t.certifications, t.packs, t.price_min, t.price_max, t.currency, '', TRUE, 'demo', now()
FROM (
    SELECT e.id AS enterprise_id, e.country, e.province_code, e.name, e.name_vi, e.name_lo, e.name_en, o.hs_code,
        row_number() OVER (PARTITION BY o.hs_code ORDER BY e.id) AS n
    FROM enterprise e JOIN enterprise_offer o ON o.enterprise_id = e.id
    WHERE e.demo AND ((e.country = 'LA' AND o.hs_code IN ('090111', '100630'))
        OR (e.country = 'VN' AND o.hs_code IN ('090121', '210111', '190230')))
) x
JOIN (VALUES
    ('090111', 'DRINK', 'Bolaven Plateau Arabica green coffee', 'Cà phê nhân Arabica cao nguyên Bolaven',
        'ກາເຟດິບ ອາຣາບິກາ ພູພຽງບໍລະເວນ', ARRAY['organic', 'Rainforest Alliance'], ARRAY['1 kg', '60 kg bag'],
        180000.00, 2400000.00, 'LAK'),
    ('100630', 'FOOD', 'Khao niao glutinous rice', 'Gạo nếp Lào', 'ເຂົ້າໜຽວ ນາປີ', ARRAY['GAP Laos'],
        ARRAY['2 kg', '5 kg', '25 kg'], 45000.00, 420000.00, 'LAK'),
    ('090121', 'DRINK', 'Roasted ground Robusta coffee', 'Cà phê rang xay Robusta', 'ກາເຟຂົ້ວບົດ ໂຣບັສຕາ',
        ARRAY['VietGAP', '4C'], ARRAY['250 g', '500 g'], 85000.00, 160000.00, 'VND'),
    ('210111', 'DRINK', '3-in-1 instant coffee', 'Cà phê hòa tan 3 trong 1', 'ກາເຟສຳເລັດຮູບ 3 ໃນ 1',
        ARRAY['HACCP', 'halal'], ARRAY['20 x 16 g', '50 x 16 g'], 52000.00, 118000.00, 'VND'),
    ('190230', 'FOOD', 'Dried rice noodles for pho', 'Bánh phở khô', 'ເສັ້ນເຝີແຫ້ງ', ARRAY['HACCP'],
        ARRAY['500 g', '10 x 500 g'], 28000.00, 240000.00, 'VND')
) AS t (hs, category, en, vi, lo, certifications, packs, price_min, price_max, currency) ON t.hs = x.hs_code
WHERE x.n <= 8
  AND NOT EXISTS (SELECT 1 FROM promotion_product p WHERE p.demo AND p.enterprise_id = x.enterprise_id
    AND p.hs_code = x.hs_code);

-- Channels on both sides of the three gate pairs, and in the capitals.
INSERT INTO promotion_channel (country, kind, name, provinces, categories, hs_chapters, contact, demo, created_by,
    created_at)
SELECT v.country, v.kind, v.name, v.provinces, v.categories, v.chapters, v.contact, TRUE, 'demo', now()
FROM (VALUES
    ('VN', 'SUPERMARKET_CHAIN', 'Chuỗi siêu thị Hồng Lam Mart (mẫu)', ARRAY['40', '42'], ARRAY['FOOD', 'DRINK'],
        ARRAY['09', '10', '19', '21'], 'muahang@honglam.example'),
    ('VN', 'BORDER_MARKET', 'Chợ biên giới Lao Bảo (mẫu)', ARRAY['44'], ARRAY['FOOD', 'DRINK', 'HANDICRAFT'],
        ARRAY['09', '10'], '+84 233 387 0000'),
    ('VN', 'TRADE_CENTRE', 'Trung tâm thương mại Cầu Treo (mẫu)', ARRAY['42'], ARRAY['FOOD', 'HANDICRAFT', 'TEXTILE'],
        ARRAY['10', '46', '62'], '+84 239 387 5000'),
    ('VN', 'SHOWROOM', 'Phòng trưng bày hàng Lào tại Hà Nội (mẫu)', ARRAY['01'], ARRAY['FOOD', 'DRINK', 'HANDICRAFT',
        'HERBAL'], ARRAY['09', '10', '12'], 'hanglao@showroom.example'),
    ('VN', 'ECOMMERCE', 'Sàn thương mại điện tử Hàng Việt – Lào (mẫu)', ARRAY['01', '40', '42', '44', '79'],
        ARRAY['FOOD', 'DRINK', 'HERBAL'], ARRAY['09', '10', '21'], 'hotro@vietlao-market.example'),
    ('LA', 'BORDER_MARKET', 'ຕະຫຼາດຊາຍແດນ ແດນສະຫວັນ (ຕົວຢ່າງ)', ARRAY['LA-SV'], ARRAY['FOOD', 'DRINK'],
        ARRAY['09', '19', '21'], '+856 41 790 000'),
    ('LA', 'SUPERMARKET_CHAIN', 'ເຄືອຂ່າຍຊູບເປີມາເກັດ ສະຫວັນມາດ (ຕົວຢ່າງ)', ARRAY['LA-SV', 'LA-VT'],
        ARRAY['FOOD', 'DRINK'], ARRAY['09', '19', '21'], 'buying@savanmart.example'),
    ('LA', 'TRADE_CENTRE', 'ສູນການຄ້າ ນ້ຳພາວ (ຕົວຢ່າງ)', ARRAY['LA-BL'], ARRAY['FOOD', 'TEXTILE'], ARRAY['19', '62'],
        '+856 54 212 000'),
    ('LA', 'SHOWROOM', 'ຫ້ອງວາງສະແດງສິນຄ້າຫວຽດນາມ ວຽງຈັນ (ຕົວຢ່າງ)', ARRAY['LA-VT'], ARRAY['FOOD', 'DRINK',
        'HANDICRAFT'], ARRAY['09', '19', '21'], 'showroom@vn-goods.example'),
    ('LA', 'DISTRIBUTOR', 'ບໍລິສັດ ນຳເຂົ້າ ແລະ ຈຳໜ່າຍ ພູຄູນ (ຕົວຢ່າງ)', ARRAY['LA-XI', 'LA-VT'], ARRAY['FOOD', 'DRINK'],
        ARRAY['09', '19', '21'], 'import@phoukhoun.example')
) AS v (country, kind, name, provinces, categories, chapters, contact)
WHERE NOT EXISTS (SELECT 1 FROM promotion_channel c WHERE c.demo AND c.name = v.name);

-- The Trade Office's 2026 programme: the Expo fair (linked, not copied), a trade week, a delegation, a campaign.
INSERT INTO promotion_programme (year, organiser_kind, organiser, title_en, title_vi, title_lo, currency, demo,
    created_by, created_at)
SELECT 2026, 'TRADE_OFFICE', 'Thương vụ Việt Nam tại Lào (mẫu)', 'Trade promotion programme 2026 (demo)',
    'Chương trình xúc tiến thương mại 2026 (mẫu)', 'ແຜນງານສົ່ງເສີມການຄ້າ 2026 (ຕົວຢ່າງ)', 'USD', TRUE, 'demo', now()
WHERE NOT EXISTS (SELECT 1 FROM promotion_programme WHERE demo AND year = 2026);

INSERT INTO promotion_activity (programme_id, kind, title, starts_on, ends_on, place, budget, budget_currency,
    expo_event_id, channel_id, contracts, mous, sales, sales_currency, created_by, created_at)
SELECT p.id, v.kind, v.title, CAST(v.starts AS DATE), CAST(v.ends AS DATE), v.place, v.budget, v.currency,
    (SELECT e.id FROM expo_event e WHERE e.demo AND e.name_en = v.expo),
    (SELECT c.id FROM promotion_channel c WHERE c.demo AND c.name = v.channel),
    v.contracts, v.mous, v.sales, v.sales_currency, 'demo', now()
FROM promotion_programme p
CROSS JOIN (VALUES
    ('FAIR', 'Hội chợ Thương mại Việt Nam – Lào 2026 (mẫu)', '2026-09-24', '2026-09-27', 'ນະຄອນຫຼວງວຽງຈັນ',
        60000.00, 'USD', 'Vietnam–Laos Expo 2026 (demo)', NULL, 6, 9, 310000.00, 'USD'),
    ('TRADE_WEEK', 'Tuần hàng Lào tại Hồng Lam Mart (mẫu)', '2026-05-11', '2026-05-17', 'Vinh, Nghệ An',
        450000000.00, 'VND', NULL, 'Chuỗi siêu thị Hồng Lam Mart (mẫu)', 2, 1, 1850000000.00, 'VND'),
    ('DELEGATION', 'Đoàn doanh nghiệp Lào khảo sát Hà Tĩnh (mẫu)', '2026-03-16', '2026-03-19', 'Hà Tĩnh',
        12000.00, 'USD', NULL, NULL, 1, 3, NULL, NULL),
    ('ONLINE_CAMPAIGN', 'Tuần lễ hàng Lào trên sàn Hàng Việt – Lào (mẫu)', '2026-10-05', '2026-10-18', 'trực tuyến',
        5000.00, 'USD', NULL, 'Sàn thương mại điện tử Hàng Việt – Lào (mẫu)', 0, 0, 14500.00, 'USD')
) AS v (kind, title, starts, ends, place, budget, currency, expo, channel, contracts, mous, sales, sales_currency)
WHERE p.demo AND p.year = 2026
  AND NOT EXISTS (SELECT 1 FROM promotion_activity a WHERE a.programme_id = p.id AND a.title = v.title);

-- Listings: the first Lao coffees and rice at Vietnamese channels, Vietnamese coffee and pho at Lao channels,
-- through the programme's activities where they came from one; a few still waiting for the channel.
INSERT INTO promotion_listing (product_id, channel_id, status, via, activity_id, since, message, requested_by,
    requested_at, answered_by, answered_at)
SELECT pr.id, c.id, v.status, v.via, (SELECT a.id FROM promotion_activity a WHERE a.title = v.activity),
    CASE WHEN v.status = 'ACCEPTED' THEN CAST(v.since AS DATE) END, v.message, 'demo', now(),
    CASE WHEN v.status = 'ACCEPTED' THEN 'demo' END, CASE WHEN v.status = 'ACCEPTED' THEN now() END
FROM (VALUES
    ('090111', 1, 'Chuỗi siêu thị Hồng Lam Mart (mẫu)', 'ACCEPTED', 'TRADE_WEEK',
        'Tuần hàng Lào tại Hồng Lam Mart (mẫu)', '2026-05-18', NULL),
    ('090111', 2, 'Chuỗi siêu thị Hồng Lam Mart (mẫu)', 'ACCEPTED', 'TRADE_WEEK',
        'Tuần hàng Lào tại Hồng Lam Mart (mẫu)', '2026-05-18', NULL),
    ('100630', 1, 'Chợ biên giới Lao Bảo (mẫu)', 'ACCEPTED', 'DIRECT', NULL, '2026-02-01', NULL),
    ('100630', 2, 'Trung tâm thương mại Cầu Treo (mẫu)', 'ACCEPTED', 'DELEGATION',
        'Đoàn doanh nghiệp Lào khảo sát Hà Tĩnh (mẫu)', '2026-04-01', NULL),
    ('090111', 3, 'Sàn thương mại điện tử Hàng Việt – Lào (mẫu)', 'ACCEPTED', 'FAIR',
        'Hội chợ Thương mại Việt Nam – Lào 2026 (mẫu)', '2026-10-01', NULL),
    ('090111', 4, 'Phòng trưng bày hàng Lào tại Hà Nội (mẫu)', 'REQUESTED', 'DIRECT', NULL, NULL,
        'ພວກເຮົາຢາກວາງຂາຍກາເຟຢູ່ຮ້ານຂອງທ່ານ.'),
    ('210111', 1, 'ເຄືອຂ່າຍຊູບເປີມາເກັດ ສະຫວັນມາດ (ຕົວຢ່າງ)', 'ACCEPTED', 'FAIR',
        'Hội chợ Thương mại Việt Nam – Lào 2026 (mẫu)', '2026-10-01', NULL),
    ('190230', 1, 'ຫ້ອງວາງສະແດງສິນຄ້າຫວຽດນາມ ວຽງຈັນ (ຕົວຢ່າງ)', 'ACCEPTED', 'FAIR',
        'Hội chợ Thương mại Việt Nam – Lào 2026 (mẫu)', '2026-10-01', NULL),
    ('090121', 1, 'ຕະຫຼາດຊາຍແດນ ແດນສະຫວັນ (ຕົວຢ່າງ)', 'ACCEPTED', 'DIRECT', NULL, '2026-01-15', NULL),
    ('210111', 2, 'ບໍລິສັດ ນຳເຂົ້າ ແລະ ຈຳໜ່າຍ ພູຄູນ (ຕົວຢ່າງ)', 'REQUESTED', 'DIRECT', NULL, NULL,
        'Chúng tôi muốn giới thiệu cà phê hòa tan tới quý công ty.')
) AS v (hs, n, channel, status, via, activity, since, message)
JOIN (SELECT p.id, p.hs_code, row_number() OVER (PARTITION BY p.hs_code ORDER BY p.id) AS n
      FROM promotion_product p WHERE p.demo) pr ON pr.hs_code = v.hs AND pr.n = v.n
JOIN promotion_channel c ON c.demo AND c.name = v.channel
WHERE NOT EXISTS (SELECT 1 FROM promotion_listing l WHERE l.product_id = pr.id AND l.channel_id = c.id);
