-- The proposer may withdraw a pending request (撤回): status 'withdrawn'. SQLite cannot alter a
-- CHECK, so the table is rebuilt with the same columns, rows and indexes.
CREATE TABLE catalog_price_requests_next (
  id @ID@,
  rule_kind TEXT NOT NULL CHECK (rule_kind IN ('customer_price', 'floor', 'list_line')),
  product_id BIGINT NOT NULL REFERENCES catalog_products (id),
  customer_id BIGINT REFERENCES crm_customers (id),
  list_id BIGINT REFERENCES catalog_price_lists (id),
  customer_kind TEXT NOT NULL DEFAULT '',
  min_qty_e4 BIGINT NOT NULL DEFAULT 0,
  -- The price when proposed (for "old → new") and the one proposed; a NULL new floor removes it.
  old_e4 BIGINT,
  new_e4 BIGINT,
  effective_from TEXT NOT NULL,
  effective_to TEXT,
  reason TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  proposed_by_user_id BIGINT NOT NULL,
  proposed_by_staff_id BIGINT,
  proposed_by_name TEXT NOT NULL DEFAULT '',
  decided_by_name TEXT NOT NULL DEFAULT '',
  decided_at_us BIGINT,
  decision_note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
INSERT INTO catalog_price_requests_next SELECT * FROM catalog_price_requests;
DROP TABLE catalog_price_requests;
ALTER TABLE catalog_price_requests_next RENAME TO catalog_price_requests;
CREATE INDEX catalog_price_requests_status ON catalog_price_requests (status, created_at_us);
CREATE INDEX catalog_price_requests_proposer ON catalog_price_requests (proposed_by_user_id);
