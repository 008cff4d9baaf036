-- Verified bearer tokens are cached for a moment on each instance (decision 0102). These triggers send a
-- PostgreSQL NOTIFY on the channel api_token_change when a change that can alter who a token signs in commits:
-- a token revoked, its expiry changed or it removed; an account disabled, renamed, moved or removed; a role or
-- gate granted or taken; an organisation renamed. Every instance LISTENs on a dedicated connection and empties
-- its cache at once; the cache's short lifetime bounds what a lost notification could cost. New tokens and new
-- accounts need no notice: nothing about them is cached yet, but role and gate rows are notified whatever they
-- belong to.

CREATE FUNCTION api_token_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('api_token_change', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER api_token_change_notify
    AFTER UPDATE OR DELETE ON api_token
    FOR EACH STATEMENT EXECUTE FUNCTION api_token_change_notify();

CREATE TRIGGER app_user_token_change_notify
    AFTER UPDATE OR DELETE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION api_token_change_notify();

CREATE TRIGGER user_role_token_change_notify
    AFTER INSERT OR UPDATE OR DELETE ON user_role
    FOR EACH STATEMENT EXECUTE FUNCTION api_token_change_notify();

CREATE TRIGGER user_border_gate_token_change_notify
    AFTER INSERT OR UPDATE OR DELETE ON user_border_gate
    FOR EACH STATEMENT EXECUTE FUNCTION api_token_change_notify();

CREATE TRIGGER organisation_token_change_notify
    AFTER UPDATE OR DELETE ON organisation
    FOR EACH STATEMENT EXECUTE FUNCTION api_token_change_notify();
