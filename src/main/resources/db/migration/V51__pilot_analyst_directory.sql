-- The people who can be invited to judge a pilot evaluation: platform users with the ANALYST role, with
-- their organisation. A read-only view is the one place where the pilot module reads the platform's user
-- tables, until the platform offers a directory service.

CREATE VIEW pilot_analyst_directory AS
SELECT u.username, u.display_name, o.name AS organisation, o.country
FROM app_user u
JOIN user_role r ON r.user_id = u.id AND r.role = 'ANALYST'
LEFT JOIN organisation o ON o.id = u.organisation_id
WHERE u.enabled;
