-- Nothing on PostgreSQL: its search indexes are GIN indexes on crm_customers itself (40_030),
-- kept by PostgreSQL in the writing statement, and crm_customers_owner_sort_c (40_011) leads
-- with the owner alone. See the .sqlite.sql file for SQLite.
SELECT 1;
