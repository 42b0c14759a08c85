-- Lists sort by name_sort COLLATE "C" (the hex ICU pinyin key compared as bytes): an index in
-- that collation lets PostgreSQL read pages in order instead of sorting the whole archive.
CREATE INDEX crm_customers_sort_c ON crm_customers (name_sort COLLATE "C", id);
CREATE INDEX crm_customers_owner_sort_c ON crm_customers (owner_staff_id, name_sort COLLATE "C", id);
