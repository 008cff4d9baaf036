-- Demo data for the pilot module (default profile only; db/demo is off in prod): the second focal-point
-- institute's analyst, so that both institutes judge, and one evaluation of the issue's three candidate
-- models with both analysts' complete judgements. The evaluation is left open: PilotDemoData closes it
-- through the real service at start-up, because only the engine computes eigenvectors and the frozen result.
-- Idempotent: the evaluation is written only when no demo evaluation exists.

INSERT INTO organisation (name, country, kind, demo)
VALUES ('Institute for Industry and Commerce – IICE (demo)', 'LA', 'INSTITUTE', TRUE)
ON CONFLICT (name, country) DO NOTHING;

INSERT INTO app_user (username, password_hash, display_name, organisation_id, preferred_lang, demo)
SELECT 'iice-analyst', '$2a$10$4hcV7d2epVnJjQ4CTF2lHeYAYu/3/mkDK.3dEsQu6CCmBl7gUYo0u', 'ບຸນທະວີ ສີສຸວັນ (demo)', o.id, 'lo', TRUE
FROM organisation o WHERE o.name = 'Institute for Industry and Commerce – IICE (demo)' AND o.country = 'LA'
-- Its own hash (password "demo"); earlier versions gave every demo account one shared hash.
ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash
WHERE app_user.demo AND app_user.password_hash = '$2a$10$xF4Ra3z/U6FftlA1nrTHjOBa9ag1g3sq2WBmdArmgtNj.OJDZR7L2';
-- A person's name in their language, not a role description (issue 11), also on a database made earlier.
UPDATE app_user SET display_name = 'ບຸນທະວີ ສີສຸວັນ (demo)'
WHERE username = 'iice-analyst' AND demo AND display_name = 'Demo analyst (IICE)';

INSERT INTO user_role (user_id, role)
SELECT u.id, 'ANALYST' FROM app_user u WHERE u.username = 'iice-analyst'
ON CONFLICT DO NOTHING;

DO $$
DECLARE
    new_evaluation BIGINT;
    mou_criterion RECORD;
    new_criterion BIGINT;
BEGIN
    IF EXISTS (SELECT 1 FROM pilot_evaluation WHERE demo) THEN
        RETURN;
    END IF;

    INSERT INTO pilot_evaluation (title_en, title_vi, title_lo, description, owner_username, state, method, ri_table,
                                  demo, opened_at)
    VALUES ('Pilot linkage models 2025 (demo)', 'Mô hình liên kết thí điểm 2025 (demo)',
            'ແບບຈຳລອງການເຊື່ອມໂຍງທົດລອງ 2025 (ຕົວຢ່າງ)',
            'Joint VIOIT–IICE evaluation of three candidate pilot models on the five MoU criteria.',
            'analyst', 'OPEN', 'AIJ', 'saaty1980', TRUE, now())
    RETURNING id INTO new_evaluation;

    FOR mou_criterion IN SELECT * FROM (VALUES
        (1, 'Needs of both countries', 'Nhu cầu của cả hai nước', 'ຄວາມຕ້ອງການຂອງທັງສອງປະເທດ'),
        (2, 'The businesses', 'Doanh nghiệp', 'ວິສາຫະກິດ'),
        (3, 'The products', 'Sản phẩm', 'ຜະລິດຕະພັນ'),
        (4, 'The market', 'Thị trường', 'ຕະຫຼາດ'),
        (5, 'Enforcement mechanisms and legal framework', 'Cơ chế thực thi và khung pháp lý', 'ກົນໄກການບັງຄັບໃຊ້ ແລະ ກອບກົດໝາຍ')
    ) AS c (position, name_en, name_vi, name_lo) LOOP
        INSERT INTO pilot_criterion (evaluation_id, position, name_en, name_vi, name_lo)
        VALUES (new_evaluation, mou_criterion.position, mou_criterion.name_en, mou_criterion.name_vi, mou_criterion.name_lo)
        RETURNING id INTO new_criterion;
        INSERT INTO pilot_subcriterion (criterion_id, position, name_en, name_vi, name_lo)
        SELECT new_criterion, s.position, s.name_en, s.name_vi, s.name_lo
        FROM (VALUES
        (1, 1, 'Needs of Vietnam', 'Nhu cầu của Việt Nam', 'ຄວາມຕ້ອງການຂອງຫວຽດນາມ'),
        (1, 2, 'Needs of Laos', 'Nhu cầu của Lào', 'ຄວາມຕ້ອງການຂອງລາວ'),
        (2, 1, 'Size', 'Quy mô', 'ຂະໜາດ'),
        (2, 2, 'Genuine need to cooperate', 'Nhu cầu hợp tác thực sự', 'ຄວາມຕ້ອງການຮ່ວມມືຢ່າງແທ້ຈິງ'),
        (2, 3, 'Complementarity', 'Tính bổ trợ lẫn nhau', 'ການເສີມສ້າງເຊິ່ງກັນ ແລະ ກັນ'),
        (2, 4, 'Motivation on both sides', 'Động lực của cả hai bên', 'ແຮງຈູງໃຈຂອງທັງສອງຝ່າຍ'),
        (3, 1, 'Suitability for production linkage', 'Phù hợp để liên kết sản xuất', 'ຄວາມເໝາະສົມສຳລັບການເຊື່ອມໂຍງການຜະລິດ'),
        (3, 2, 'Unique advantages of Vietnam and Laos', 'Lợi thế riêng có của Việt Nam và Lào', 'ຈຸດເດັ່ນສະເພາະຂອງຫວຽດນາມ ແລະ ລາວ'),
        (4, 1, 'Domestic markets of both countries first', 'Thị trường nội địa của hai nước trước', 'ຕະຫຼາດພາຍໃນຂອງທັງສອງປະເທດກ່ອນ'),
        (4, 2, 'Regional and global markets later', 'Thị trường khu vực và toàn cầu sau', 'ຕະຫຼາດພາກພື້ນ ແລະ ສາກົນພາຍຫຼັງ'),
        (5, 1, 'Taxation', 'Thuế', 'ອາກອນ'),
        (5, 2, 'Customs', 'Hải quan', 'ພາສີ'),
        (5, 3, 'Land', 'Đất đai', 'ທີ່ດິນ'),
        (5, 4, 'Investment incentives', 'Ưu đãi đầu tư', 'ນະໂຍບາຍສົ່ງເສີມການລົງທຶນ'),
        (5, 5, 'Technology transfer', 'Chuyển giao công nghệ', 'ການຖ່າຍທອດເຕັກໂນໂລຊີ'),
        (5, 6, 'Trademarks', 'Nhãn hiệu', 'ເຄື່ອງໝາຍການຄ້າ'),
        (5, 7, 'Trade and investment promotion', 'Xúc tiến thương mại và đầu tư', 'ການສົ່ງເສີມການຄ້າ ແລະ ການລົງທຶນ')
        ) AS s (criterion, position, name_en, name_vi, name_lo)
        WHERE s.criterion = mou_criterion.position;
    END LOOP;

    INSERT INTO pilot_candidate (evaluation_id, position, name_en, name_vi, name_lo, sector, description)
    VALUES
        (new_evaluation, 1, 'Lao cassava for Vietnamese starch factories', 'Sắn Lào cho nhà máy tinh bột Việt Nam',
         'ມັນຕົ້ນລາວ ສຳລັບໂຮງງານແປ້ງຫວຽດນາມ', 'AGRICULTURE',
         'Lao cassava growers supply starch factories in central Vietnam under contract farming.'),
        (new_evaluation, 2, 'Electronic components in a joint industrial park', 'Linh kiện điện tử trong khu công nghiệp chung',
         'ຊິ້ນສ່ວນເອເລັກໂຕຣນິກ ໃນເຂດອຸດສາຫະກຳຮ່ວມ', 'ELECTRONICS',
         'Vietnamese and Lao firms assemble electronic components in a joint industrial park near the border.'),
        (new_evaluation, 3, 'Lao wind power for central Vietnam', 'Điện gió Lào cho miền Trung Việt Nam',
         'ພະລັງງານລົມລາວ ສຳລັບພາກກາງຫວຽດນາມ', 'RENEWABLE_ENERGY',
         'Wind farms in southern Laos sell power to central Vietnam over a cross-border line.');

    INSERT INTO pilot_evaluator (evaluation_id, username, weight)
    VALUES (new_evaluation, 'analyst', 1), (new_evaluation, 'iice-analyst', 1);

    INSERT INTO pilot_judgement (evaluation_id, username, matrix_key, row_index, col_index, value)
    SELECT new_evaluation, j.username, j.matrix_key, j.row_index, j.col_index, j.value
    FROM (VALUES
        ('analyst', 'C', 0, 1, 2.000000000000000),
        ('analyst', 'C', 0, 2, 2.000000000000000),
        ('analyst', 'C', 0, 3, 2.000000000000000),
        ('analyst', 'C', 0, 4, 3.000000000000000),
        ('analyst', 'C', 1, 2, 1.000000000000000),
        ('analyst', 'C', 1, 3, 1.000000000000000),
        ('analyst', 'C', 1, 4, 2.000000000000000),
        ('analyst', 'C', 2, 3, 1.000000000000000),
        ('analyst', 'C', 2, 4, 2.000000000000000),
        ('analyst', 'C', 3, 4, 2.000000000000000),
        ('analyst', 'S1', 0, 1, 1.000000000000000),
        ('analyst', 'S2', 0, 1, 0.500000000000000),
        ('analyst', 'S2', 0, 2, 0.500000000000000),
        ('analyst', 'S2', 0, 3, 1.000000000000000),
        ('analyst', 'S2', 1, 2, 1.000000000000000),
        ('analyst', 'S2', 1, 3, 2.000000000000000),
        ('analyst', 'S2', 2, 3, 2.000000000000000),
        ('analyst', 'S3', 0, 1, 2.000000000000000),
        ('analyst', 'S4', 0, 1, 2.000000000000000),
        ('analyst', 'S5', 0, 1, 1.000000000000000),
        ('analyst', 'S5', 0, 2, 2.000000000000000),
        ('analyst', 'S5', 0, 3, 1.000000000000000),
        ('analyst', 'S5', 0, 4, 1.000000000000000),
        ('analyst', 'S5', 0, 5, 4.000000000000000),
        ('analyst', 'S5', 0, 6, 2.000000000000000),
        ('analyst', 'S5', 1, 2, 2.000000000000000),
        ('analyst', 'S5', 1, 3, 1.000000000000000),
        ('analyst', 'S5', 1, 4, 1.000000000000000),
        ('analyst', 'S5', 1, 5, 4.000000000000000),
        ('analyst', 'S5', 1, 6, 2.000000000000000),
        ('analyst', 'S5', 2, 3, 0.500000000000000),
        ('analyst', 'S5', 2, 4, 0.500000000000000),
        ('analyst', 'S5', 2, 5, 2.000000000000000),
        ('analyst', 'S5', 2, 6, 1.000000000000000),
        ('analyst', 'S5', 3, 4, 1.000000000000000),
        ('analyst', 'S5', 3, 5, 4.000000000000000),
        ('analyst', 'S5', 3, 6, 2.000000000000000),
        ('analyst', 'S5', 4, 5, 3.000000000000000),
        ('analyst', 'S5', 4, 6, 2.000000000000000),
        ('analyst', 'S5', 5, 6, 0.500000000000000),
        ('analyst', 'A1.1', 0, 1, 2.000000000000000),
        ('analyst', 'A1.1', 0, 2, 0.500000000000000),
        ('analyst', 'A1.1', 1, 2, 0.333333333333333),
        ('analyst', 'A1.2', 0, 1, 2.000000000000000),
        ('analyst', 'A1.2', 0, 2, 1.000000000000000),
        ('analyst', 'A1.2', 1, 2, 0.500000000000000),
        ('analyst', 'A2.1', 0, 1, 0.500000000000000),
        ('analyst', 'A2.1', 0, 2, 1.000000000000000),
        ('analyst', 'A2.1', 1, 2, 2.000000000000000),
        ('analyst', 'A2.2', 0, 1, 3.000000000000000),
        ('analyst', 'A2.2', 0, 2, 2.000000000000000),
        ('analyst', 'A2.2', 1, 2, 0.500000000000000),
        ('analyst', 'A2.3', 0, 1, 2.000000000000000),
        ('analyst', 'A2.3', 0, 2, 1.000000000000000),
        ('analyst', 'A2.3', 1, 2, 0.500000000000000),
        ('analyst', 'A2.4', 0, 1, 2.000000000000000),
        ('analyst', 'A2.4', 0, 2, 2.000000000000000),
        ('analyst', 'A2.4', 1, 2, 1.000000000000000),
        ('analyst', 'A3.1', 0, 1, 2.000000000000000),
        ('analyst', 'A3.1', 0, 2, 3.000000000000000),
        ('analyst', 'A3.1', 1, 2, 2.000000000000000),
        ('analyst', 'A3.2', 0, 1, 2.000000000000000),
        ('analyst', 'A3.2', 0, 2, 0.500000000000000),
        ('analyst', 'A3.2', 1, 2, 0.333333333333333),
        ('analyst', 'A4.1', 0, 1, 3.000000000000000),
        ('analyst', 'A4.1', 0, 2, 2.000000000000000),
        ('analyst', 'A4.1', 1, 2, 0.500000000000000),
        ('analyst', 'A4.2', 0, 1, 0.500000000000000),
        ('analyst', 'A4.2', 0, 2, 1.000000000000000),
        ('analyst', 'A4.2', 1, 2, 3.000000000000000),
        ('analyst', 'A5.1', 0, 1, 1.000000000000000),
        ('analyst', 'A5.1', 0, 2, 1.000000000000000),
        ('analyst', 'A5.1', 1, 2, 0.500000000000000),
        ('analyst', 'A5.2', 0, 1, 1.000000000000000),
        ('analyst', 'A5.2', 0, 2, 2.000000000000000),
        ('analyst', 'A5.2', 1, 2, 2.000000000000000),
        ('analyst', 'A5.3', 0, 1, 1.000000000000000),
        ('analyst', 'A5.3', 0, 2, 0.500000000000000),
        ('analyst', 'A5.3', 1, 2, 0.500000000000000),
        ('analyst', 'A5.4', 0, 1, 0.500000000000000),
        ('analyst', 'A5.4', 0, 2, 0.333333333333333),
        ('analyst', 'A5.4', 1, 2, 0.500000000000000),
        ('analyst', 'A5.5', 0, 1, 0.250000000000000),
        ('analyst', 'A5.5', 0, 2, 0.500000000000000),
        ('analyst', 'A5.5', 1, 2, 2.000000000000000),
        ('analyst', 'A5.6', 0, 1, 0.500000000000000),
        ('analyst', 'A5.6', 0, 2, 2.000000000000000),
        ('analyst', 'A5.6', 1, 2, 3.000000000000000),
        ('analyst', 'A5.7', 0, 1, 1.000000000000000),
        ('analyst', 'A5.7', 0, 2, 1.000000000000000),
        ('analyst', 'A5.7', 1, 2, 1.000000000000000),
        ('iice-analyst', 'C', 0, 1, 2.000000000000000),
        ('iice-analyst', 'C', 0, 2, 2.000000000000000),
        ('iice-analyst', 'C', 0, 3, 2.000000000000000),
        ('iice-analyst', 'C', 0, 4, 1.000000000000000),
        ('iice-analyst', 'C', 1, 2, 1.000000000000000),
        ('iice-analyst', 'C', 1, 3, 1.000000000000000),
        ('iice-analyst', 'C', 1, 4, 1.000000000000000),
        ('iice-analyst', 'C', 2, 3, 1.000000000000000),
        ('iice-analyst', 'C', 2, 4, 0.500000000000000),
        ('iice-analyst', 'C', 3, 4, 0.500000000000000),
        ('iice-analyst', 'S1', 0, 1, 0.500000000000000),
        ('iice-analyst', 'S2', 0, 1, 0.500000000000000),
        ('iice-analyst', 'S2', 0, 2, 0.500000000000000),
        ('iice-analyst', 'S2', 0, 3, 1.000000000000000),
        ('iice-analyst', 'S2', 1, 2, 1.000000000000000),
        ('iice-analyst', 'S2', 1, 3, 2.000000000000000),
        ('iice-analyst', 'S2', 2, 3, 2.000000000000000),
        ('iice-analyst', 'S3', 0, 1, 1.000000000000000),
        ('iice-analyst', 'S4', 0, 1, 3.000000000000000),
        ('iice-analyst', 'S5', 0, 1, 1.000000000000000),
        ('iice-analyst', 'S5', 0, 2, 1.000000000000000),
        ('iice-analyst', 'S5', 0, 3, 1.000000000000000),
        ('iice-analyst', 'S5', 0, 4, 2.000000000000000),
        ('iice-analyst', 'S5', 0, 5, 3.000000000000000),
        ('iice-analyst', 'S5', 0, 6, 2.000000000000000),
        ('iice-analyst', 'S5', 1, 2, 1.000000000000000),
        ('iice-analyst', 'S5', 1, 3, 1.000000000000000),
        ('iice-analyst', 'S5', 1, 4, 2.000000000000000),
        ('iice-analyst', 'S5', 1, 5, 3.000000000000000),
        ('iice-analyst', 'S5', 1, 6, 2.000000000000000),
        ('iice-analyst', 'S5', 2, 3, 1.000000000000000),
        ('iice-analyst', 'S5', 2, 4, 1.000000000000000),
        ('iice-analyst', 'S5', 2, 5, 3.000000000000000),
        ('iice-analyst', 'S5', 2, 6, 1.000000000000000),
        ('iice-analyst', 'S5', 3, 4, 2.000000000000000),
        ('iice-analyst', 'S5', 3, 5, 3.000000000000000),
        ('iice-analyst', 'S5', 3, 6, 2.000000000000000),
        ('iice-analyst', 'S5', 4, 5, 2.000000000000000),
        ('iice-analyst', 'S5', 4, 6, 1.000000000000000),
        ('iice-analyst', 'S5', 5, 6, 0.500000000000000),
        ('iice-analyst', 'A1.1', 0, 1, 1.000000000000000),
        ('iice-analyst', 'A1.1', 0, 2, 0.500000000000000),
        ('iice-analyst', 'A1.1', 1, 2, 0.333333333333333),
        ('iice-analyst', 'A1.2', 0, 1, 3.000000000000000),
        ('iice-analyst', 'A1.2', 0, 2, 1.000000000000000),
        ('iice-analyst', 'A1.2', 1, 2, 0.333333333333333),
        ('iice-analyst', 'A2.1', 0, 1, 0.500000000000000),
        ('iice-analyst', 'A2.1', 0, 2, 1.000000000000000),
        ('iice-analyst', 'A2.1', 1, 2, 2.000000000000000),
        ('iice-analyst', 'A2.2', 0, 1, 2.000000000000000),
        ('iice-analyst', 'A2.2', 0, 2, 2.000000000000000),
        ('iice-analyst', 'A2.2', 1, 2, 1.000000000000000),
        ('iice-analyst', 'A2.3', 0, 1, 2.000000000000000),
        ('iice-analyst', 'A2.3', 0, 2, 1.000000000000000),
        ('iice-analyst', 'A2.3', 1, 2, 0.500000000000000),
        ('iice-analyst', 'A2.4', 0, 1, 3.000000000000000),
        ('iice-analyst', 'A2.4', 0, 2, 2.000000000000000),
        ('iice-analyst', 'A2.4', 1, 2, 0.500000000000000),
        ('iice-analyst', 'A3.1', 0, 1, 2.000000000000000),
        ('iice-analyst', 'A3.1', 0, 2, 2.000000000000000),
        ('iice-analyst', 'A3.1', 1, 2, 1.000000000000000),
        ('iice-analyst', 'A3.2', 0, 1, 2.000000000000000),
        ('iice-analyst', 'A3.2', 0, 2, 0.500000000000000),
        ('iice-analyst', 'A3.2', 1, 2, 0.333333333333333),
        ('iice-analyst', 'A4.1', 0, 1, 3.000000000000000),
        ('iice-analyst', 'A4.1', 0, 2, 2.000000000000000),
        ('iice-analyst', 'A4.1', 1, 2, 0.500000000000000),
        ('iice-analyst', 'A4.2', 0, 1, 0.500000000000000),
        ('iice-analyst', 'A4.2', 0, 2, 1.000000000000000),
        ('iice-analyst', 'A4.2', 1, 2, 2.000000000000000),
        ('iice-analyst', 'A5.1', 0, 1, 1.000000000000000),
        ('iice-analyst', 'A5.1', 0, 2, 0.500000000000000),
        ('iice-analyst', 'A5.1', 1, 2, 0.500000000000000),
        ('iice-analyst', 'A5.2', 0, 1, 1.000000000000000),
        ('iice-analyst', 'A5.2', 0, 2, 1.000000000000000),
        ('iice-analyst', 'A5.2', 1, 2, 1.000000000000000),
        ('iice-analyst', 'A5.3', 0, 1, 1.000000000000000),
        ('iice-analyst', 'A5.3', 0, 2, 0.500000000000000),
        ('iice-analyst', 'A5.3', 1, 2, 0.500000000000000),
        ('iice-analyst', 'A5.4', 0, 1, 0.500000000000000),
        ('iice-analyst', 'A5.4', 0, 2, 0.333333333333333),
        ('iice-analyst', 'A5.4', 1, 2, 0.500000000000000),
        ('iice-analyst', 'A5.5', 0, 1, 0.333333333333333),
        ('iice-analyst', 'A5.5', 0, 2, 0.500000000000000),
        ('iice-analyst', 'A5.5', 1, 2, 2.000000000000000),
        ('iice-analyst', 'A5.6', 0, 1, 1.000000000000000),
        ('iice-analyst', 'A5.6', 0, 2, 2.000000000000000),
        ('iice-analyst', 'A5.6', 1, 2, 2.000000000000000),
        ('iice-analyst', 'A5.7', 0, 1, 1.000000000000000),
        ('iice-analyst', 'A5.7', 0, 2, 1.000000000000000),
        ('iice-analyst', 'A5.7', 1, 2, 1.000000000000000)
    ) AS j (username, matrix_key, row_index, col_index, value);
END
$$;
