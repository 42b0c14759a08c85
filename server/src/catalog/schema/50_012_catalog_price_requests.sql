-- Price change requests (调价申请): a holder of price.propose proposes a customer price, a floor
-- or a list line with its effective dates; a holder of price.set who is not the proposer
-- approves it through the doc approval step (doc type "price_change"), which applies the change
-- in the same transaction, or rejects it.
CREATE TABLE catalog_price_requests (
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
    CHECK (status IN ('pending', 'approved', 'rejected')),
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
CREATE INDEX catalog_price_requests_status ON catalog_price_requests (status, created_at_us);
CREATE INDEX catalog_price_requests_proposer ON catalog_price_requests (proposed_by_user_id);
