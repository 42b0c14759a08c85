-- The similar-name check of customer create and update (crm::store::FindSimilarName) looked
-- for name keys containing the new one with LIKE '%…%' over every customer inside the write
-- transaction (every other writer waiting). A GIN index over the trigrams of name_key gives the
-- candidates: a key containing the new key holds each of its trigrams; the store checks the
-- containment on those rows only. Keys contained in the new one are found by equality on
-- crm_customers_name_key.
-- crm_trigrams: the distinct substrings of three characters of t (none when shorter), the same
-- set as SQLite's trigram tokenizer before case folding. Also serves the customer search
-- (40_031). Immutable, so that an index can be built on it.
CREATE FUNCTION crm_trigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT COALESCE(array_agg(DISTINCT substr(t, i, 3)), '{}')
  FROM generate_series(1, length(t) - 2) AS i
$$;
CREATE INDEX crm_customers_name_trigrams ON crm_customers USING gin (crm_trigrams(name_key));
-- The next customer number (crm::store::NextCustomerNumber) is one above the highest code by
-- (length, code): this index hands it over from its end instead of sorting every code.
CREATE INDEX crm_customers_code_order ON crm_customers (length(code), code);
-- Customer search (GET /customers?q=) had no index on PostgreSQL: a LIKE over the rows of the
-- caller's scope, the whole archive for company-wide scopes. Two GIN indexes, the same two
-- questions SQLite's FTS5 tables answer (40_012, 40_021):
-- - one or two Han characters: "the text holds q" is exactly "q is one of search_grams";
-- - three characters or more: every trigram of q is a trigram of search_text (the store then
--   checks the LIKE on those rows).
CREATE INDEX crm_customers_search_grams ON crm_customers
  USING gin (string_to_array(search_grams, ' '));
CREATE INDEX crm_customers_search_trigrams ON crm_customers
  USING gin (crm_trigrams(search_text));
