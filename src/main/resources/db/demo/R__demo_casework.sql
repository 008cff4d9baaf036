-- Demo data of the obstacles desk (issue 15), default profile only: which demo users answer for which body, and a
-- year of cases across topics and gates with their steps and history, generated deterministically so that a re-run
-- gives the same cases. Every demo case is flagged demo (the pages label it) and its reference starts VLC-DEMO.
INSERT INTO casework_body_user (username, body_id) VALUES
    ('vn-customs', 'VN-CUS-QT'), ('la-customs', 'LA-CUS-SVK')
ON CONFLICT (username) DO UPDATE SET body_id = EXCLUDED.body_id;

-- A year of cases: 180 cases submitted every other day from 1 Dec 2025, on 14 realistic obstacles met at the
-- international gates and inland, filed by the demo enterprises, associations and the Quảng Trị department. Each
-- case goes as far as its dates allow by the day the data is loaded: the steps take a few working days (some more
-- than their deadline, so that the lights are not all green), a few cases are returned, rejected or escalated.
DELETE FROM casework_case WHERE demo;

CREATE OR REPLACE FUNCTION pg_temp.demo_working_day_plus(c CHAR(2), start DATE, n INTEGER) RETURNS DATE AS $$
DECLARE
    d DATE := start;
    left_days INTEGER := n;
BEGIN
    WHILE left_days > 0 LOOP
        d := d + 1;
        IF EXTRACT(ISODOW FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM casework_holiday h WHERE h.country = c AND h.day = d) THEN
            left_days := left_days - 1;
        END IF;
    END LOOP;
    RETURN d;
END $$ LANGUAGE plpgsql;

DO $$
DECLARE
    t RECORD;
    i INTEGER;
    k INTEGER;
    submitted DATE;
    today DATE := (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::DATE;
    case_id BIGINT;
    org BIGINT;
    filer_user TEXT;
    filer_name TEXT;
    filer_kind TEXT;
    body TEXT;
    d_admit DATE; d_route DATE; d_answer DATE; d_reply DATE;
    dl_admit DATE; dl_route DATE; dl_answer DATE; dl_reply DATE;
    final_status TEXT;
    cur_step TEXT; cur_start DATE; cur_deadline DATE;
    closed DATE;
BEGIN
    CREATE TEMP TABLE demo_template (n INTEGER, topic TEXT, country CHAR(2), gate TEXT, hs TEXT, lang TEXT, home CHAR(2),
        title TEXT, description TEXT, answer TEXT, answer_lang TEXT) ON COMMIT DROP;
    INSERT INTO demo_template VALUES
    (0, 'CUSTOMS', 'VN', 'VL-INT-06', '071410', 'lo', 'LA', 'ລົດບັນທຸກມັນຕົ້ນລໍຖ້າສອງມື້ຢູ່ດ່ານລາວບາວ',
     'ລົດບັນທຸກມັນຕົ້ນແຫ້ງຈາກສະຫວັນນະເຂດຕ້ອງລໍຖ້າສອງມື້ຢູ່ດ່ານລາວບາວ ເພາະການກວດກາເອກະສານບໍ່ຮັບໃບຢັ້ງຢືນສຸຂານາໄມພືດສະບັບເອເລັກໂຕຣນິກ.',
     'Từ tháng tới, Hải quan cửa khẩu Lao Bảo tiếp nhận giấy chứng nhận kiểm dịch điện tử qua Cơ chế một cửa quốc gia.', 'vi'),
    (1, 'STANDARDS_SPS', 'VN', 'VL-INT-04', '080390', 'vi', 'LA', 'Kiểm dịch chuối từ Lào kéo dài tại Cầu Treo',
     'Lô chuối tươi từ Bolikhamxay bị giữ ba ngày tại Cầu Treo chờ lấy mẫu kiểm dịch, chuối chín trước khi được thông quan.',
     'Cục Bảo vệ thực vật bố trí cán bộ lấy mẫu thường trực tại Cầu Treo trong mùa thu hoạch.', 'vi'),
    (2, 'TRANSPORT', 'LA', 'VL-INT-06', NULL, 'vi', 'VN', 'Giấy phép vận tải liên vận hết hạn giữa chuyến',
     'Xe tải Việt Nam bị dừng tại Savannakhet vì giấy phép liên vận hết hạn trong khi đang chở hàng quá cảnh sang Thái Lan.',
     'ກົມຂົນສົ່ງຈະອະນຸຍາດໃຫ້ລົດສຳເລັດການເດີນທາງ ຖ້າໃບອະນຸຍາດໝົດອາຍຸລະຫວ່າງທາງ.', 'lo'),
    (3, 'PAYMENTS', 'LA', NULL, NULL, 'lo', 'LA', 'ທະນາຄານບໍ່ໂອນເງິນກີບ-ດົ່ງໂດຍກົງ',
     'ວິສາຫະກິດຕ້ອງແປງເງິນກີບເປັນໂດລາກ່ອນຈ່າຍໃຫ້ຄູ່ຄ້າຫວຽດນາມ ເຮັດໃຫ້ເສຍຄ່າທຳນຽມສອງເທື່ອ.',
     'ທະນາຄານແຫ່ງ ສປປ ລາວ ໄດ້ອະນຸຍາດໃຫ້ທະນາຄານຊາຍແດນຊື້ຂາຍເງິນດົ່ງໂດຍກົງ.', 'lo'),
    (4, 'TARIFFS_ORIGIN', 'VN', 'VL-INT-03', '100630', 'vi', 'VN', 'C/O mẫu S cho gạo bị từ chối vì ghi sai mã HS',
     'Lô gạo nhập từ Xiengkhouang bị từ chối ưu đãi thuế vì C/O mẫu S ghi mã HS 6 số khác với tờ khai 8 số.',
     'Cơ quan hải quan chấp nhận C/O khi mã HS 6 số trùng với 6 số đầu của mã trên tờ khai.', 'vi'),
    (5, 'INVESTMENT', 'LA', NULL, NULL, 'en', 'VN', 'Land lease renewal for a cassava starch plant delayed',
     'The renewal of the land lease of a Vietnamese-owned cassava starch plant in Savannakhet has waited eight months for the provincial committee.',
     'The Investment Promotion Department has asked the province to decide within 30 days.', 'en'),
    (6, 'ENERGY', 'VN', NULL, NULL, 'en', 'LA', 'Grid connection for power bought from a Lao hydropower plant',
     'The 220 kV connection agreed for a small Lao hydropower plant has no date for the Vietnamese side of the line.',
     'The Electricity Authority will publish the connection schedule in the next power development plan update.', 'en'),
    (7, 'CUSTOMS', 'LA', 'VL-INT-04', '252329', 'vi', 'VN', 'Hải quan Nậm Phao đòi hóa đơn giấy bản gốc',
     'Xi măng xuất sang Lào qua Nậm Phao bị yêu cầu nộp bản gốc hóa đơn giấy dù đã có hóa đơn điện tử có mã của cơ quan thuế.',
     'ພາສີແຂວງບໍລິຄຳໄຊຮັບໃບເກັບເງິນເອເລັກໂຕຣນິກທີ່ມີລະຫັດຂອງອົງການພາສີອາກອນ.', 'lo'),
    (8, 'OTHER', 'VN', 'VL-INT-07', NULL, 'lo', 'LA', 'ບໍ່ມີບ່ອນຈອດລົດ ແລະ ຫ້ອງນ້ຳພຽງພໍຢູ່ດ່ານລາລາຍ',
     'ຄົນຂັບລົດບັນທຸກຕ້ອງຈອດລົດລຽບທາງຫຼາຍຊົ່ວໂມງຢູ່ດ່ານລາລາຍ ເພາະບໍ່ມີລານຈອດລົດ.',
     'Tỉnh Quảng Trị đã đưa bãi đỗ xe La Lay vào kế hoạch đầu tư năm tới.', 'vi'),
    (9, 'STANDARDS_SPS', 'LA', 'VL-INT-06', '010594', 'vi', 'VN', 'Gà giống xuất sang Lào phải xét nghiệm lại tại Đen Sạ Vẳn',
     'Gà giống đã có giấy chứng nhận kiểm dịch của Việt Nam vẫn phải lấy mẫu xét nghiệm lại tại Đen Sạ Vẳn, chờ năm ngày.',
     'ກົມປູກຝັງ ແລະ ກົມລ້ຽງສັດຈະຮັບຮູ້ໃບຢັ້ງຢືນຂອງຫວຽດນາມ ໂດຍກວດສຸ່ມ 1 ໃນ 10 ລົດ.', 'lo'),
    (10, 'TRANSPORT', 'VN', 'VL-INT-05', NULL, 'en', 'LA', 'Cha Lo road closed by landslides without notice',
     'Trucks from Khammouane found the road to Cha Lo closed by landslides for four days; no notice reached the Lao side.',
     'Quảng Trị will send road closure notices to the Lao gate through the joint hotline.', 'en'),
    (11, 'PAYMENTS', 'VN', NULL, NULL, 'vi', 'VN', 'Ngân hàng biên giới không mua kíp theo tỷ giá niêm yết',
     'Chi nhánh ngân hàng ở huyện biên giới từ chối mua kíp của thương nhân và chỉ mua qua đô la Mỹ.',
     'Ngân hàng Nhà nước nhắc các chi nhánh được phép mua bán kíp trực tiếp theo Thông tư về thanh toán biên giới.', 'vi'),
    (12, 'CUSTOMS', 'VN', 'VL-INT-08', '090111', 'lo', 'LA', 'ກາເຟສານລໍຖ້າການກວດກາທີ່ດ່ານບໍອີ',
     'ກາເຟສານຈາກອັດຕະປືຖືກເປີດກວດທຸກລົດຢູ່ດ່ານບໍອີ ເຖິງວ່າບໍລິສັດມີປະຫວັດດີ.',
     'Hải quan đã đưa doanh nghiệp vào danh sách ưu tiên luồng xanh.', 'vi'),
    (13, 'TARIFFS_ORIGIN', 'LA', NULL, '170199', 'vi', 'VN', 'Đường xuất sang Lào chưa được hưởng thuế suất ưu đãi',
     'Đường kính trắng xuất sang Lào vẫn bị áp thuế suất thông thường dù có C/O mẫu S hợp lệ.',
     'ກົມການນຳເຂົ້າ ແລະ ສົ່ງອອກ ໄດ້ແຈ້ງໃຫ້ດ່ານນຳໃຊ້ອັດຕາພາສີພິເສດ.', 'lo');

    FOR i IN 1..180 LOOP
        SELECT * INTO t FROM demo_template WHERE n = (i * 5) % 14;
        submitted := DATE '2025-12-01' + (i * 2);
        EXIT WHEN submitted > today;
        k := (i * 7919) % 100;
        IF t.home = 'LA' THEN
            IF i % 3 = 0 THEN
                filer_user := 'la-association'; filer_kind := 'ASSOCIATION';
                SELECT id INTO org FROM organisation WHERE name = 'Savannakhet Chamber of Commerce and Industry (demo)';
                filer_name := 'Savannakhet Chamber of Commerce and Industry (demo)';
            ELSE
                filer_user := 'la-enterprise'; filer_kind := 'ENTERPRISE';
                SELECT id INTO org FROM organisation WHERE name = 'Savan Cassava Cooperative (demo)';
                filer_name := 'Savan Cassava Cooperative (demo)';
            END IF;
        ELSE
            IF i % 4 = 0 THEN
                filer_user := 'vn-association'; filer_kind := 'ASSOCIATION';
                SELECT id INTO org FROM organisation WHERE name = 'Hiệp hội Doanh nghiệp tỉnh Quảng Trị (demo)';
                filer_name := 'Hiệp hội Doanh nghiệp tỉnh Quảng Trị (demo)';
            ELSIF i % 4 = 1 THEN
                filer_user := 'vn-doit'; filer_kind := 'PROVINCE';
                SELECT id INTO org FROM organisation WHERE name = 'Sở Công Thương tỉnh Quảng Trị (demo)';
                filer_name := 'Sở Công Thương tỉnh Quảng Trị (demo)';
            ELSE
                filer_user := 'vn-enterprise'; filer_kind := 'ENTERPRISE';
                SELECT id INTO org FROM organisation WHERE name = 'Công ty CP Tinh bột sắn Nghệ An (demo)';
                filer_name := 'Công ty CP Tinh bột sắn Nghệ An (demo)';
            END IF;
        END IF;
        SELECT r.body_id INTO body FROM casework_routing r
        WHERE r.country = t.country AND r.topic = t.topic AND (r.gate_pair_id = '' OR r.gate_pair_id = COALESCE(t.gate, ''))
        ORDER BY r.gate_pair_id DESC LIMIT 1;

        dl_admit := pg_temp.demo_working_day_plus(t.home, submitted, 10);
        d_admit := pg_temp.demo_working_day_plus(t.home, submitted, 2 + k % 11);
        dl_route := pg_temp.demo_working_day_plus(t.country, d_admit, 5);
        d_route := pg_temp.demo_working_day_plus(t.country, d_admit, 1 + k % 6);
        dl_answer := pg_temp.demo_working_day_plus(t.country, d_route, 50);
        d_answer := pg_temp.demo_working_day_plus(t.country, d_route, 12 + (k * 3) % 58);
        dl_reply := pg_temp.demo_working_day_plus(t.home, d_answer, 5);
        d_reply := pg_temp.demo_working_day_plus(t.home, d_answer, 1 + k % 7);
        closed := NULL; cur_step := NULL; cur_start := NULL; cur_deadline := NULL;
        IF d_admit > today THEN
            final_status := CASE WHEN i % 2 = 0 THEN 'IN_REVIEW' ELSE 'SUBMITTED' END;
            cur_step := 'ADMISSIBILITY'; cur_start := submitted; cur_deadline := dl_admit;
        ELSIF i % 17 = 0 THEN
            final_status := 'REJECTED'; closed := d_admit;
        ELSIF i % 19 = 0 THEN
            final_status := 'RETURNED';
        ELSIF d_route > today THEN
            final_status := 'ACCEPTED'; cur_step := 'ROUTING'; cur_start := d_admit; cur_deadline := dl_route;
        ELSIF d_answer > today THEN
            final_status := 'WITH_BODY'; cur_step := 'ANSWER'; cur_start := d_route; cur_deadline := dl_answer;
        ELSIF d_reply > today THEN
            final_status := 'ANSWER_PROPOSED'; cur_step := 'FILER_REPLY'; cur_start := d_answer; cur_deadline := dl_reply;
        ELSIF d_reply + 2 > today THEN
            final_status := CASE WHEN k % 5 = 0 THEN 'ANSWER_NOT_ACCEPTED' ELSE 'ANSWER_ACCEPTED' END;
        ELSE
            final_status := 'CLOSED'; closed := d_reply + 2;
        END IF;

        INSERT INTO casework_case (reference, filer_username, filer_organisation_id, filer_kind, filer_name, home_country,
            kind, topic, country, gate_pair_id, hs_codes, title, description, language, publishable, status,
            proposed_body_id, body_id, answer, answer_language, reason, escalated, needs_government, step,
            step_started_on, step_deadline, submitted_on, closed_on, demo)
        VALUES ('VLC-' || EXTRACT(YEAR FROM submitted) || '-D' || lpad(i::TEXT, 4, '0'), filer_user, org, filer_kind,
            filer_name, t.home, CASE WHEN t.topic IN ('ENERGY', 'INVESTMENT') THEN 'PROPOSAL' ELSE 'OBSTACLE' END,
            t.topic, t.country, t.gate, COALESCE(t.hs, ''), t.title, t.description, t.lang, k % 3 <> 0, final_status,
            CASE WHEN final_status IN ('SUBMITTED', 'IN_REVIEW', 'REJECTED', 'RETURNED') THEN NULL ELSE body END,
            CASE WHEN final_status IN ('SUBMITTED', 'IN_REVIEW', 'REJECTED', 'RETURNED', 'ACCEPTED') THEN NULL ELSE body END,
            CASE WHEN final_status IN ('ANSWER_PROPOSED', 'ANSWER_ACCEPTED', 'ANSWER_NOT_ACCEPTED', 'CLOSED') THEN t.answer END,
            CASE WHEN final_status IN ('ANSWER_PROPOSED', 'ANSWER_ACCEPTED', 'ANSWER_NOT_ACCEPTED', 'CLOSED') THEN t.answer_lang END,
            CASE final_status WHEN 'REJECTED' THEN 'Out of scope: a commercial dispute between two firms (demo)'
                WHEN 'RETURNED' THEN 'Please attach the declaration number and the dates (demo)' END,
            i % 9 = 0 AND final_status NOT IN ('SUBMITTED', 'IN_REVIEW', 'REJECTED', 'RETURNED', 'ACCEPTED'),
            i % 9 = 0 AND final_status NOT IN ('SUBMITTED', 'IN_REVIEW', 'REJECTED', 'RETURNED', 'ACCEPTED'),
            cur_step, cur_start, cur_deadline, submitted, closed, TRUE)
        RETURNING id INTO case_id;

        INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status)
        VALUES (case_id, submitted + TIME '09:00', filer_user, 'FILE', NULL, 'SUBMITTED');
        INSERT INTO casework_step (case_id, step, started_on, deadline, country, finished_on)
        VALUES (case_id, 'ADMISSIBILITY', submitted, dl_admit, t.home, CASE WHEN d_admit <= today THEN d_admit END);
        CONTINUE WHEN d_admit > today;
        IF final_status IN ('REJECTED', 'RETURNED') THEN
            INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status, reason)
            VALUES (case_id, d_admit + TIME '10:00', CASE WHEN t.home = 'LA' THEN 'iice-analyst' ELSE 'analyst' END,
                CASE final_status WHEN 'REJECTED' THEN 'REJECT' ELSE 'RETURN' END, 'SUBMITTED', final_status,
                CASE final_status WHEN 'REJECTED' THEN 'Out of scope: a commercial dispute between two firms (demo)'
                    ELSE 'Please attach the declaration number and the dates (demo)' END);
            CONTINUE;
        END IF;
        INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status)
        VALUES (case_id, d_admit + TIME '10:00', CASE WHEN t.home = 'LA' THEN 'iice-analyst' ELSE 'analyst' END,
            'ACCEPT', 'SUBMITTED', 'ACCEPTED');
        INSERT INTO casework_step (case_id, step, started_on, deadline, country, finished_on)
        VALUES (case_id, 'ROUTING', d_admit, dl_route, t.country, CASE WHEN d_route <= today THEN d_route END);
        CONTINUE WHEN d_route > today;
        INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status)
        VALUES (case_id, d_route + TIME '11:00', CASE WHEN t.country = 'LA' THEN 'iice-analyst' ELSE 'analyst' END,
            'ROUTE', 'ACCEPTED', 'WITH_BODY');
        IF i % 9 = 0 THEN
            INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status, reason)
            VALUES (case_id, d_route + TIME '15:00', 'ministry', 'ESCALATE', 'WITH_BODY', 'WITH_BODY',
                'Needs a joint decision of the two governments (demo)');
        END IF;
        INSERT INTO casework_step (case_id, step, started_on, deadline, country, body_id, finished_on)
        VALUES (case_id, 'ANSWER', d_route, dl_answer, t.country, body, CASE WHEN d_answer <= today THEN d_answer END);
        CONTINUE WHEN d_answer > today;
        INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status)
        VALUES (case_id, d_answer + TIME '14:00', CASE WHEN t.country = 'LA' THEN 'la-customs' ELSE 'vn-customs' END,
            'ANSWER', 'WITH_BODY', 'ANSWER_PROPOSED');
        INSERT INTO casework_step (case_id, step, started_on, deadline, country, body_id, finished_on)
        VALUES (case_id, 'FILER_REPLY', d_answer, dl_reply, t.home, body, CASE WHEN d_reply <= today THEN d_reply END);
        CONTINUE WHEN d_reply > today;
        INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status, reason)
        VALUES (case_id, d_reply + TIME '09:30', filer_user,
            CASE WHEN k % 5 = 0 THEN 'REFUSE_ANSWER' ELSE 'ACCEPT_ANSWER' END, 'ANSWER_PROPOSED',
            CASE WHEN k % 5 = 0 THEN 'ANSWER_NOT_ACCEPTED' ELSE 'ANSWER_ACCEPTED' END,
            CASE WHEN k % 5 = 0 THEN 'The answer does not remove the delay (demo)' END);
        IF closed IS NOT NULL THEN
            INSERT INTO casework_case_event (case_id, at, username, action, from_status, to_status)
            VALUES (case_id, closed + TIME '09:00', 'analyst', 'CLOSE',
                CASE WHEN k % 5 = 0 THEN 'ANSWER_NOT_ACCEPTED' ELSE 'ANSWER_ACCEPTED' END, 'CLOSED');
        END IF;
    END LOOP;
END $$;

INSERT INTO casework_case_member (case_id, name)
SELECT c.id, m.name FROM casework_case c
CROSS JOIN (VALUES ('Công ty TNHH Vận tải Lao Bảo (demo)'), ('HTX Nông sản Hướng Hóa (demo)')) AS m (name)
WHERE c.demo AND c.filer_username = 'vn-association'
ON CONFLICT DO NOTHING;
INSERT INTO casework_case_member (case_id, name)
SELECT c.id, m.name FROM casework_case c
CROSS JOIN (VALUES ('ບໍລິສັດ ຂົນສົ່ງ ສະຫວັນ ຈຳກັດ (demo)'), ('ສະຫະກອນ ກາເຟ ເຊໂປນ (demo)')) AS m (name)
WHERE c.demo AND c.filer_username = 'la-association'
ON CONFLICT DO NOTHING;

-- Which country's contact point took each coordinator's step of the demo cases (decision 0075): VIOIT's analyst
-- for Viet Nam, IICE's for Laos.
UPDATE casework_case_event e
SET coordinator_country = CASE e.username WHEN 'analyst' THEN 'VN' ELSE 'LA' END
FROM casework_case c
WHERE e.case_id = c.id AND c.demo AND e.username IN ('analyst', 'iice-analyst') AND e.coordinator_country IS NULL;
