-- Each instance's in-memory matching index used to learn of other instances' changes only at its next poll
-- (30 s). These triggers send a PostgreSQL NOTIFY on the channel matching_index_change when a change record
-- is written (payload 'enterprise') or a value-chain link changes (payload 'links'); every instance LISTENs
-- on a dedicated connection and catches up within about a second. The change table stays the durable
-- record: a notification lost while an instance was disconnected is made good by the fallback poll.

CREATE FUNCTION matching_index_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('matching_index_change', TG_ARGV[0]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER matching_index_change_notify
    AFTER INSERT ON matching_index_change
    FOR EACH STATEMENT EXECUTE FUNCTION matching_index_notify('enterprise');

CREATE TRIGGER matching_value_chain_link_notify
    AFTER INSERT OR UPDATE OR DELETE ON matching_value_chain_link
    FOR EACH STATEMENT EXECUTE FUNCTION matching_index_notify('links');
