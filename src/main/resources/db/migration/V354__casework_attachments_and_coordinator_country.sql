-- Casework (issue 15): attachments on cases (decision 0074) and the country of the coordinator who took a step
-- (decision 0075).
--
-- Attachments are kept in the database as bytea (at most 5 MB each, 10 per case): they are backed up, restored and
-- deleted with their case, and no second store is needed. The content type is the one read from the bytes (PDF,
-- PNG or JPEG), never the one the sender declared. "internal" attachments are seen by the filer only: an
-- association uses them for papers that name its members (decision 0048); "anonymised" records that the filer
-- confirmed an association's other attachments name no member.
CREATE TABLE casework_attachment (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
    filename      VARCHAR(200) NOT NULL,
    content_type  VARCHAR(20)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes    INTEGER      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    sha256        CHAR(64)     NOT NULL,
    internal      BOOLEAN      NOT NULL DEFAULT FALSE,
    anonymised    BOOLEAN      NOT NULL DEFAULT FALSE,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploader_name VARCHAR(200) NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL,
    content       BYTEA        NOT NULL
);
CREATE INDEX casework_attachment_case ON casework_attachment (case_id);

-- Which country's contact point took a coordinator's step (home: admissibility and closing; destination:
-- routing); NULL for the filer's, the body's and the ministry's steps.
ALTER TABLE casework_case_event ADD COLUMN coordinator_country CHAR(2);
