-- The platform's own tables: who may sign in (with their roles, organisation and border gates), the bearer
-- tokens they hold for the API, the failed sign-ins that throttle guessing, and the audit log of every change.

CREATE TABLE organisation (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    country     CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('MINISTRY', 'INSTITUTE', 'PROVINCE', 'BORDER_AUTHORITY', 'ENTERPRISE', 'OPERATOR')),
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (name, country)
);

CREATE TABLE app_user (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    organisation_id BIGINT REFERENCES organisation (id),
    preferred_lang  VARCHAR(2)   NOT NULL DEFAULT 'en' CHECK (preferred_lang IN ('en', 'vi', 'lo')),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(30) NOT NULL CHECK (role IN ('ADMIN', 'ANALYST', 'MINISTRY', 'BORDER_OFFICER', 'ENTERPRISE')),
    PRIMARY KEY (user_id, role)
);

-- Border officers act only at the gate pairs they are bound to (pair ids from the reference data).
CREATE TABLE user_border_gate (
    user_id      BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    gate_pair_id VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, gate_pair_id)
);

-- Only a SHA-256 of each token is kept, so a database dump does not hand out working tokens.
CREATE TABLE api_token (
    id          BIGSERIAL PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL UNIQUE,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX api_token_user ON api_token (user_id);

CREATE TABLE login_failure (
    username     VARCHAR(100) PRIMARY KEY,
    failures     INT          NOT NULL,
    first_failed TIMESTAMPTZ  NOT NULL,
    locked_until TIMESTAMPTZ
);

CREATE TABLE audit_event (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    action      VARCHAR(10)  NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'DELETED')),
    changes     JSONB        NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_event_time ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);
