-- An optional e-mail address per account, so that the inbox can send a copy of a notice by e-mail when a mail
-- server is configured. Demo accounts have none.

ALTER TABLE app_user ADD COLUMN email VARCHAR(200);
