-- Customer search (GET /customers?q=) without walking the whole archive.
-- Scope "owner in (…) or support = me": an index on support_staff_id lets the OR use indexes.
CREATE INDEX crm_customers_support ON crm_customers (support_staff_id);
-- Queries of 1–2 characters (no trigram to look up) scan search_text on index pages, not on
-- the wide rows, per owner (reps and managers; scope all, rare, reads the rows). This index
-- serves whatever (owner_staff_id, name_sort) did, and in SQLite (name_sort) is (name_sort, id)
-- of 40_011 (an index ends with the rowid): both go, to keep the import's cost down.
CREATE INDEX crm_customers_owner_search ON crm_customers (owner_staff_id, name_sort, search_text);
DROP INDEX crm_customers_owner_sort;
DROP INDEX crm_customers_sort;
-- Queries of 3 or more characters: an FTS5 trigram index over search_text (external content:
-- the text stays in crm_customers; the index is kept by the triggers below). The store takes
-- candidate ids from it and checks the LIKE on crm_customers, so results are those of the LIKE.
-- No column sizes (columnsize = 0: they serve bm25 ranking only), one write less per row.
-- A virtual table and its shadow tables (crm_customer_fts_*) are not backed up: restoring the
-- crm_customers rows fills them again through the insert trigger.
CREATE VIRTUAL TABLE crm_customer_fts USING fts5 (
  search_text,
  content = 'crm_customers',
  content_rowid = 'id',
  tokenize = 'trigram',
  columnsize = 0
);
-- A 16 MB in-memory hash (default 1 MB) before a segment is written: a 100,000-row import
-- writes fewer, larger segments and merges less (rebuild of 100,000 rows 4.1 s → 1.7 s).
INSERT INTO crm_customer_fts (crm_customer_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO crm_customer_fts (crm_customer_fts) VALUES ('rebuild');
CREATE TRIGGER crm_customers_fts_insert AFTER INSERT ON crm_customers BEGIN
  INSERT INTO crm_customer_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER crm_customers_fts_delete AFTER DELETE ON crm_customers BEGIN
  INSERT INTO crm_customer_fts (crm_customer_fts, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER crm_customers_fts_update AFTER UPDATE OF id, search_text ON crm_customers BEGIN
  INSERT INTO crm_customer_fts (crm_customer_fts, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
  INSERT INTO crm_customer_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
