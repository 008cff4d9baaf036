-- Several instances of the platform may run against one database. A job that must run once across all of
-- them (closing overdue interests, removing stale credentials, pruning the matching change log) takes a row
-- in this table first (ShedLock's JdbcTemplateLockProvider, times in UTC from the database clock); an
-- instance that finds the row held until a later time skips that round. Layout as ShedLock documents it.

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
