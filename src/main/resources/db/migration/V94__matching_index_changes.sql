-- Every instance keeps the matching index in memory. The instance that sees an enterprise change records it
-- here after the change commits; the others poll this table for rows newer than the last one they applied
-- and reload those enterprises, so that several instances converge within one poll interval.

CREATE TABLE matching_index_change (
    id            BIGSERIAL PRIMARY KEY,
    enterprise_id BIGINT      NOT NULL,
    instance_id   VARCHAR(40) NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX matching_index_change_time ON matching_index_change (recorded_at);
