-- Every sign-in, successful or not, is written to the audit log with who, when and from which address
-- (issue 9, defect 8): the log's actions grow by two that are not changes to a record.

ALTER TABLE audit_event ALTER COLUMN action TYPE VARCHAR(20);
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'SIGNED_IN', 'SIGN_IN_FAILED'));
