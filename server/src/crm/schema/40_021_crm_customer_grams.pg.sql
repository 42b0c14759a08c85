-- The Han characters and pairs of adjacent Han characters of search_text (crm::SearchGrams,
-- written with the row), as on SQLite, where an FTS5 index over them answers searches of one
-- or two characters. PostgreSQL keeps the LIKE over the scope's rows for now; the column is
-- kept right so that an index can be put on it.
ALTER TABLE crm_customers ADD COLUMN search_grams TEXT NOT NULL DEFAULT '';
-- Rows written before this migration: the same set as crm::SearchGrams
-- (Han = U+3400–U+9FFF, U+F900–U+FAFF, U+20000–U+3FFFF).
UPDATE crm_customers c SET search_grams = COALESCE((
  SELECT string_agg(g, ' ') FROM (
    SELECT DISTINCT substr(c.search_text, i, n) AS g
    FROM generate_series(1, length(c.search_text)) AS i, (VALUES (1), (2)) AS w(n)
    WHERE i + n - 1 <= length(c.search_text)
      AND (SELECT bool_and(ascii(substr(c.search_text, j, 1)) BETWEEN 13312 AND 40959
             OR ascii(substr(c.search_text, j, 1)) BETWEEN 63744 AND 64255
             OR ascii(substr(c.search_text, j, 1)) BETWEEN 131072 AND 262143)
           FROM generate_series(i, i + n - 1) AS j)
  ) AS grams), '');
