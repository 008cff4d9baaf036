-- Products the trade indicators suggest (the export-potential shortlist fed by the trade module, decision 0045):
-- per exporting country, importing country and year, the HS products with their indicator values and source.
-- A new feed of the same exporter, importer and year replaces the rows.
CREATE TABLE matching_suggested_product (
    exporter                    CHAR(3)        NOT NULL CHECK (exporter IN ('VNM', 'LAO')),
    importer                    CHAR(3)        NOT NULL,
    year                        SMALLINT       NOT NULL,
    rank                        SMALLINT       NOT NULL CHECK (rank >= 1),
    hs_code                     VARCHAR(8)     NOT NULL,
    rca                         DOUBLE PRECISION NOT NULL,
    exporter_world_exports_usd  DOUBLE PRECISION NOT NULL,
    importer_world_imports_usd  DOUBLE PRECISION NOT NULL,
    actual_exports_usd          DOUBLE PRECISION NOT NULL,
    potential_usd               DOUBLE PRECISION NOT NULL,
    source                      VARCHAR(500)   NOT NULL,
    fed_at                      TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (exporter, importer, year, hs_code),
    UNIQUE (exporter, importer, year, rank)
);
