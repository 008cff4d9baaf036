-- Sign-in throttling counted per (client address, username) and per client address, not per username alone:
-- with a count per name, anyone could lock anyone out by guessing wrong five times (issue 9, defect 8).
-- A row with username '' is the coarser per-address count over every name tried from that address.
-- The old per-name table goes; its counts expire within 15 minutes anyway.

CREATE TABLE sign_in_throttle (
    client_address VARCHAR(45)  NOT NULL,
    username       VARCHAR(100) NOT NULL,
    failures       INT          NOT NULL,
    last_failed    TIMESTAMPTZ  NOT NULL,
    blocked_until  TIMESTAMPTZ,
    PRIMARY KEY (client_address, username)
);
CREATE INDEX sign_in_throttle_last_failed ON sign_in_throttle (last_failed);

DROP TABLE login_failure;
