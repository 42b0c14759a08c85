-- Customer search (GET /customers?q=): scope "owner in (…) or support = me" as a BitmapOr of
-- two indexes instead of a scan. The SQLite side adds an FTS5 trigram index; PostgreSQL keeps
-- the LIKE on the scope's rows (pg_trgm is left out: an extension is per database, and the
-- tests' schema-per-test databases would share and drop it with a schema).
CREATE INDEX crm_customers_support ON crm_customers (support_staff_id);
