-- A BACI year writes about 1.2 million country x product cells in one COPY. The foreign keys from the world
-- tables to trade_import fired one referential-integrity trigger per row and made the load several times slower
-- (measured, docs/benchmarks.md "Trade world files"). The import id is written by the importer in the same
-- transaction as its trade_import row, so the reference cannot dangle; the column stays, indexed for lookups.
ALTER TABLE trade_country_product DROP CONSTRAINT trade_country_product_import_id_fkey;
ALTER TABLE trade_bilateral DROP CONSTRAINT trade_bilateral_import_id_fkey;
-- Codes compare byte by byte: the "C" collation keeps the primary key's comparisons cheap on a million-row load.
ALTER TABLE trade_country_product ALTER COLUMN classification TYPE VARCHAR(6) COLLATE "C",
                                  ALTER COLUMN country TYPE CHAR(3) COLLATE "C",
                                  ALTER COLUMN product TYPE VARCHAR(8) COLLATE "C";
