-- The registry (enterprise module) keeps the organisation that owns an enterprise as a plain id: the
-- organisation table belongs to the platform module, which the registry does not depend on, and
-- docs/architecture.md allows no foreign key from one module's tables into another's. Which enterprises a
-- user acts for is resolved per request from this id (EnterpriseOwnership); organisations are never deleted
-- (accounts and the audit log name them), so no owner id is left pointing nowhere.
ALTER TABLE enterprise DROP CONSTRAINT IF EXISTS enterprise_owner_organisation_id_fkey;
