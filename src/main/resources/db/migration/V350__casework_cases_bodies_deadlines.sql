-- Casework (issue 15): the obstacles desk. Three new roles (decision 0046): ASSOCIATION (a business association
-- filing for members who stay anonymous), PROVINCE_DOIT (a province's department of industry and trade) and
-- CASE_BODY (a contact person of a competent body that cases are routed to); associations are a new kind of
-- organisation.
ALTER TABLE user_role DROP CONSTRAINT IF EXISTS user_role_role_check;
ALTER TABLE user_role ADD CONSTRAINT user_role_role_check CHECK (role IN
    ('ADMIN', 'ANALYST', 'MINISTRY', 'BORDER_OFFICER', 'ENTERPRISE', 'ASSOCIATION', 'PROVINCE_DOIT', 'CASE_BODY'));
ALTER TABLE organisation DROP CONSTRAINT IF EXISTS organisation_kind_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check CHECK (kind IN
    ('MINISTRY', 'INSTITUTE', 'PROVINCE', 'BORDER_AUTHORITY', 'ENTERPRISE', 'OPERATOR', 'ASSOCIATION', 'BODY'));

-- The competent bodies of both countries; which body the platform proposes per country, topic and (optionally)
-- gate pair; which users answer for a body. Usernames and gate ids are plain values (decision 0017 s.4).
CREATE TABLE casework_body (
    id       VARCHAR(40)  PRIMARY KEY,
    country  CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    name_en  VARCHAR(300) NOT NULL,
    name_vi  VARCHAR(300) NOT NULL,
    name_lo  VARCHAR(300) NOT NULL
);

CREATE TABLE casework_routing (
    country      CHAR(2)     NOT NULL,
    topic        VARCHAR(30) NOT NULL,
    gate_pair_id VARCHAR(40) NOT NULL DEFAULT '',
    body_id      VARCHAR(40) NOT NULL REFERENCES casework_body (id),
    PRIMARY KEY (country, topic, gate_pair_id)
);

CREATE TABLE casework_body_user (
    username VARCHAR(100) PRIMARY KEY,
    body_id  VARCHAR(40)  NOT NULL REFERENCES casework_body (id)
);

CREATE TABLE casework_case (
    id                    BIGSERIAL     PRIMARY KEY,
    reference             VARCHAR(20)   NOT NULL UNIQUE,
    filer_username        VARCHAR(100)  NOT NULL,
    filer_organisation_id BIGINT,
    filer_kind            VARCHAR(20)   NOT NULL CHECK (filer_kind IN ('ENTERPRISE', 'ASSOCIATION', 'PROVINCE')),
    filer_name            VARCHAR(300)  NOT NULL,
    home_country          CHAR(2)       NOT NULL CHECK (home_country IN ('VN', 'LA')),
    kind                  VARCHAR(20)   NOT NULL CHECK (kind IN ('OBSTACLE', 'PROPOSAL')),
    topic                 VARCHAR(30)   NOT NULL,
    country               CHAR(2)       NOT NULL CHECK (country IN ('VN', 'LA')),
    province_code         VARCHAR(10),
    gate_pair_id          VARCHAR(40),
    hs_codes              TEXT          NOT NULL DEFAULT '',
    measure               VARCHAR(500),
    title                 VARCHAR(200)  NOT NULL,
    description           TEXT          NOT NULL,
    language              VARCHAR(2)    NOT NULL CHECK (language IN ('en', 'vi', 'lo')),
    publishable           BOOLEAN       NOT NULL DEFAULT FALSE,
    status                VARCHAR(30)   NOT NULL,
    proposed_body_id      VARCHAR(40)   REFERENCES casework_body (id),
    body_id               VARCHAR(40)   REFERENCES casework_body (id),
    answer                TEXT,
    answer_language       VARCHAR(2),
    reason                TEXT,
    escalated             BOOLEAN       NOT NULL DEFAULT FALSE,
    needs_government      BOOLEAN       NOT NULL DEFAULT FALSE,
    step                  VARCHAR(20),
    step_started_on       DATE,
    step_deadline         DATE,
    submitted_on          DATE          NOT NULL,
    closed_on             DATE,
    version               INTEGER       NOT NULL DEFAULT 0,
    demo                  BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX casework_case_status ON casework_case (status);
CREATE INDEX casework_case_filer ON casework_case (filer_organisation_id);
CREATE INDEX casework_case_body ON casework_case (body_id);

-- The members an association files for: seen by the association only (decision 0048).
CREATE TABLE casework_case_member (
    case_id BIGINT       NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
    name    VARCHAR(300) NOT NULL,
    PRIMARY KEY (case_id, name)
);

-- Every transition: who, when, why; and each timed step with its deadline and when it ended.
CREATE TABLE casework_case_event (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    from_status VARCHAR(30),
    to_status   VARCHAR(30)  NOT NULL,
    reason      TEXT
);
CREATE INDEX casework_case_event_case ON casework_case_event (case_id, id);

CREATE TABLE casework_step (
    id          BIGSERIAL   PRIMARY KEY,
    case_id     BIGINT      NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
    step        VARCHAR(20) NOT NULL,
    started_on  DATE        NOT NULL,
    deadline    DATE        NOT NULL,
    country     CHAR(2)     NOT NULL,
    body_id     VARCHAR(40),
    finished_on DATE
);
CREATE INDEX casework_step_case ON casework_step (case_id, id);

CREATE TABLE casework_support (
    case_id         BIGINT       NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
    username        VARCHAR(100) NOT NULL,
    organisation_id BIGINT,
    at              TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, username)
);

CREATE TABLE casework_message (
    id       BIGSERIAL    PRIMARY KEY,
    case_id  BIGINT       NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
    username VARCHAR(100) NOT NULL,
    author   VARCHAR(300) NOT NULL,
    at       TIMESTAMPTZ  NOT NULL,
    text     TEXT         NOT NULL
);

-- Deadlines in working days per step, effective-dated (decision 0047): a value holds from its date until the
-- next one; a step uses the value in force on the day it started.
CREATE TABLE casework_deadline (
    step           VARCHAR(20)  NOT NULL,
    effective_from DATE         NOT NULL,
    working_days   INTEGER      NOT NULL CHECK (working_days BETWEEN 1 AND 500),
    source         VARCHAR(300) NOT NULL,
    set_by         VARCHAR(100) NOT NULL,
    set_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (step, effective_from)
);
INSERT INTO casework_deadline (step, effective_from, working_days, source, set_by) VALUES
    ('ADMISSIBILITY', DATE '2000-01-01', 10, 'ASEAN ASSIST: completeness and scope checked within 10 working days', 'V350'),
    ('ROUTING', DATE '2000-01-01', 5, 'SOLVIT: the lead centre accepts within 7 days (5 working days)', 'V350'),
    ('ANSWER', DATE '2000-01-01', 50, 'SOLVIT: solved within 10 weeks of acceptance (50 working days)', 'V350'),
    ('FILER_REPLY', DATE '2000-01-01', 5, 'SOLVIT: the applicant accepts a solution within 7 days (5 working days)', 'V350');

CREATE TABLE casework_holiday (
    country CHAR(2)      NOT NULL CHECK (country IN ('VN', 'LA')),
    day     DATE         NOT NULL,
    name    VARCHAR(100) NOT NULL,
    source  VARCHAR(300) NOT NULL,
    PRIMARY KEY (country, day)
);
