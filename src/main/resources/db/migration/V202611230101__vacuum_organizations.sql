-- Rewritten by the previous migration, the organizations table has no page marked
-- all-visible, so the index-only scan of the staff search would still read the table,
-- and autovacuum may not come by for long on a table that is rarely written. Flyway runs
-- this migration outside a transaction, as VACUUM requires.
vacuum analyze organizations;
