-- Demo training (issue 17) for the default (non-prod) run, labelled demo: a border-economic-zone management course
-- for officials (closed, with its outputs) and a supply-chain course for businesses along the East–West corridor,
-- trainees from both countries (two of them linked to the demo enterprise accounts, decision 0063, so that they see
-- their own record), attendance, assessments, completions, outputs that point at the demo pilot evaluation and the
-- demo cassava chain, and three training needs. Synthetic people, dates and scores. The certificates of the completed
-- enrolments are issued at start-up by TrainingDemoData (only the code's hash is stored, decision 0062). Idempotent:
-- rows are matched by their demo names and added only when missing.

INSERT INTO training_course (title_en, title_vi, title_lo, topic, audience, language, partner_institute, place, online,
    trainers, capacity, starts_on, ends_on, demo, created_by, created_at)
SELECT v.en, v.vi, v.lo, v.topic, v.audience, v.language, v.partner, v.place, FALSE, v.trainers, v.capacity,
    CAST(v.starts AS DATE), CAST(v.ends AS DATE), TRUE, 'analyst', now()
FROM (VALUES
    ('Border economic zone management: Lao Bảo – Densavanh (demo)',
     'Quản lý khu kinh tế cửa khẩu: Lao Bảo – Đen Sạ Vẳn (mẫu)',
     'ການຄຸ້ມຄອງເຂດເສດຖະກິດຊາຍແດນ: ລາວບາວ – ແດນສະຫວັນ (ຕົວຢ່າງ)',
     'BORDER_ECONOMIC_ZONE', 'GOVERNMENT', 'vi',
     'Viet Nam Institute of Strategy and Policy for Industry and Trade (VIOIT)', 'Đông Hà, Quảng Trị',
     'Nguyễn Văn An; ສົມພອນ ແກ້ວມະນີ', 25, '2026-10-12', '2026-10-15'),
    ('Supply-chain management on the East–West corridor (demo)',
     'Quản trị chuỗi cung ứng trên Hành lang Đông – Tây (mẫu)',
     'ການຄຸ້ມຄອງຕ່ອງໂສ້ການສະໜອງຕາມແລວທາງຕາເວັນອອກ – ຕາເວັນຕົກ (ຕົວຢ່າງ)',
     'SUPPLY_CHAIN', 'BUSINESS', 'lo',
     'Institute for Industry and Commerce (IICE)', 'ໄກສອນ ພົມວິຫານ, ສະຫວັນນະເຂດ',
     'ບຸນທະວີ ສີສຸວັນ; Lê Thị Mai', 30, '2026-11-09', '2026-11-12')
) AS v (en, vi, lo, topic, audience, language, partner, place, trainers, capacity, starts, ends)
WHERE NOT EXISTS (SELECT 1 FROM training_course c WHERE c.demo AND c.title_en = v.en);

INSERT INTO training_session (course_id, position, held_on, title)
SELECT c.id, s.position, CAST(s.held AS DATE), s.title
FROM training_course c
JOIN (VALUES
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 1, '2026-10-12', 'Cơ sở pháp lý của khu kinh tế cửa khẩu ở hai nước'),
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 2, '2026-10-13', 'So sánh song song các chế độ ưu đãi'),
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 3, '2026-10-14', 'Khảo sát thực địa cửa khẩu Lao Bảo và Đen Sạ Vẳn'),
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 4, '2026-10-15', 'Đánh giá các mô hình liên kết thí điểm'),
    ('Supply-chain management on the East–West corridor (demo)', 1, '2026-11-09', 'ການວາງແຜນຕ່ອງໂສ້ມູນຄ່າຂ້າມຊາຍແດນ'),
    ('Supply-chain management on the East–West corridor (demo)', 2, '2026-11-10', 'ການຂົນສົ່ງ ແລະ ການຜ່ານແດນທີ່ດ່ານແດນສະຫວັນ'),
    ('Supply-chain management on the East–West corridor (demo)', 3, '2026-11-12', 'ສ້າງຕ່ອງໂສ້ແປ້ງມັນຕົ້ນໃນແພລດຟອມ')
) AS s (course, position, held, title) ON c.demo AND c.title_en = s.course
ON CONFLICT (course_id, position) DO NOTHING;

INSERT INTO training_trainee (full_name, organisation, country, province_code, job_role, email, username, demo,
    created_by, created_at)
SELECT v.name, v.organisation, v.country, v.province, v.role, v.email, v.username, TRUE, 'analyst', now()
FROM (VALUES
    ('Nguyễn Thị Lan (demo)', 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị', 'VN', '44', 'Chuyên viên xúc tiến đầu tư', 'lan.demo@example.org', NULL),
    ('Trần Văn Minh (demo)', 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh', 'VN', '42', 'Phó trưởng phòng Quy hoạch', 'minh.demo@example.org', NULL),
    ('ບຸນມີ ແກ້ວມະນີ (demo)', 'ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ ແຂວງສະຫວັນນະເຂດ', 'LA', 'LA-SV', 'ພະນັກງານການຄ້າ', 'bounmy.demo@example.org', NULL),
    ('ວັນນະສອນ ພິມມະສອນ (demo)', 'ຄະນະຄຸ້ມຄອງເຂດເສດຖະກິດພິເສດ ແຂວງບໍລິຄຳໄຊ', 'LA', 'LA-BL', 'ພະນັກງານຄຸ້ມຄອງເຂດ', 'vannasone.demo@example.org', NULL),
    ('Phạm Thị Hoa (demo)', 'Công ty CP Tinh bột sắn Nghệ An (demo)', 'VN', '40', 'Quản lý chuỗi cung ứng', 'hoa.demo@example.org', 'vn-enterprise'),
    ('ສົມສັກ ພົມມະວົງ (demo)', 'Savan Cassava Cooperative (demo)', 'LA', 'LA-SV', 'ຜູ້ຈັດການສະຫະກອນ', 'somsak.demo@example.org', 'la-enterprise')
) AS v (name, organisation, country, province, role, email, username)
WHERE NOT EXISTS (SELECT 1 FROM training_trainee t WHERE t.demo AND t.full_name = v.name)
ON CONFLICT (username) DO NOTHING;

-- Enrolments with their score and completion (NULL: not assessed, not completed).
INSERT INTO training_enrolment (course_id, trainee_id, enrolled_by, enrolled_at, score, completed_on)
SELECT c.id, t.id, 'analyst', now(), v.score, CAST(v.completed AS DATE)
FROM (VALUES
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 'Nguyễn Thị Lan (demo)', 82.0, '2026-10-15'),
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 'Trần Văn Minh (demo)', 74.0, '2026-10-15'),
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 'ບຸນມີ ແກ້ວມະນີ (demo)', 68.5, '2026-10-15'),
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 'ວັນນະສອນ ພິມມະສອນ (demo)', 45.0, NULL),
    ('Supply-chain management on the East–West corridor (demo)', 'Phạm Thị Hoa (demo)', 88.0, '2026-11-12'),
    ('Supply-chain management on the East–West corridor (demo)', 'ສົມສັກ ພົມມະວົງ (demo)', 79.0, '2026-11-12'),
    ('Supply-chain management on the East–West corridor (demo)', 'ບຸນມີ ແກ້ວມະນີ (demo)', NULL, NULL)
) AS v (course, trainee, score, completed)
JOIN training_course c ON c.demo AND c.title_en = v.course
JOIN training_trainee t ON t.demo AND t.full_name = v.trainee
ON CONFLICT (course_id, trainee_id) DO NOTHING;

-- Attendance: every session for those who completed; the others as listed.
INSERT INTO training_attendance (enrolment_id, session_id, present)
SELECT e.id, s.id, e.completed_on IS NOT NULL OR s.position <= 2
FROM training_enrolment e
JOIN training_course c ON c.id = e.course_id AND c.demo
JOIN training_session s ON s.course_id = c.id
ON CONFLICT (enrolment_id, session_id) DO NOTHING;

-- Outputs: typed references to what they are on the platform (decision 0064).
INSERT INTO training_output (course_id, kind, ref_id, title, url, recorded_by, recorded_at)
SELECT c.id, 'PILOT_EVALUATION', CAST(p.id AS VARCHAR), 'Các mô hình liên kết thí điểm do học viên chấm điểm (mẫu)',
    '/pilot/evaluations/' || p.id, 'analyst', TIMESTAMPTZ '2026-10-15 16:00:00+07'
FROM training_course c JOIN pilot_evaluation p ON p.demo
WHERE c.demo AND c.title_en = 'Border economic zone management: Lao Bảo – Densavanh (demo)'
  AND NOT EXISTS (SELECT 1 FROM training_output o WHERE o.course_id = c.id AND o.kind = 'PILOT_EVALUATION');

INSERT INTO training_output (course_id, kind, ref_id, title, url, recorded_by, recorded_at)
SELECT c.id, 'LINKAGE_CHAIN', CAST(m.id AS VARCHAR), v.title, '/matching/chains/' || m.id, 'analyst',
    CAST(v.at AS TIMESTAMPTZ)
FROM (VALUES
    ('Border economic zone management: Lao Bảo – Densavanh (demo)', 'Nghiên cứu tình huống: chuỗi sắn qua Lao Bảo (mẫu)', '2026-10-15 16:30:00+07'),
    ('Supply-chain management on the East–West corridor (demo)', 'ຕ່ອງໂສ້ມັນຕົ້ນເປັນແປ້ງທີ່ຜູ້ເຂົ້າຝຶກອົບຮົມສ້າງ (ຕົວຢ່າງ)', '2026-11-12 16:00:00+07')
) AS v (course, title, at)
JOIN training_course c ON c.demo AND c.title_en = v.course
JOIN matching_chain m ON m.demo AND m.name = 'Cassava to starch and starch products'
WHERE NOT EXISTS (SELECT 1 FROM training_output o WHERE o.course_id = c.id AND o.kind = 'LINKAGE_CHAIN');

INSERT INTO training_output (course_id, kind, ref_id, title, url, recorded_by, recorded_at)
SELECT c.id, 'DATASET', NULL, 'ວິສາຫະກິດໃນຕ່ອງໂສ້ມັນຕົ້ນທີ່ຜູ້ເຂົ້າຝຶກອົບຮົມລົງທະບຽນ (ຕົວຢ່າງ)', '/enterprises', 'analyst',
    TIMESTAMPTZ '2026-11-12 16:30:00+07'
FROM training_course c
WHERE c.demo AND c.title_en = 'Supply-chain management on the East–West corridor (demo)'
  AND NOT EXISTS (SELECT 1 FROM training_output o WHERE o.course_id = c.id AND o.kind = 'DATASET');

-- The management course has its outputs, so it is closed (the rule of decision 0064 holds for demo data too).
UPDATE training_course c SET status = 'CLOSED', closed_by = 'analyst', closed_at = TIMESTAMPTZ '2026-10-20 10:00:00+07'
WHERE c.demo AND c.title_en = 'Border economic zone management: Lao Bảo – Densavanh (demo)' AND c.status = 'OPEN'
  AND EXISTS (SELECT 1 FROM training_output o WHERE o.course_id = c.id);

INSERT INTO training_need (organisation, country, topic, audience, people, description, demo, submitted_by,
    submitted_at)
SELECT v.organisation, v.country, v.topic, v.audience, v.people, v.description, TRUE, v.by, CAST(v.at AS TIMESTAMPTZ)
FROM (VALUES
    ('ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ ແຂວງສະຫວັນນະເຂດ (demo)', 'LA', 'SUPPLY_CHAIN', 'BUSINESS', 20,
     'ລະບົບຕ່ອງໂສ້ຄວາມເຢັນສຳລັບຜົນຜະລິດສົດທີ່ຂ້າມດ່ານແດນສະຫວັນ', 'la-enterprise', '2026-09-01 09:00:00+07'),
    ('Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh (demo)', 'VN', 'PARK_MANAGEMENT', 'GOVERNMENT', 15,
     'Vận hành Khu kinh tế cửa khẩu quốc tế Cầu Treo', 'analyst', '2026-09-15 09:00:00+07'),
    ('ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ ແຂວງຄຳມ່ວນ (demo)', 'LA', 'BORDER_ECONOMIC_ZONE', 'GOVERNMENT', 10,
     'ການບໍລິການນັກລົງທຶນຢູ່ເຂດຊາຍແດນນາເພົ້າ', 'analyst', '2026-10-01 09:00:00+07')
) AS v (organisation, country, topic, audience, people, description, by, at)
WHERE NOT EXISTS (SELECT 1 FROM training_need n WHERE n.demo AND n.organisation = v.organisation);
