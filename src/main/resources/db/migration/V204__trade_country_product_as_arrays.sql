-- Issue 12's speed goal (docs/benchmarks.md, "Trade world files"): a BACI year is about 1.27 million country x
-- product cells, and writing them as 1.27 million rows of a table with a four-column primary key was most of
-- the import's time (COPY 7-14 s on the quiet machine; a year's replacement also DELETEd as many rows). A year
-- now stores one row per country and classification, its products and values as aligned arrays (values in US
-- cents, exact), about 230 rows a year: measured beside the old table on the same server, COPY and replacement
-- were 3.5-5 times faster. Readers are unchanged: trade_country_product is now a view that unnests the arrays,
-- with the same columns, types and meaning as the table it replaces (one row per cell).
CREATE TABLE trade_country_year (
    year           SMALLINT      NOT NULL,
    classification VARCHAR(6)    COLLATE "C" NOT NULL CHECK (classification IN ('HS', 'SITC2')),
    country        CHAR(3)       COLLATE "C" NOT NULL,
    -- Product codes (HS at 2, 4 or 6 digits, or SITC2), each at most once, in ascending order.
    products       VARCHAR(8)[]  COLLATE "C" NOT NULL,
    -- Exports to the world in US cents, aligned with products; never negative.
    exports_cents  BIGINT[]      NOT NULL,
    -- Imports from the world in US cents, aligned with products; NULL elements (or a NULL array: a world exports
    -- table, which has no imports) where unknown.
    imports_cents  BIGINT[],
    import_id      BIGINT        NOT NULL,
    PRIMARY KEY (year, classification, country),
    CHECK (cardinality(exports_cents) = cardinality(products)),
    CHECK (imports_cents IS NULL OR cardinality(imports_cents) = cardinality(products))
);
CREATE INDEX trade_country_year_import ON trade_country_year (import_id);

INSERT INTO trade_country_year (year, classification, country, products, exports_cents, imports_cents, import_id)
SELECT year, classification, country,
       array_agg(product ORDER BY product),
       array_agg((exports_usd * 100)::bigint ORDER BY product),
       CASE WHEN bool_or(imports_usd IS NOT NULL)
            THEN array_agg((imports_usd * 100)::bigint ORDER BY product) END,
       max(import_id)
FROM trade_country_product
GROUP BY year, classification, country;

DROP TABLE trade_country_product;

CREATE VIEW trade_country_product AS
SELECT y.year, y.classification, y.country, c.product,
       (c.exports_cents / 100.0)::NUMERIC(20, 2) AS exports_usd,
       (c.imports_cents / 100.0)::NUMERIC(20, 2) AS imports_usd,
       y.import_id
FROM trade_country_year y
CROSS JOIN LATERAL unnest(y.products, y.exports_cents, y.imports_cents) AS c(product, exports_cents, imports_cents);
