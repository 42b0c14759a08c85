-- Nothing on SQLite: its search indexes are FTS5 tables written once per transaction (40_040).
-- See the .pg.sql file for PostgreSQL.
SELECT 1;
