-- Demo linkage chains for the MoU's three priority sectors (agricultural products, electronics, renewable
-- energy), so that the chain view shows real stages and gaps against the demo enterprises. Loaded only when
-- db/demo is on Flyway's path (never in the prod profile). Idempotent: chains are matched by name and their
-- stages replaced, so Flyway can re-run this file whenever it changes.

INSERT INTO matching_chain (name, names, sector, description, demo) VALUES
    ('Cassava to starch and starch products',
     '{"en": "Cassava to starch and starch products", "vi": "Sắn – tinh bột sắn – sản phẩm từ tinh bột", "lo": "ມັນຕົ້ນ – ແປ້ງມັນຕົ້ນ – ຜະລິດຕະພັນຈາກແປ້ງ"}',
     'AGRICULTURE', 'Lao cassava roots milled into starch in Viet Nam, then processed into modified starches and foods.', TRUE),
    ('Electronic components to device assembly',
     '{"en": "Electronic components to device assembly", "vi": "Linh kiện điện tử – lắp ráp thiết bị", "lo": "ອຸປະກອນເອເລັກໂຕຣນິກ – ການປະກອບອຸປະກອນ"}',
     'ELECTRONICS', 'Wiring harnesses and cables from Lao special economic zones and Vietnamese chips feeding device assembly in Viet Nam.', TRUE),
    ('Lao wind and hydro power to the Vietnamese grid',
     '{"en": "Lao wind and hydro power to the Vietnamese grid", "vi": "Điện gió và thủy điện Lào – lưới điện Việt Nam", "lo": "ໄຟຟ້າພະລັງລົມ ແລະ ພະລັງນ້ຳຂອງລາວ – ລະບົບສາຍສົ່ງຫວຽດນາມ"}',
     'RENEWABLE_ENERGY', 'Generating and transmission equipment for Lao wind and hydro plants, whose power is sold into the Vietnamese grid.', TRUE)
ON CONFLICT (name) DO UPDATE SET names = EXCLUDED.names, sector = EXCLUDED.sector,
    description = EXCLUDED.description, demo = TRUE, updated_at = now();

DELETE FROM matching_chain_stage
WHERE chain_id IN (SELECT id FROM matching_chain WHERE demo AND name IN (
    'Cassava to starch and starch products', 'Electronic components to device assembly',
    'Lao wind and hydro power to the Vietnamese grid'));

INSERT INTO matching_chain_stage (chain_id, position, country, hs_codes, label, labels)
SELECT c.id, v.position, v.country, CAST(v.codes AS TEXT[]), v.label, CAST(v.labels AS JSONB)
FROM (VALUES
    ('Cassava to starch and starch products', 1, 'LA', '{071410}', 'Fresh cassava roots',
     '{"en": "Fresh cassava roots", "vi": "Củ sắn tươi", "lo": "ຫົວມັນຕົ້ນສົດ"}'),
    ('Cassava to starch and starch products', 2, 'VN', '{110814}', 'Cassava (tapioca) starch',
     '{"en": "Cassava (tapioca) starch", "vi": "Tinh bột sắn", "lo": "ແປ້ງມັນຕົ້ນ"}'),
    ('Cassava to starch and starch products', 3, 'VN', '{3505,1903}', 'Modified starches, glues and tapioca foods',
     '{"en": "Modified starches, glues and tapioca foods", "vi": "Tinh bột biến tính, keo dán và thực phẩm từ tinh bột sắn", "lo": "ແປ້ງດັດແປງ, ກາວ ແລະ ອາຫານຈາກແປ້ງມັນຕົ້ນ"}'),
    ('Electronic components to device assembly', 1, 'LA', '{8544}', 'Wiring harnesses and insulated cable',
     '{"en": "Wiring harnesses and insulated cable", "vi": "Bó dây điện và cáp cách điện", "lo": "ຊຸດສາຍໄຟ ແລະ ສາຍເຄເບີນຫຸ້ມສນວນ"}'),
    ('Electronic components to device assembly', 2, 'VN', '{8541,8542}', 'Semiconductor devices and integrated circuits',
     '{"en": "Semiconductor devices and integrated circuits", "vi": "Linh kiện bán dẫn và mạch tích hợp", "lo": "ອຸປະກອນເຊມິຄອນດັກເຕີ ແລະ ວົງຈອນລວມ"}'),
    ('Electronic components to device assembly', 3, 'VN', '{8471,8517}', 'Assembly of computers and telephones',
     '{"en": "Assembly of computers and telephones", "vi": "Lắp ráp máy tính và điện thoại", "lo": "ການປະກອບຄອມພິວເຕີ ແລະ ໂທລະສັບ"}'),
    ('Lao wind and hydro power to the Vietnamese grid', 1, 'VN', '{8502,8410,8504}', 'Generating sets, turbines and transformers',
     '{"en": "Generating sets, turbines and transformers", "vi": "Tổ máy phát điện, tua-bin và máy biến áp", "lo": "ຊຸດເຄື່ອງກຳເນີດໄຟຟ້າ, ກັງຫັນ ແລະ ໝໍ້ແປງໄຟຟ້າ"}'),
    ('Lao wind and hydro power to the Vietnamese grid', 2, 'LA', '{2716}', 'Electricity from wind and hydro plants',
     '{"en": "Electricity from wind and hydro plants", "vi": "Điện từ nhà máy điện gió và thủy điện", "lo": "ໄຟຟ້າຈາກໂຮງງານພະລັງລົມ ແລະ ພະລັງນ້ຳ"}'),
    ('Lao wind and hydro power to the Vietnamese grid', 3, 'VN', '{2716}', 'Power bought into the Vietnamese grid',
     '{"en": "Power bought into the Vietnamese grid", "vi": "Điện mua vào lưới điện Việt Nam", "lo": "ໄຟຟ້າທີ່ຊື້ເຂົ້າລະບົບສາຍສົ່ງຫວຽດນາມ"}')
) AS v (chain, position, country, codes, label, labels)
JOIN matching_chain c ON c.name = v.chain;
