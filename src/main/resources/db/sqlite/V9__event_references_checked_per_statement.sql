-- Issue #11: on PostgreSQL, V9 checks the references of inserted events once per statement instead of row by row
-- (see that migration). SQLite's own foreign-key checks of events stay as V1 declared them; this version changes
-- nothing here and exists so both engines share one schema version.
SELECT 1;
