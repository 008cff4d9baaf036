-- Pilot linkage models are chosen by the two focal-point institutes on the MoU's five criteria. An evaluation
-- holds its criteria and sub-criteria (names in three languages, editable until judging starts), the
-- candidate models, the invited evaluators and their pairwise judgements; once closed, its result is frozen
-- as JSON and never recomputed.

CREATE TABLE pilot_evaluation (
    id              BIGSERIAL PRIMARY KEY,
    title_en        VARCHAR(300) NOT NULL,
    title_vi        VARCHAR(300) NOT NULL,
    title_lo        VARCHAR(300) NOT NULL,
    description     VARCHAR(4000),
    owner_username  VARCHAR(100) NOT NULL,
    state           VARCHAR(10)  NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED')),
    method          VARCHAR(3)   NOT NULL DEFAULT 'AIJ' CHECK (method IN ('AIJ', 'AIP')),
    ri_table        VARCHAR(30)  NOT NULL DEFAULT 'saaty1980',
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    opened_at       TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ
);
CREATE INDEX pilot_evaluation_owner ON pilot_evaluation (owner_username);

-- The five MoU criteria, in MoU order; position is 1-based and names the matrices (S2 = sub-criteria of
-- criterion 2).
CREATE TABLE pilot_criterion (
    id            BIGSERIAL PRIMARY KEY,
    evaluation_id BIGINT       NOT NULL REFERENCES pilot_evaluation (id) ON DELETE CASCADE,
    position      INT          NOT NULL CHECK (position >= 1),
    name_en       VARCHAR(300) NOT NULL,
    name_vi       VARCHAR(300) NOT NULL,
    name_lo       VARCHAR(300) NOT NULL,
    UNIQUE (evaluation_id, position)
);

CREATE TABLE pilot_subcriterion (
    id           BIGSERIAL PRIMARY KEY,
    criterion_id BIGINT       NOT NULL REFERENCES pilot_criterion (id) ON DELETE CASCADE,
    position     INT          NOT NULL CHECK (position >= 1),
    name_en      VARCHAR(300) NOT NULL,
    name_vi      VARCHAR(300) NOT NULL,
    name_lo      VARCHAR(300) NOT NULL,
    UNIQUE (criterion_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- chain_ref is the id of a linkage chain in the matching module, kept as plain data: that module does not
-- exist yet, so there is no foreign key and nothing checks it.
CREATE TABLE pilot_candidate (
    id            BIGSERIAL PRIMARY KEY,
    evaluation_id BIGINT       NOT NULL REFERENCES pilot_evaluation (id) ON DELETE CASCADE,
    position      INT          NOT NULL CHECK (position >= 1),
    name_en       VARCHAR(300) NOT NULL,
    name_vi       VARCHAR(300) NOT NULL,
    name_lo       VARCHAR(300) NOT NULL,
    sector        VARCHAR(30)  NOT NULL CHECK (sector IN ('AGRICULTURE', 'ELECTRONICS', 'RENEWABLE_ENERGY', 'OTHER')),
    description   VARCHAR(4000),
    chain_ref     BIGINT,
    UNIQUE (evaluation_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- Evaluators are platform users with the ANALYST role, referred to by username; weight is their say in the
-- group aggregation (normalised over the evaluation's evaluators).
CREATE TABLE pilot_evaluator (
    evaluation_id BIGINT           NOT NULL REFERENCES pilot_evaluation (id) ON DELETE CASCADE,
    username      VARCHAR(100)     NOT NULL,
    weight        DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight > 0),
    invited_at    TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (evaluation_id, username)
);

-- One judgement a(row, col) above the diagonal of one evaluator's matrix; the rest of the matrix follows
-- (1 on the diagonal, reciprocals below). matrix_key: C (criteria), S<c> (sub-criteria of criterion c),
-- A<c>.<s> (candidates under sub-criterion s of criterion c), positions 1-based.
CREATE TABLE pilot_judgement (
    evaluation_id BIGINT           NOT NULL REFERENCES pilot_evaluation (id) ON DELETE CASCADE,
    username      VARCHAR(100)     NOT NULL,
    matrix_key    VARCHAR(20)      NOT NULL,
    row_index     INT              NOT NULL CHECK (row_index >= 0),
    col_index     INT              NOT NULL,
    value         DOUBLE PRECISION NOT NULL CHECK (value >= 0.1110 AND value <= 9),
    updated_at    TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (evaluation_id, username, matrix_key, row_index, col_index),
    CHECK (col_index > row_index),
    FOREIGN KEY (evaluation_id, username) REFERENCES pilot_evaluator (evaluation_id, username) ON DELETE CASCADE
);

-- The frozen result of a closed evaluation: weights, CR per matrix, rankings and sensitivity, as computed at
-- closing. Written once.
CREATE TABLE pilot_result (
    evaluation_id BIGINT       PRIMARY KEY REFERENCES pilot_evaluation (id) ON DELETE CASCADE,
    result        JSONB        NOT NULL,
    closed_by     VARCHAR(100) NOT NULL,
    closed_at     TIMESTAMPTZ  NOT NULL
);
