-- Customer search by one or two Chinese characters ("路桥", "华"): the trigram index of 40_012
-- cannot answer fewer than three characters, and scanning the search text of every customer in
-- a manager's scope took ~50 ms for 50,000 customers. search_grams holds each Han character
-- and each pair of adjacent Han characters of search_text (crm::SearchGrams, written with the
-- row); an FTS5 index over it and over owner and support staff answers "customers in my scope
-- whose text contains 路桥" and counts them inside the index, without reading a row.
ALTER TABLE crm_customers ADD COLUMN search_grams TEXT NOT NULL DEFAULT '';
-- Rows written before this migration: the grams computed in SQL, the same set as
-- crm::SearchGrams (Han = U+3400–U+9FFF, U+F900–U+FAFF, U+20000–U+3FFFF).
UPDATE crm_customers SET search_grams = COALESCE((
  WITH RECURSIVE at(i, ch, nx) AS (
    SELECT 1, substr(crm_customers.search_text, 1, 1), substr(crm_customers.search_text, 2, 1)
    UNION ALL
    SELECT i + 1, nx, substr(crm_customers.search_text, i + 2, 1) FROM at WHERE nx <> ''
  ), han(ch, nx, h, hn) AS (
    SELECT ch, nx,
      unicode(ch) BETWEEN 13312 AND 40959 OR unicode(ch) BETWEEN 63744 AND 64255
        OR unicode(ch) BETWEEN 131072 AND 262143,
      unicode(nx) BETWEEN 13312 AND 40959 OR unicode(nx) BETWEEN 63744 AND 64255
        OR unicode(nx) BETWEEN 131072 AND 262143
    FROM at
  )
  SELECT group_concat(g, ' ') FROM (
    SELECT ch AS g FROM han WHERE h UNION SELECT ch || nx FROM han WHERE h AND hn
  )), '');
-- External content: the index reads crm_customers and is kept by the triggers below. The
-- ascii tokenizer splits on ASCII spaces only, so a gram is one token whatever Unicode version
-- SQLite's tables know, and an owner id is one token. Per row only which columns hold a token
-- (detail = column): enough for single-token terms and column filters, a third of the size.
-- Like crm_customer_fts it is not backed up; restored rows refill it through the trigger.
CREATE VIRTUAL TABLE crm_customer_grams USING fts5 (
  search_grams,
  owner_staff_id,
  support_staff_id,
  content = 'crm_customers',
  content_rowid = 'id',
  tokenize = 'ascii',
  detail = 'column',
  columnsize = 0
);
INSERT INTO crm_customer_grams (crm_customer_grams, rank) VALUES ('hashsize', 16777216);
INSERT INTO crm_customer_grams (crm_customer_grams) VALUES ('rebuild');
CREATE TRIGGER crm_customers_grams_insert AFTER INSERT ON crm_customers BEGIN
  INSERT INTO crm_customer_grams (rowid, search_grams, owner_staff_id, support_staff_id)
    VALUES (new.id, new.search_grams, new.owner_staff_id, new.support_staff_id);
END;
CREATE TRIGGER crm_customers_grams_delete AFTER DELETE ON crm_customers BEGIN
  INSERT INTO crm_customer_grams (crm_customer_grams, rowid, search_grams, owner_staff_id,
    support_staff_id)
    VALUES ('delete', old.id, old.search_grams, old.owner_staff_id, old.support_staff_id);
END;
CREATE TRIGGER crm_customers_grams_update
  AFTER UPDATE OF id, search_grams, owner_staff_id, support_staff_id ON crm_customers BEGIN
  INSERT INTO crm_customer_grams (crm_customer_grams, rowid, search_grams, owner_staff_id,
    support_staff_id)
    VALUES ('delete', old.id, old.search_grams, old.owner_staff_id, old.support_staff_id);
  INSERT INTO crm_customer_grams (rowid, search_grams, owner_staff_id, support_staff_id)
    VALUES (new.id, new.search_grams, new.owner_staff_id, new.support_staff_id);
END;
