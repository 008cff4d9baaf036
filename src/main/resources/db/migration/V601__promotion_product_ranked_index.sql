-- Issue 18, catalogue speed (decision 0093): the catalogue's page order (stars, unrated last, then id) per country,
-- so that a search for a common word reads its first page by walking this index instead of sorting every match.
CREATE INDEX promotion_product_ranked ON promotion_product (country, rating_stars DESC NULLS LAST, id);
-- A rated product always has its rating day (the service already requires it), so whether a rating is valid today is
-- never unknown and the page's order needs no third group.
ALTER TABLE promotion_product ADD CONSTRAINT promotion_product_rated_on
    CHECK (rating_stars IS NULL OR rated_on IS NOT NULL);
