-- Quotations (报价单) and their lines. A quotation is to a customer or to a lead/inquiry (or
-- both, once the inquiry became a customer); it belongs to the rep owner_staff_id (data scope)
-- and was made by maker_user_id. Header totals are the sums of the stored lines, written with
-- them in one transaction (sales::CheckInvariants holds them equal).
CREATE TABLE sales_quotations (
  id @ID@,
  number TEXT UNIQUE,
  customer_id BIGINT REFERENCES crm_customers (id),
  lead_id BIGINT REFERENCES crm_leads (id),
  owner_staff_id BIGINT REFERENCES org_staff (id),
  maker_user_id BIGINT NOT NULL REFERENCES auth_users (id),
  quoted_on TEXT NOT NULL,
  validity_days BIGINT NOT NULL CHECK (validity_days > 0),
  valid_until TEXT NOT NULL,
  currency TEXT NOT NULL,
  -- Yuan per unit of currency on quoted_on, ×10⁶ (sales_fx_rates); CNY 1000000.
  fx_rate_e6 BIGINT NOT NULL CHECK (fx_rate_e6 > 0),
  incoterm TEXT NOT NULL DEFAULT '',
  incoterm_place TEXT NOT NULL DEFAULT '',
  payment_terms TEXT NOT NULL DEFAULT '',
  delivery_terms TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  -- In the quotation's currency (fen, or cents); gross_cny_fen at fx_rate_e6.
  net_fen BIGINT NOT NULL DEFAULT 0,
  tax_fen BIGINT NOT NULL DEFAULT 0,
  gross_fen BIGINT NOT NULL DEFAULT 0,
  gross_cny_fen BIGINT NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'approved', 'sent',
    'accepted', 'rejected', 'expired', 'cancelled')),
  decision_note TEXT NOT NULL DEFAULT '',
  sent_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL),
  -- A number is taken when the quotation leaves draft for the first time and kept.
  CHECK (state IN ('draft', 'cancelled') OR number IS NOT NULL)
);
-- The list: a rep's or a department's quotations newest first; a customer's; the expiry sweep.
CREATE INDEX sales_quotations_owner ON sales_quotations (owner_staff_id, quoted_on);
CREATE INDEX sales_quotations_customer ON sales_quotations (customer_id, quoted_on);
CREATE INDEX sales_quotations_lead ON sales_quotations (lead_id);
CREATE INDEX sales_quotations_quoted ON sales_quotations (quoted_on, id);
CREATE INDEX sales_quotations_state ON sales_quotations (state, valid_until);

CREATE TABLE sales_quotation_lines (
  quotation_id BIGINT NOT NULL REFERENCES sales_quotations (id),
  line_no BIGINT NOT NULL CHECK (line_no > 0),
  product_id BIGINT NOT NULL REFERENCES catalog_products (id),
  -- As quoted, so the printed quotation stays as sent when the catalog changes.
  product_code TEXT NOT NULL,
  product_name TEXT NOT NULL,
  product_spec TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL,
  qty_e4 BIGINT NOT NULL CHECK (qty_e4 > 0),
  base_qty_e4 BIGINT NOT NULL CHECK (base_qty_e4 > 0),
  -- Per unit, tax included, in the quotation's currency.
  unit_price_e4 BIGINT NOT NULL CHECK (unit_price_e4 >= 0),
  tax_rate_e4 BIGINT NOT NULL CHECK (tax_rate_e4 >= 0 AND tax_rate_e4 < 10000),
  net_fen BIGINT NOT NULL,
  tax_fen BIGINT NOT NULL,
  gross_fen BIGINT NOT NULL,
  -- The price policy's hints (sales/quotation_pricing.h), per unit in the quotation's currency;
  -- NULL when no rule applies.
  list_price_e4 BIGINT,
  price_source TEXT,
  floor_e4 BIGINT,
  notes TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (quotation_id, line_no),
  CHECK (net_fen + tax_fen = gross_fen)
);
CREATE INDEX sales_quotation_lines_product ON sales_quotation_lines (product_id);
