-- The catalog (产品目录): products with their base unit, secondary units and what each is in
-- the base unit, tax rate, standard cost and status. Each product belongs to one product line
-- of org (the division of work names the clerks of each line), not a copy of it.
CREATE TABLE catalog_products (
  id @ID@,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  spec TEXT NOT NULL DEFAULT '',
  -- Pinyin initials of the name (SBS改性沥青 → sbsgxlq) and the text the search looks in
  -- (code, name, spec and initials, lower-case); the pinyin collation key orders by name.
  mnemonic TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  name_sort TEXT NOT NULL DEFAULT '',
  product_line_id BIGINT NOT NULL REFERENCES org_product_lines (id),
  base_unit TEXT NOT NULL,
  -- 0.13 for 13% VAT is 1300 (STYLE §4: rates ×10⁴).
  tax_rate_e4 BIGINT NOT NULL CHECK (tax_rate_e4 >= 0 AND tax_rate_e4 < 10000),
  -- Per base unit, before tax.
  standard_cost_fen BIGINT NOT NULL DEFAULT 0 CHECK (standard_cost_fen >= 0),
  source TEXT NOT NULL CHECK (source IN ('made', 'bought')),
  package TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discontinued')),
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
-- The list's filters and orders: by product line (the clerks' view) and status, by name in
-- pinyin order, by initials. The text search is a LIKE over search_text: a catalog holds
-- thousands of rows, not millions.
CREATE INDEX catalog_products_line ON catalog_products (product_line_id, status);
CREATE INDEX catalog_products_name_sort ON catalog_products (name_sort);
CREATE INDEX catalog_products_mnemonic ON catalog_products (mnemonic);
CREATE INDEX catalog_products_updated ON catalog_products (updated_at_us);

-- Secondary units (辅助单位): 1 unit = factor_e4 / 10⁴ base units (千克 of a product sold by
-- the tonne: 0.0010).
CREATE TABLE catalog_product_units (
  product_id BIGINT NOT NULL REFERENCES catalog_products (id),
  unit TEXT NOT NULL,
  factor_e4 BIGINT NOT NULL CHECK (factor_e4 > 0),
  sort_order BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, unit)
);
