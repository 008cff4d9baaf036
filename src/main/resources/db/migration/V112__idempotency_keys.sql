-- Idempotency keys (issue 9, defect 9): an import retried after a crash, or a lost answer, must not import
-- twice. One row per user and key, written in the same transaction as the operation it guards, with the
-- SHA-256 of the request (to refuse the key with another request) and the answer given (to return it again).
-- Rows are removed after linkage.idempotency.retention (24 h by default).

CREATE TABLE idempotency_key (
    username        VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    operation       VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INT,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (username, idempotency_key)
);
CREATE INDEX idempotency_key_expires ON idempotency_key (expires_at);
