-- Issue 18, catalogue speed (decision 0108): a search's count of matches is kept by the application under the
-- catalogue's version, which changes with every statement that writes branded products or the rating rules, through
-- the service or not (demo data, imports, the benchmark's generator, the search-text backfill).
-- The version comes from a sequence, so a number is never used twice: a count made inside a transaction that is
-- later rolled back is kept under a version that no committed catalogue ever has. Readers see the new version only
-- once the writing transaction commits, as they see its rows.
CREATE SEQUENCE promotion_catalogue_version_seq;
CREATE TABLE promotion_catalogue_version (
    id       BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version  BIGINT  NOT NULL
);
INSERT INTO promotion_catalogue_version (version) VALUES (nextval('promotion_catalogue_version_seq'));

CREATE FUNCTION promotion_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE promotion_catalogue_version SET version = nextval('promotion_catalogue_version_seq');
    RETURN NULL;
END $$;

CREATE TRIGGER promotion_product_changes_catalogue
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promotion_product
    FOR EACH STATEMENT EXECUTE FUNCTION promotion_catalogue_changed();
CREATE TRIGGER promotion_rating_rule_changes_catalogue
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promotion_rating_rule
    FOR EACH STATEMENT EXECUTE FUNCTION promotion_catalogue_changed();
