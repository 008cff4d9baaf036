-- Training (issue 17): courses with their sessions, trainees (personal data: only organisers and the trainee read
-- it), enrolments with attendance, assessment, completion and the issued certificate, the courses' outputs as typed
-- references to what they are on the platform, how often an output was opened, and the training needs that
-- organisations submit. A certificate's verification code is random and kept only as its SHA-256 hash (decision
-- 0062): the issued PDF is stored, so the code never has to be kept in clear.

CREATE TABLE training_course (
    id                 BIGSERIAL PRIMARY KEY,
    title_en           VARCHAR(300) NOT NULL,
    title_vi           VARCHAR(300) NOT NULL,
    title_lo           VARCHAR(300) NOT NULL,
    topic              VARCHAR(30)  NOT NULL,
    audience           VARCHAR(12)  NOT NULL CHECK (audience IN ('GOVERNMENT', 'BUSINESS')),
    language           VARCHAR(2)   NOT NULL CHECK (language IN ('en', 'vi', 'lo')),
    partner_institute  VARCHAR(300),
    place              VARCHAR(300),
    online             BOOLEAN      NOT NULL DEFAULT FALSE,
    trainers           VARCHAR(500),
    capacity           INTEGER      NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL CHECK (ends_on >= starts_on),
    status             VARCHAR(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    closed_by          VARCHAR(100),
    closed_at          TIMESTAMPTZ,
    demo               BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL
);

CREATE TABLE training_session (
    id         BIGSERIAL PRIMARY KEY,
    course_id  BIGINT       NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    held_on    DATE         NOT NULL,
    title      VARCHAR(300) NOT NULL,
    UNIQUE (course_id, position)
);

-- username: the platform account that signs in as this trainee (decision 0063); nullable, one trainee per account.
CREATE TABLE training_trainee (
    id             BIGSERIAL PRIMARY KEY,
    full_name      VARCHAR(200) NOT NULL,
    organisation   VARCHAR(300) NOT NULL,
    country        VARCHAR(2)   NOT NULL CHECK (country IN ('VN', 'LA')),
    province_code  VARCHAR(6)   NOT NULL,
    job_role       VARCHAR(200),
    email          VARCHAR(254),
    username       VARCHAR(100) UNIQUE,
    demo           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL
);

CREATE TABLE training_enrolment (
    id                     BIGSERIAL PRIMARY KEY,
    course_id              BIGINT       NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
    trainee_id             BIGINT       NOT NULL REFERENCES training_trainee (id),
    enrolled_by            VARCHAR(100) NOT NULL,
    enrolled_at            TIMESTAMPTZ  NOT NULL,
    score                  NUMERIC(5, 2) CHECK (score BETWEEN 0 AND 100),
    completed_on           DATE,
    certificate_hash       BYTEA UNIQUE,
    certificate_pdf        BYTEA,
    certificate_issued_at  TIMESTAMPTZ,
    UNIQUE (course_id, trainee_id)
);

CREATE TABLE training_attendance (
    enrolment_id  BIGINT  NOT NULL REFERENCES training_enrolment (id) ON DELETE CASCADE,
    session_id    BIGINT  NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    present       BOOLEAN NOT NULL,
    PRIMARY KEY (enrolment_id, session_id)
);

-- An output is a typed reference (kind + ref_id + title + url) to a record of another module, stored as plain
-- values (no foreign key crosses a module boundary, decision 0017 section 4).
CREATE TABLE training_output (
    id           BIGSERIAL PRIMARY KEY,
    course_id    BIGINT       NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
    kind         VARCHAR(20)  NOT NULL,
    ref_id       VARCHAR(100),
    title        VARCHAR(300) NOT NULL,
    url          VARCHAR(500) NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX training_output_target ON training_output (kind, ref_id);

CREATE TABLE training_output_view (
    id         BIGSERIAL PRIMARY KEY,
    output_id  BIGINT       NOT NULL REFERENCES training_output (id) ON DELETE CASCADE,
    viewed_by  VARCHAR(100) NOT NULL,
    viewed_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX training_output_view_output ON training_output_view (output_id);

CREATE TABLE training_need (
    id            BIGSERIAL PRIMARY KEY,
    organisation  VARCHAR(300) NOT NULL,
    country       VARCHAR(2)   NOT NULL CHECK (country IN ('VN', 'LA')),
    topic         VARCHAR(30)  NOT NULL,
    audience      VARCHAR(12)  NOT NULL CHECK (audience IN ('GOVERNMENT', 'BUSINESS')),
    people        INTEGER      NOT NULL CHECK (people BETWEEN 1 AND 10000),
    description   VARCHAR(2000),
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    submitted_by  VARCHAR(100) NOT NULL,
    submitted_at  TIMESTAMPTZ  NOT NULL
);
