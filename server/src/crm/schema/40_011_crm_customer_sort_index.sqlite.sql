-- SQLite compares TEXT as bytes already (BINARY): the (name_sort) and (owner_staff_id,
-- name_sort) indexes of 40_001 serve the pinyin order; add the id tie-break to the first.
CREATE INDEX crm_customers_sort_id ON crm_customers (name_sort, id);
