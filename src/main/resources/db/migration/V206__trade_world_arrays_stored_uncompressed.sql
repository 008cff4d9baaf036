-- Issue 12 (decision 0098): the world tables' arrays are stored out of line but not compressed. PostgreSQL's
-- built-in compression (pglz; this build has no lz4) took about two thirds of the time of writing a BACI year:
-- in one benchmark run under the same load, COPY of 1,268,312 cells took 17.7 s compressed and 5.8 s not.
-- Applies to rows written from now on; rows already stored stay as they are until their year is imported again.
ALTER TABLE trade_country_year
    ALTER COLUMN products SET STORAGE EXTERNAL,
    ALTER COLUMN exports_cents SET STORAGE EXTERNAL,
    ALTER COLUMN imports_cents SET STORAGE EXTERNAL;
ALTER TABLE trade_world_year
    ALTER COLUMN products SET STORAGE EXTERNAL,
    ALTER COLUMN exports_cents SET STORAGE EXTERNAL,
    ALTER COLUMN imports_cents SET STORAGE EXTERNAL;
