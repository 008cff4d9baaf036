-- A country's trade with each partner in one year, summed from a BACI world file over all products (exporter i to
-- importer j). It feeds the Herfindahl–Hirschman concentration over partner markets (docs/indicators.md). Written
-- by the BACI import in the same transaction as its trade_import row, like trade_country_product (V202: no
-- per-row foreign-key trigger).
CREATE TABLE trade_country_partner (
    year       SMALLINT       NOT NULL,
    exporter   CHAR(3) COLLATE "C" NOT NULL,
    importer   CHAR(3) COLLATE "C" NOT NULL,
    value_usd  NUMERIC(20, 2) NOT NULL CHECK (value_usd >= 0),
    import_id  BIGINT         NOT NULL,
    PRIMARY KEY (year, exporter, importer)
);
CREATE INDEX trade_country_partner_importer ON trade_country_partner (year, importer);
CREATE INDEX trade_country_partner_import ON trade_country_partner (import_id);
