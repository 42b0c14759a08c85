-- Price policy (价格政策): seasons, price lists by customer kind (and optionally price level,
-- region and season) with their lines, customer-specific agreed prices and floor prices.
-- Prices are tax-inclusive (China quotes 含税) per base unit of the product, ×10⁴ (STYLE §4);
-- the net is derived from the product's tax rate (catalog/pricing.h NetOfGross), never stored.

-- Seasons (旺季/淡季): a recurring season is 'MM-DD'..'MM-DD' every year and may wrap the new
-- year (11-01..03-14); a dated one is 'YYYY-MM-DD'..'YYYY-MM-DD'. Both ends are included.
CREATE TABLE catalog_seasons (
  id @ID@,
  name TEXT NOT NULL UNIQUE,
  recurring INTEGER NOT NULL CHECK (recurring IN (0, 1)),
  starts TEXT NOT NULL,
  ends TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);

-- A price list applies to one customer kind; an empty price_level, a NULL region or a NULL
-- season means "any". A region covers its sub-regions (province → city → county). Lines are
-- edited while the list is a draft; active lists are priced from; a closed list is history.
CREATE TABLE catalog_price_lists (
  id @ID@,
  name TEXT NOT NULL,
  customer_kind TEXT NOT NULL CHECK (customer_kind IN ('end_user', 'dealer', 'agent')),
  price_level TEXT NOT NULL DEFAULT '',
  region_id BIGINT REFERENCES org_regions (id),
  season_id BIGINT REFERENCES catalog_seasons (id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
CREATE INDEX catalog_price_lists_kind ON catalog_price_lists (customer_kind, status);
CREATE INDEX catalog_price_lists_updated ON catalog_price_lists (updated_at_us);

-- One price per product and quantity tier (the highest min_qty_e4 not above the quantity).
-- The pricing function reads a product's lines through catalog_price_lines_product and each
-- line's list by its key: a handful of rows per product, never a scan.
CREATE TABLE catalog_price_lines (
  id @ID@,
  list_id BIGINT NOT NULL REFERENCES catalog_price_lists (id),
  product_id BIGINT NOT NULL REFERENCES catalog_products (id),
  min_qty_e4 BIGINT NOT NULL DEFAULT 0 CHECK (min_qty_e4 >= 0),
  unit_price_e4 BIGINT NOT NULL CHECK (unit_price_e4 >= 0),
  UNIQUE (list_id, product_id, min_qty_e4)
);
CREATE INDEX catalog_price_lines_product ON catalog_price_lines (product_id, list_id);

-- Customer-specific agreed prices (协议价). Rows are never edited into other periods: a new
-- agreement is a new row from its valid_from, and the row with the latest valid_from not after
-- the day decides (valid_to ends it early). The rows of a key are its history.
CREATE TABLE catalog_customer_prices (
  id @ID@,
  customer_id BIGINT NOT NULL REFERENCES crm_customers (id),
  product_id BIGINT NOT NULL REFERENCES catalog_products (id),
  unit_price_e4 BIGINT NOT NULL CHECK (unit_price_e4 >= 0),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  UNIQUE (customer_id, product_id, valid_from)
);
CREATE INDEX catalog_customer_prices_product ON catalog_customer_prices (product_id);

-- Floor prices (底价) per product, for every kind ('') or one customer kind (which wins). Like
-- customer prices, a floor holds from valid_from until a later row of the same key; a NULL
-- floor_e4 removes the floor from that day.
CREATE TABLE catalog_price_floors (
  id @ID@,
  product_id BIGINT NOT NULL REFERENCES catalog_products (id),
  customer_kind TEXT NOT NULL DEFAULT ''
    CHECK (customer_kind IN ('', 'end_user', 'dealer', 'agent')),
  floor_e4 BIGINT CHECK (floor_e4 >= 0),
  valid_from TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  UNIQUE (product_id, customer_kind, valid_from)
);

-- Every change of a price or floor (who, when, old → new, effective dates), one row each, so
-- that the history of a product or a customer is one indexed query; the audit log holds the
-- same changes as records.
CREATE TABLE catalog_price_history (
  id @ID@,
  at_us BIGINT NOT NULL,
  user_id BIGINT,
  user_login TEXT NOT NULL DEFAULT '',
  -- 'list_line' | 'customer_price' | 'floor'
  rule_kind TEXT NOT NULL,
  rule_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL REFERENCES catalog_products (id),
  customer_id BIGINT REFERENCES crm_customers (id),
  list_id BIGINT REFERENCES catalog_price_lists (id),
  customer_kind TEXT NOT NULL DEFAULT '',
  min_qty_e4 BIGINT NOT NULL DEFAULT 0,
  old_e4 BIGINT,
  new_e4 BIGINT,
  effective_from TEXT,
  effective_to TEXT,
  -- The approved change request that made it, if any.
  change_id BIGINT
);
CREATE INDEX catalog_price_history_product ON catalog_price_history (product_id, at_us);
CREATE INDEX catalog_price_history_customer ON catalog_price_history (customer_id, at_us);
