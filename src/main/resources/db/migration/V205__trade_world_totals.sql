-- Issue 12: the world's total exports and imports of each product, one row per year and classification, written
-- by the import in the same transaction as the countries' rows (V204) and summed from the same cents. RCA and the
-- other indicators read this one row instead of summing every country's arrays on every request.
CREATE TABLE trade_world_year (
    year           SMALLINT      NOT NULL,
    classification VARCHAR(6)    COLLATE "C" NOT NULL CHECK (classification IN ('HS', 'SITC2')),
    -- Every product some country trades, each once, ascending.
    products       VARCHAR(8)[]  COLLATE "C" NOT NULL,
    -- Sum of the countries' exports in US cents, aligned with products.
    exports_cents  BIGINT[]      NOT NULL,
    -- Sum of the countries' known imports in US cents; NULL elements where no country's imports are known, a NULL
    -- array for a world exports table (which has no imports).
    imports_cents  BIGINT[],
    import_id      BIGINT        NOT NULL,
    PRIMARY KEY (year, classification),
    CHECK (cardinality(exports_cents) = cardinality(products)),
    CHECK (imports_cents IS NULL OR cardinality(imports_cents) = cardinality(products))
);

INSERT INTO trade_world_year (year, classification, products, exports_cents, imports_cents, import_id)
SELECT year, classification,
       array_agg(product ORDER BY product),
       array_agg(x ORDER BY product),
       CASE WHEN bool_or(m IS NOT NULL) THEN array_agg(m ORDER BY product) END,
       max(import_id)
FROM (
    SELECT y.year, y.classification, c.product, sum(c.x)::bigint AS x, sum(c.m)::bigint AS m, max(y.import_id) AS import_id
    FROM trade_country_year y
    CROSS JOIN LATERAL unnest(y.products, y.exports_cents, y.imports_cents) AS c(product, x, m)
    GROUP BY y.year, y.classification, c.product
) cells
GROUP BY year, classification;
