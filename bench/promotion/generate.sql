-- Benchmark data for the promotion catalogue (docs/benchmarks.md, "Promotion catalogue search"): 100,000 branded
-- products (half Vietnamese, half Lao) named in Vietnamese, Lao and English from 24 product words, 16 qualifiers
-- and a running number, rated 1-5 stars, and 5,000 channels. Deterministic (setseed). The search column is left
-- empty and filled by the application at start-up (SearchTextBackfill), with Java's folding.
SELECT setseed(0.4218);
DELETE FROM promotion_listing;
DELETE FROM promotion_product;
DELETE FROM promotion_channel WHERE created_by = 'bench';

CREATE TEMP TABLE bench_noun (k INT, hs TEXT, category TEXT, vi TEXT, lo TEXT, en TEXT);
INSERT INTO bench_noun VALUES
 (0, '090111', 'DRINK', 'Cà phê nhân', 'ກາເຟດິບ', 'Green coffee'),
 (1, '090121', 'DRINK', 'Cà phê rang xay', 'ກາເຟຂົ້ວບົດ', 'Roasted coffee'),
 (2, '210111', 'DRINK', 'Cà phê hòa tan', 'ກາເຟສຳເລັດຮູບ', 'Instant coffee'),
 (3, '090230', 'DRINK', 'Trà Shan tuyết', 'ຊາປ່າ', 'Shan tea'),
 (4, '040900', 'FOOD', 'Mật ong rừng', 'ນ້ຳເຜິ້ງປ່າ', 'Wild honey'),
 (5, '100630', 'FOOD', 'Gạo nếp', 'ເຂົ້າໜຽວ', 'Glutinous rice'),
 (6, '100630', 'FOOD', 'Gạo thơm', 'ເຂົ້າຫອມ', 'Fragrant rice'),
 (7, '190230', 'FOOD', 'Bánh phở khô', 'ເສັ້ນເຝີແຫ້ງ', 'Dried pho noodles'),
 (8, '190230', 'FOOD', 'Miến dong', 'ເສັ້ນແກ້ວ', 'Glass noodles'),
 (9, '210390', 'FOOD', 'Nước mắm', 'ນ້ຳປາ', 'Fish sauce'),
 (10, '080132', 'FOOD', 'Hạt điều rang', 'ໝາກມ່ວງຫິມະພານຂົ້ວ', 'Roasted cashews'),
 (11, '200799', 'FOOD', 'Mứt gừng', 'ຂີງແຊ່ອີ່ມ', 'Candied ginger'),
 (12, '160250', 'FOOD', 'Thịt trâu gác bếp', 'ຊີ້ນຄວາຍແຫ້ງ', 'Smoked buffalo jerky'),
 (13, '121190', 'HERBAL', 'Sâm Ngọc Linh', 'ໂສມ', 'Ginseng'),
 (14, '121190', 'HERBAL', 'Cao dược liệu', 'ຢາສະໝຸນໄພ', 'Herbal extract'),
 (15, '330749', 'HERBAL', 'Tinh dầu quế', 'ນ້ຳມັນຫອມລະເຫີຍ', 'Cinnamon oil'),
 (16, '220890', 'DRINK', 'Rượu cần', 'ເຫຼົ້າໄຫ', 'Jar rice wine'),
 (17, '220300', 'DRINK', 'Bia thủ công', 'ເບຍ', 'Craft beer'),
 (18, '460219', 'HANDICRAFT', 'Giỏ mây tre đan', 'ກະຕ່າຫວາຍ', 'Rattan basket'),
 (19, '630499', 'TEXTILE', 'Khăn thổ cẩm', 'ຜ້າແພ', 'Brocade scarf'),
 (20, '500790', 'TEXTILE', 'Lụa tơ tằm', 'ຜ້າໄໝ', 'Silk fabric'),
 (21, '691200', 'HANDICRAFT', 'Gốm Bát Tràng', 'ເຄື່ອງປັ້ນດິນເຜົາ', 'Glazed pottery'),
 (22, '440290', 'OTHER', 'Than củi', 'ຖ່ານ', 'Charcoal'),
 (23, '170199', 'FOOD', 'Đường thốt nốt', 'ນ້ຳຕານໂຕນດ', 'Palm sugar');
CREATE TEMP TABLE bench_qualifier (k INT, vi TEXT, lo TEXT, en TEXT);
INSERT INTO bench_qualifier VALUES
 (0, 'đặc sản', 'ພິເສດ', 'speciality'), (1, 'hữu cơ', 'ອິນຊີ', 'organic'), (2, 'cao cấp', 'ຊັ້ນເລີດ', 'premium'),
 (3, 'truyền thống', 'ພື້ນເມືອງ', 'traditional'), (4, 'miền núi', 'ເຂດພູດອຍ', 'highland'),
 (5, 'Bolaven', 'ບໍລະເວນ', 'Bolaven'), (6, 'Tây Bắc', 'ພາກເໜືອ', 'northwest'), (7, 'Nghệ An', 'ເງະອານ', 'Nghe An'),
 (8, 'Savan', 'ສະຫວັນ', 'Savan'), (9, 'Phongsaly', 'ຜົ້ງສາລີ', 'Phongsaly'), (10, 'thượng hạng', 'ຄຸນນະພາບສູງ', 'superior'),
 (11, 'gia truyền', 'ສືບທອດ', 'heritage'), (12, 'sạch', 'ສະອາດ', 'clean'), (13, 'xuất khẩu', 'ສົ່ງອອກ', 'export'),
 (14, 'làng nghề', 'ບ້ານຫັດຖະກຳ', 'craft village'), (15, 'Champasak', 'ຈຳປາສັກ', 'Champasak');

INSERT INTO promotion_product (enterprise_id, country, province_code, hs_code, category, brand_en, brand_vi,
    brand_lo, name_en, name_vi, name_lo, rating_stars, certificate_number, rating_level, rated_on,
    rating_expires_on, certifications, pack_sizes, price_min, price_max, currency, search_text, created_by,
    created_at)
SELECT g.enterprise_id, g.country, g.province, n.hs, n.category,
    'Brand ' || g.i, 'Thương hiệu ' || g.i, 'ຍີ່ຫໍ້ ' || g.i,
    n.en || ' ' || q.en || ' ' || g.i, n.vi || ' ' || q.vi || ' ' || g.i, n.lo || ' ' || q.lo || ' ' || g.i,
    g.stars, CASE WHEN g.stars IS NULL THEN NULL ELSE 'C-' || g.i END,
    CASE WHEN g.stars IS NULL THEN NULL ELSE 'PROVINCE' END,
    CASE WHEN g.stars IS NULL THEN NULL ELSE g.rated END,
    CASE WHEN g.stars IS NULL THEN NULL ELSE g.rated + interval '36 months' END,
    ARRAY['HACCP'], ARRAY['500 g'], 10000, 90000, CASE WHEN g.country = 'VN' THEN 'VND' ELSE 'LAK' END, '', 'bench', now()
FROM (
    SELECT i, CASE WHEN i % 2 = 0 THEN 'VN' ELSE 'LA' END AS country,
        CASE WHEN i % 2 = 0 THEN (ARRAY['01', '40', '42', '44', '48', '79', '08', '04'])[1 + floor(random() * 8)::int]
             ELSE (ARRAY['LA-VT', 'LA-SV', 'LA-CH', 'LA-BL', 'LA-XI', 'LA-LP', 'LA-KH', 'LA-SL'])[1 + floor(random() * 8)::int]
        END AS province,
        floor(random() * 24)::int AS noun, floor(random() * 16)::int AS qualifier,
        CASE WHEN random() < 0.15 THEN NULL ELSE 1 + floor(random() * 5)::int END AS stars,
        DATE '2022-01-01' + floor(random() * 1700)::int AS rated,
        1 + floor(random() * 300)::int AS enterprise_id
    FROM generate_series(1, 100000) AS i
) g
JOIN bench_noun n ON n.k = g.noun
JOIN bench_qualifier q ON q.k = g.qualifier;

INSERT INTO promotion_channel (country, kind, name, provinces, categories, hs_chapters, contact, created_by, created_at)
SELECT CASE WHEN i % 2 = 0 THEN 'VN' ELSE 'LA' END,
    (ARRAY['DISTRIBUTOR', 'SUPERMARKET_CHAIN', 'BORDER_MARKET', 'TRADE_CENTRE', 'ECOMMERCE', 'SHOWROOM'])[1 + i % 6],
    'Channel ' || i,
    CASE WHEN i % 2 = 0 THEN ARRAY['40', '42', '44'] ELSE ARRAY['LA-SV', 'LA-BL', 'LA-XI'] END,
    ARRAY['FOOD', 'DRINK'], ARRAY['09', '10', '19', '21'], 'channel' || i || '@bench.example', 'bench', now()
FROM generate_series(1, 5000) AS i;

ANALYZE promotion_product;
ANALYZE promotion_channel;
SELECT country, count(*) FROM promotion_product GROUP BY country ORDER BY country;
