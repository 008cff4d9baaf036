-- The audit page filters and sorts the log by the user who made each change, and lists the users present
-- with a loose index scan (one probe per user); without this index both read the whole log.
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at DESC, id DESC);
