-- Demo organisations and accounts for the default (non-prod) run: one account per role, all with the
-- password "demo", each with its own BCrypt hash (its own salt), so that one cracked hash does not reveal that
-- every account shares the password, and a hash copied between accounts is never normal. Loaded only when
-- db/demo is on Flyway's path, i.e. never in the prod profile. Idempotent so that Flyway can re-run it
-- whenever this file changes; a database made by an earlier version, where every demo account carried one
-- shared hash, gets the accounts' own hashes. Display names are people's names in their own language
-- (issue 11: pages and exports show display names, not usernames); a database whose demo accounts still carry
-- the earlier role descriptions ("Demo analyst (VIOIT)") gets the names.

INSERT INTO organisation (name, country, kind, demo) VALUES
    ('Platform operators (demo)', 'VN', 'OPERATOR', TRUE),
    ('Vietnam Institute of Strategy and Policy for Industry and Trade – VIOIT (demo)', 'VN', 'INSTITUTE', TRUE),
    ('Ministry of Industry and Trade of Viet Nam (demo)', 'VN', 'MINISTRY', TRUE),
    ('Quảng Trị – Hà Tĩnh border-gate authority (demo)', 'VN', 'BORDER_AUTHORITY', TRUE),
    ('Công ty CP Tinh bột sắn Nghệ An (demo)', 'VN', 'ENTERPRISE', TRUE),
    ('Savan Cassava Cooperative (demo)', 'LA', 'ENTERPRISE', TRUE)
ON CONFLICT (name, country) DO NOTHING;

INSERT INTO app_user (username, password_hash, display_name, organisation_id, preferred_lang, demo)
SELECT v.username, v.password_hash, v.display_name, o.id, v.lang, TRUE
FROM (VALUES
    ('admin', '$2a$10$LfdkH6TY1wk2QKXGLEz97OS7qgNn2snDHAg/mZQdnPwtFLLqwhSaW', 'Đỗ Minh Quân (demo)', 'Platform operators (demo)', 'VN', 'en'),
    ('analyst', '$2a$10$eXAlX59tlLQmncGTno7utu1iyjPXakF/.UYmq0rBMJ7Vt2UX536rG', 'Nguyễn Thị Thu Hà (demo)', 'Vietnam Institute of Strategy and Policy for Industry and Trade – VIOIT (demo)', 'VN', 'vi'),
    ('ministry', '$2a$10$9cHlSD2b4ljtF9Xa6MR/AOvRTIygAH.Da2YFw6EX1HK3t5F5gB7Ka', 'Trần Quốc Hùng (demo)', 'Ministry of Industry and Trade of Viet Nam (demo)', 'VN', 'vi'),
    ('officer', '$2a$10$sbuhiiJCkY4UG8Rf0P5iH.BgaUuGoyBea2U.0cX.KuW.i5qPmrHg2', 'Lê Văn Thắng (demo)', 'Quảng Trị – Hà Tĩnh border-gate authority (demo)', 'VN', 'vi'),
    ('vn-enterprise', '$2a$10$Ce0v8lbMs.rK5.ecRvlXiORU57lgXxHBqGJbO/dShMoYgaQqMwj52', 'Phạm Thị Hoa (demo)', 'Công ty CP Tinh bột sắn Nghệ An (demo)', 'VN', 'vi'),
    ('la-enterprise', '$2a$10$SGPbCtUgnhwwNSIOM6OLgOrlm/galJQhNFtdMPKxDf4m4W5/azRXu', 'ສົມສັກ ພົມມະວົງ (demo)', 'Savan Cassava Cooperative (demo)', 'LA', 'lo')
) AS v (username, password_hash, display_name, organisation, country, lang)
JOIN organisation o ON o.name = v.organisation AND o.country = v.country
ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash
WHERE app_user.demo AND app_user.password_hash = '$2a$10$xF4Ra3z/U6FftlA1nrTHjOBa9ag1g3sq2WBmdArmgtNj.OJDZR7L2';

INSERT INTO user_role (user_id, role)
SELECT u.id, v.role
FROM (VALUES
    ('admin', 'ADMIN'), ('analyst', 'ANALYST'), ('ministry', 'MINISTRY'), ('officer', 'BORDER_OFFICER'),
    ('vn-enterprise', 'ENTERPRISE'), ('la-enterprise', 'ENTERPRISE')
) AS v (username, role)
JOIN app_user u ON u.username = v.username
ON CONFLICT DO NOTHING;

-- Lao Bảo–Densavanh (VL-INT-06) and Cầu Treo–Nậm Phao (VL-INT-04).
INSERT INTO user_border_gate (user_id, gate_pair_id)
SELECT u.id, v.gate
FROM (VALUES ('officer', 'VL-INT-06'), ('officer', 'VL-INT-04')) AS v (username, gate)
JOIN app_user u ON u.username = v.username
ON CONFLICT DO NOTHING;

UPDATE app_user u SET display_name = v.display_name
FROM (VALUES
    ('admin', 'Demo administrator', 'Đỗ Minh Quân (demo)'),
    ('analyst', 'Demo analyst (VIOIT)', 'Nguyễn Thị Thu Hà (demo)'),
    ('ministry', 'Demo ministry official', 'Trần Quốc Hùng (demo)'),
    ('officer', 'Demo border officer', 'Lê Văn Thắng (demo)'),
    ('vn-enterprise', 'Demo Vietnamese enterprise user', 'Phạm Thị Hoa (demo)'),
    ('la-enterprise', 'Demo Lao enterprise user', 'ສົມສັກ ພົມມະວົງ (demo)')
) AS v (username, earlier, display_name)
WHERE u.username = v.username AND u.demo AND u.display_name = v.earlier;

-- Casework (issue 15, decision 0046): a business association on each side, a province's department of industry
-- and trade, and the contact people of the two customs bodies at Lao Bảo–Densavanh that cases are routed to.
INSERT INTO organisation (name, country, kind, demo) VALUES
    ('Hiệp hội Doanh nghiệp tỉnh Quảng Trị (demo)', 'VN', 'ASSOCIATION', TRUE),
    ('Savannakhet Chamber of Commerce and Industry (demo)', 'LA', 'ASSOCIATION', TRUE),
    ('Sở Công Thương tỉnh Quảng Trị (demo)', 'VN', 'PROVINCE', TRUE),
    ('Hải quan tỉnh Quảng Trị (demo)', 'VN', 'BODY', TRUE),
    ('Savannakhet provincial customs (demo)', 'LA', 'BODY', TRUE)
ON CONFLICT (name, country) DO NOTHING;

INSERT INTO app_user (username, password_hash, display_name, organisation_id, preferred_lang, demo)
SELECT v.username, v.password_hash, v.display_name, o.id, v.lang, TRUE
FROM (VALUES
    ('vn-association', '$2a$10$8rFl6zFXmi5XyMSsl4ug1eJQR4bRmVdWPa09x07BWvLleMGQL0FMi', 'Hoàng Văn Nam (demo)', 'Hiệp hội Doanh nghiệp tỉnh Quảng Trị (demo)', 'VN', 'vi'),
    ('la-association', '$2a$10$gT/M3Qca5LWvB5huoeRvyu/uWAHANLzDJ7A6yKT4QAa.fSU5puL86', 'ວັນນະສອນ ແກ້ວມະນີ (demo)', 'Savannakhet Chamber of Commerce and Industry (demo)', 'LA', 'lo'),
    ('vn-doit', '$2a$10$zLWHOaySDSKvYXTRTHJww.4SKOdQBP1/dzTlsSURKcHYAEtIjpDVq', 'Võ Thị Lan (demo)', 'Sở Công Thương tỉnh Quảng Trị (demo)', 'VN', 'vi'),
    ('vn-customs', '$2a$10$B5rYarDhbfHYzCQB9mno2OvsZKBmtfEXzEZHxXzusjE/Sjt..mdpi', 'Bùi Đức Long (demo)', 'Hải quan tỉnh Quảng Trị (demo)', 'VN', 'vi'),
    ('la-customs', '$2a$10$BruzbTu.zf8RM6v6Ylnl/eTT6yWCFtp7M/R/lqXSaJtm2MByd/pVG', 'ສຸລິຍາ ໄຊຍະວົງ (demo)', 'Savannakhet provincial customs (demo)', 'LA', 'lo')
) AS v (username, password_hash, display_name, organisation, country, lang)
JOIN organisation o ON o.name = v.organisation AND o.country = v.country
ON CONFLICT (username) DO NOTHING;

INSERT INTO user_role (user_id, role)
SELECT u.id, v.role
FROM (VALUES
    ('vn-association', 'ASSOCIATION'), ('la-association', 'ASSOCIATION'), ('vn-doit', 'PROVINCE_DOIT'),
    ('vn-customs', 'CASE_BODY'), ('la-customs', 'CASE_BODY')
) AS v (username, role)
JOIN app_user u ON u.username = v.username
ON CONFLICT DO NOTHING;
