-- The inbox (notification module): one row per notice and recipient. The text is stored as a message key and
-- its arguments (JSON), never as translated text, so that each reader reads it in their own language at
-- display time. read_at marks it read; emailed_at says when a copy went out by e-mail (only with a mail server).

CREATE TABLE notification (
    id           BIGSERIAL PRIMARY KEY,
    recipient    VARCHAR(100) NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    message_key  VARCHAR(120) NOT NULL,
    message_args JSONB        NOT NULL DEFAULT '[]'::jsonb,
    link         VARCHAR(300),
    created_at   TIMESTAMPTZ  NOT NULL,
    read_at      TIMESTAMPTZ,
    emailed_at   TIMESTAMPTZ
);
CREATE INDEX notification_recipient ON notification (recipient, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (recipient) WHERE read_at IS NULL;
