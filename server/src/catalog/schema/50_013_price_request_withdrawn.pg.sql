-- The proposer may withdraw a pending request (撤回): status 'withdrawn'. The CHECK that named
-- the states is replaced (found by its text, not by the name PostgreSQL gave it).
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN
    SELECT conname FROM pg_constraint
    WHERE conrelid = 'catalog_price_requests'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%status%'
  LOOP
    EXECUTE format('ALTER TABLE catalog_price_requests DROP CONSTRAINT %I', c.conname);
  END LOOP;
END
$$;
ALTER TABLE catalog_price_requests ADD CONSTRAINT catalog_price_requests_status
  CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn'));
