-- The similar-name check of customer create and update (crm::store::FindSimilarName) looked
-- for name keys containing the new one with LIKE '%…%' over every customer inside the write
-- transaction (~90 ms at 100,000 customers, every other writer waiting). A trigram index over
-- name_key gives the candidates: a key containing the new key holds each of its trigrams; the
-- store checks the containment on those rows only. Keys contained in the new one are found by
-- equality on crm_customers_name_key. External content, kept by the triggers below; only which
-- rows hold a trigram (detail = none): the store asks for each trigram, never a phrase. Not
-- backed up, like the other FTS5 tables: restored rows refill it through the insert trigger.
CREATE VIRTUAL TABLE crm_customer_names USING fts5 (
  name_key,
  content = 'crm_customers',
  content_rowid = 'id',
  tokenize = 'trigram',
  detail = 'none',
  columnsize = 0
);
INSERT INTO crm_customer_names (crm_customer_names, rank) VALUES ('hashsize', 16777216);
INSERT INTO crm_customer_names (crm_customer_names) VALUES ('rebuild');
CREATE TRIGGER crm_customers_names_insert AFTER INSERT ON crm_customers BEGIN
  INSERT INTO crm_customer_names (rowid, name_key) VALUES (new.id, new.name_key);
END;
CREATE TRIGGER crm_customers_names_delete AFTER DELETE ON crm_customers BEGIN
  INSERT INTO crm_customer_names (crm_customer_names, rowid, name_key)
    VALUES ('delete', old.id, old.name_key);
END;
CREATE TRIGGER crm_customers_names_update AFTER UPDATE OF id, name_key ON crm_customers BEGIN
  INSERT INTO crm_customer_names (crm_customer_names, rowid, name_key)
    VALUES ('delete', old.id, old.name_key);
  INSERT INTO crm_customer_names (rowid, name_key) VALUES (new.id, new.name_key);
END;
-- The next customer number (crm::store::NextCustomerNumber) is one above the highest code by
-- (length, code): this index hands it over from its end instead of sorting every code.
CREATE INDEX crm_customers_code_order ON crm_customers (length(code), code);
