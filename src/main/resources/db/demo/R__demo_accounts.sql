-- Demo organisations and accounts for the default (non-prod) run: one account per role, all with the
-- password "demo" (BCrypt). Loaded only when db/demo is on Flyway's path, i.e. never in the prod profile.
-- Idempotent so that Flyway can re-run it whenever this file changes.

INSERT INTO organisation (name, country, kind, demo) VALUES
    ('Platform operators (demo)', 'VN', 'OPERATOR', TRUE),
    ('Vietnam Institute of Strategy and Policy for Industry and Trade – VIOIT (demo)', 'VN', 'INSTITUTE', TRUE),
    ('Ministry of Industry and Trade of Viet Nam (demo)', 'VN', 'MINISTRY', TRUE),
    ('Quảng Trị – Hà Tĩnh border-gate authority (demo)', 'VN', 'BORDER_AUTHORITY', TRUE),
    ('Công ty CP Tinh bột sắn Nghệ An (demo)', 'VN', 'ENTERPRISE', TRUE),
    ('Savan Cassava Cooperative (demo)', 'LA', 'ENTERPRISE', TRUE)
ON CONFLICT (name, country) DO NOTHING;

INSERT INTO app_user (username, password_hash, display_name, organisation_id, preferred_lang, demo)
SELECT v.username, '$2a$10$xF4Ra3z/U6FftlA1nrTHjOBa9ag1g3sq2WBmdArmgtNj.OJDZR7L2', v.display_name, o.id, v.lang, TRUE
FROM (VALUES
    ('admin', 'Demo administrator', 'Platform operators (demo)', 'VN', 'en'),
    ('analyst', 'Demo analyst (VIOIT)', 'Vietnam Institute of Strategy and Policy for Industry and Trade – VIOIT (demo)', 'VN', 'vi'),
    ('ministry', 'Demo ministry official', 'Ministry of Industry and Trade of Viet Nam (demo)', 'VN', 'vi'),
    ('officer', 'Demo border officer', 'Quảng Trị – Hà Tĩnh border-gate authority (demo)', 'VN', 'vi'),
    ('vn-enterprise', 'Demo Vietnamese enterprise user', 'Công ty CP Tinh bột sắn Nghệ An (demo)', 'VN', 'vi'),
    ('la-enterprise', 'Demo Lao enterprise user', 'Savan Cassava Cooperative (demo)', 'LA', 'lo')
) AS v (username, display_name, organisation, country, lang)
JOIN organisation o ON o.name = v.organisation AND o.country = v.country
ON CONFLICT (username) DO NOTHING;

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
