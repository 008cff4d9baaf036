-- The enterprises an organisation owns are reused for a moment with the verified tokens (decision 0102). When an
-- enterprise is added or removed or its owning organisation changes, tell every instance on the same channel as
-- V173, so that none acts for an enterprise its organisation no longer owns. A trigger only: the registry's table
-- and its writers are unchanged, and nothing in the registry refers to the platform.
CREATE TRIGGER enterprise_owner_token_change_notify
    AFTER INSERT OR DELETE OR UPDATE OF owner_organisation_id ON enterprise
    FOR EACH STATEMENT EXECUTE FUNCTION api_token_change_notify();
