-- The FTS5 indexes of customer search (crm_customer_fts, _grams, _names; 40_012, 40_021,
-- 40_030) were kept by triggers on crm_customers. FTS5 writes its pending terms to disk at the
-- end of every statement and every savepoint inside a transaction, and the group-commit writer
-- runs each request in its own savepoint (db/sqlite_writer.h): every customer create wrote new
-- segments into three indexes and set off their merges, about half of the writer's time at
-- 100,000 customers. Now the triggers only note which customers changed
-- (crm_customer_index_pending), and the view crm_customer_index_at_commit brings the indexes up
-- to date once per write transaction: the writer inserts into every view named *_at_commit
-- after the batch's requests and before COMMIT, so one statement per batch writes the indexes.
-- Readers see the same as before (only committed data). Inside the batch, a later request's
-- similar-name lookup does not see the names written by an earlier one of the same batch (the
-- equal-name check uses the crm_customers_name_key index and does).
--
-- crm_customer_index_docs holds what the indexes hold (their external content): an entry
-- leaves an index with the values it went in with, whatever crm_customers holds by then.
-- Tables named *_index_docs and *_index_pending are derived: not backed up (db/backup.cc);
-- restored rows of crm_customers are noted as pending and indexed at the restore's commit.
DROP TRIGGER crm_customers_fts_insert;
DROP TRIGGER crm_customers_fts_delete;
DROP TRIGGER crm_customers_fts_update;
DROP TRIGGER crm_customers_grams_insert;
DROP TRIGGER crm_customers_grams_delete;
DROP TRIGGER crm_customers_grams_update;
DROP TRIGGER crm_customers_names_insert;
DROP TRIGGER crm_customers_names_delete;
DROP TRIGGER crm_customers_names_update;
DROP TABLE crm_customer_fts;
DROP TABLE crm_customer_grams;
DROP TABLE crm_customer_names;

CREATE TABLE crm_customer_index_docs (
  id INTEGER PRIMARY KEY,  -- crm_customers.id
  search_text TEXT NOT NULL,
  search_grams TEXT NOT NULL,
  owner_staff_id INTEGER,
  support_staff_id INTEGER,
  name_key TEXT NOT NULL
);
CREATE TABLE crm_customer_index_pending (customer_id INTEGER PRIMARY KEY);

-- The same three indexes as before (see 40_012, 40_021, 40_030 for why each is so), over
-- crm_customer_index_docs, with 4 MB of pending terms each before a segment is written (16 MB
-- before: three of them were a quarter of an import's memory, and a bulk is rewritten as one
-- segment at its commit anyway, below).
CREATE VIRTUAL TABLE crm_customer_fts USING fts5 (
  search_text,
  content = 'crm_customer_index_docs',
  content_rowid = 'id',
  tokenize = 'trigram',
  columnsize = 0
);
INSERT INTO crm_customer_fts (crm_customer_fts, rank) VALUES ('hashsize', 4194304);
CREATE VIRTUAL TABLE crm_customer_grams USING fts5 (
  search_grams,
  owner_staff_id,
  support_staff_id,
  content = 'crm_customer_index_docs',
  content_rowid = 'id',
  tokenize = 'ascii',
  detail = 'column',
  columnsize = 0
);
INSERT INTO crm_customer_grams (crm_customer_grams, rank) VALUES ('hashsize', 4194304);
CREATE VIRTUAL TABLE crm_customer_names USING fts5 (
  name_key,
  content = 'crm_customer_index_docs',
  content_rowid = 'id',
  tokenize = 'trigram',
  detail = 'none',
  columnsize = 0
);
INSERT INTO crm_customer_names (crm_customer_names, rank) VALUES ('hashsize', 4194304);
-- FTS5 merges a level's segments all at once, inside the writing transaction, when the level
-- holds `crisismerge` of them (default 16); with an index's bulk of 100,000 customers in a few
-- large segments that merge took 0.6 s of one customer create. Its incremental merges
-- (automerge, a few pages per write) keep the levels short long before 256.
INSERT INTO crm_customer_fts (crm_customer_fts, rank) VALUES ('crisismerge', 256);
INSERT INTO crm_customer_grams (crm_customer_grams, rank) VALUES ('crisismerge', 256);
INSERT INTO crm_customer_names (crm_customer_names, rank) VALUES ('crisismerge', 256);

CREATE TRIGGER crm_customers_index_insert AFTER INSERT ON crm_customers BEGIN
  INSERT OR IGNORE INTO crm_customer_index_pending (customer_id) VALUES (new.id);
END;
CREATE TRIGGER crm_customers_index_delete AFTER DELETE ON crm_customers BEGIN
  INSERT OR IGNORE INTO crm_customer_index_pending (customer_id) VALUES (old.id);
END;
CREATE TRIGGER crm_customers_index_update
  AFTER UPDATE OF id, search_text, search_grams, owner_staff_id, support_staff_id, name_key
  ON crm_customers
  WHEN old.id IS NOT new.id OR old.search_text IS NOT new.search_text
    OR old.search_grams IS NOT new.search_grams OR old.owner_staff_id IS NOT new.owner_staff_id
    OR old.support_staff_id IS NOT new.support_staff_id OR old.name_key IS NOT new.name_key
BEGIN
  INSERT OR IGNORE INTO crm_customer_index_pending (customer_id) VALUES (old.id);
  INSERT OR IGNORE INTO crm_customer_index_pending (customer_id) VALUES (new.id);
END;

CREATE VIEW crm_customer_index_at_commit (run) AS SELECT 1;
CREATE TRIGGER crm_customer_index_sync INSTEAD OF INSERT ON crm_customer_index_at_commit
  WHEN EXISTS (SELECT 1 FROM crm_customer_index_pending)
BEGIN
  INSERT INTO crm_customer_fts (crm_customer_fts, rowid, search_text)
    SELECT 'delete', d.id, d.search_text FROM crm_customer_index_docs d
    WHERE d.id IN (SELECT customer_id FROM crm_customer_index_pending);
  INSERT INTO crm_customer_grams (crm_customer_grams, rowid, search_grams, owner_staff_id,
    support_staff_id)
    SELECT 'delete', d.id, d.search_grams, d.owner_staff_id, d.support_staff_id
    FROM crm_customer_index_docs d
    WHERE d.id IN (SELECT customer_id FROM crm_customer_index_pending);
  INSERT INTO crm_customer_names (crm_customer_names, rowid, name_key)
    SELECT 'delete', d.id, d.name_key FROM crm_customer_index_docs d
    WHERE d.id IN (SELECT customer_id FROM crm_customer_index_pending);
  DELETE FROM crm_customer_index_docs
    WHERE id IN (SELECT customer_id FROM crm_customer_index_pending);
  INSERT INTO crm_customer_index_docs (id, search_text, search_grams, owner_staff_id,
    support_staff_id, name_key)
    SELECT c.id, c.search_text, c.search_grams, c.owner_staff_id, c.support_staff_id, c.name_key
    FROM crm_customers c WHERE c.id IN (SELECT customer_id FROM crm_customer_index_pending);
  INSERT INTO crm_customer_fts (rowid, search_text)
    SELECT d.id, d.search_text FROM crm_customer_index_docs d
    WHERE d.id IN (SELECT customer_id FROM crm_customer_index_pending);
  INSERT INTO crm_customer_grams (rowid, search_grams, owner_staff_id, support_staff_id)
    SELECT d.id, d.search_grams, d.owner_staff_id, d.support_staff_id
    FROM crm_customer_index_docs d
    WHERE d.id IN (SELECT customer_id FROM crm_customer_index_pending);
  INSERT INTO crm_customer_names (rowid, name_key)
    SELECT d.id, d.name_key FROM crm_customer_index_docs d
    WHERE d.id IN (SELECT customer_id FROM crm_customer_index_pending);
  -- After a bulk (an import, a restore, this migration), each index is rewritten as one
  -- segment: left as the several large segments the bulk wrote, they would be merged a piece at
  -- a time by the creates that follow (0.5 s in one of them).
  INSERT INTO crm_customer_fts (crm_customer_fts) SELECT 'optimize'
    WHERE (SELECT COUNT(*) FROM crm_customer_index_pending) >= 10000;
  INSERT INTO crm_customer_grams (crm_customer_grams) SELECT 'optimize'
    WHERE (SELECT COUNT(*) FROM crm_customer_index_pending) >= 10000;
  INSERT INTO crm_customer_names (crm_customer_names) SELECT 'optimize'
    WHERE (SELECT COUNT(*) FROM crm_customer_index_pending) >= 10000;
  DELETE FROM crm_customer_index_pending;
END;

-- Every customer there is: indexed at this migration's commit.
INSERT INTO crm_customer_index_pending (customer_id) SELECT id FROM crm_customers;

-- The list's total for a department (owner in the department's staff) was counted on
-- crm_customers_owner_search, whose entries carry the whole search text: 30–50 ms for 100,000
-- customers. This index holds the owner alone, and the count reads a tenth of the pages.
CREATE INDEX crm_customers_owner ON crm_customers (owner_staff_id);
