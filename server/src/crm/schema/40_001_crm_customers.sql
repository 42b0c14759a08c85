-- Customer archive (客户档案). A customer has at most one owner rep (owner_staff_id); a
-- customer without owner sits in the pool (公海). name_sort is the ICU pinyin collation key
-- (hex) so lists sort Chinese names in pinyin order in both backends; mnemonic is the pinyin
-- initials (助记码, 巴陵石化 → blsh); search_text joins what the search box matches.
CREATE TABLE crm_customers (
  id @ID@,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  credit_code TEXT,
  name_key TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  mnemonic TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'end_user' CHECK (kind IN ('end_user', 'dealer', 'agent')),
  class TEXT NOT NULL DEFAULT 'prospect' CHECK (class IN ('key', 'regular', 'prospect')),
  industry TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  region_id BIGINT REFERENCES org_regions (id),
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  owner_staff_id BIGINT REFERENCES org_staff (id),
  support_staff_id BIGINT REFERENCES org_staff (id),
  vat_title TEXT NOT NULL DEFAULT '',
  tax_number TEXT NOT NULL DEFAULT '',
  invoice_address TEXT NOT NULL DEFAULT '',
  invoice_phone TEXT NOT NULL DEFAULT '',
  bank_name TEXT NOT NULL DEFAULT '',
  bank_account TEXT NOT NULL DEFAULT '',
  settlement TEXT NOT NULL DEFAULT 'cash' CHECK (settlement IN ('cash', 'credit')),
  credit_days BIGINT NOT NULL DEFAULT 0 CHECK (credit_days >= 0),
  credit_limit_fen BIGINT NOT NULL DEFAULT 0 CHECK (credit_limit_fen >= 0),
  credit_rating TEXT CHECK (credit_rating IN ('A', 'B', 'C', 'D')),
  price_level TEXT NOT NULL DEFAULT '',
  dealer_level TEXT NOT NULL DEFAULT '',
  dealer_region_id BIGINT REFERENCES org_regions (id),
  agreement_from TEXT,
  agreement_to TEXT,
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  claimed_at_us BIGINT,
  last_follow_up_at_us BIGINT,
  next_follow_up_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by_staff_id BIGINT REFERENCES org_staff (id),
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
CREATE UNIQUE INDEX crm_customers_credit_code ON crm_customers (credit_code);
CREATE INDEX crm_customers_name_key ON crm_customers (name_key);
CREATE INDEX crm_customers_owner_sort ON crm_customers (owner_staff_id, name_sort);
CREATE INDEX crm_customers_sort ON crm_customers (name_sort);
CREATE INDEX crm_customers_region ON crm_customers (region_id);
CREATE INDEX crm_customers_follow_up ON crm_customers (next_follow_up_on);

-- 联系人 contacts: several per customer.
CREATE TABLE crm_contacts (
  id @ID@,
  customer_id BIGINT NOT NULL REFERENCES crm_customers (id),
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT 'other'
    CHECK (role IN ('decision_maker', 'purchasing', 'technical', 'finance', 'other')),
  phone TEXT NOT NULL DEFAULT '',
  mobile TEXT NOT NULL DEFAULT '',
  wechat TEXT NOT NULL DEFAULT '',
  qq TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  is_primary INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  sort_order BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX crm_contacts_customer ON crm_contacts (customer_id);
CREATE INDEX crm_contacts_mobile ON crm_contacts (mobile);

-- 使用品种 varieties the customer uses, with yearly quantity and the price seen.
CREATE TABLE crm_customer_varieties (
  id @ID@,
  customer_id BIGINT NOT NULL REFERENCES crm_customers (id),
  product_line_id BIGINT REFERENCES org_product_lines (id),
  variety TEXT NOT NULL,
  annual_qty_e4 BIGINT NOT NULL DEFAULT 0 CHECK (annual_qty_e4 >= 0),
  unit TEXT NOT NULL DEFAULT '',
  price_e4 BIGINT CHECK (price_e4 >= 0),
  supplier TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  sort_order BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX crm_customer_varieties_customer ON crm_customer_varieties (customer_id);

-- 资信评价 credit ratings: proposed by one person, approved (or rejected) by another; the
-- customer's credit_rating is the last approved one.
CREATE TABLE crm_credit_ratings (
  id @ID@,
  customer_id BIGINT NOT NULL REFERENCES crm_customers (id),
  rating TEXT NOT NULL CHECK (rating IN ('A', 'B', 'C', 'D')),
  credit_limit_fen BIGINT CHECK (credit_limit_fen >= 0),
  credit_days BIGINT CHECK (credit_days >= 0),
  reason TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'rejected')),
  proposed_by_staff_id BIGINT REFERENCES org_staff (id),
  proposed_by_user_id BIGINT NOT NULL,
  proposed_at_us BIGINT NOT NULL,
  decided_by_user_id BIGINT,
  decided_by_name TEXT NOT NULL DEFAULT '',
  decided_at_us BIGINT,
  decision_note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX crm_credit_ratings_customer ON crm_credit_ratings (customer_id);
CREATE INDEX crm_credit_ratings_state ON crm_credit_ratings (state);

-- 客户移交 transfers between reps: requested, then approved or rejected by a manager (a
-- manager's own transfer is approved when made). Done transfers change owner_staff_id.
CREATE TABLE crm_transfers (
  id @ID@,
  customer_id BIGINT NOT NULL REFERENCES crm_customers (id),
  from_staff_id BIGINT REFERENCES org_staff (id),
  to_staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  reason TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'approved', 'rejected')),
  requested_by_user_id BIGINT NOT NULL,
  requested_by_name TEXT NOT NULL DEFAULT '',
  requested_at_us BIGINT NOT NULL,
  decided_by_user_id BIGINT,
  decided_by_name TEXT NOT NULL DEFAULT '',
  decided_at_us BIGINT,
  decision_note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX crm_transfers_customer ON crm_transfers (customer_id);
CREATE INDEX crm_transfers_state ON crm_transfers (state);

-- Pool (公海) rules: idle days per customer class, and settings such as pool.cap_per_rep. No
-- rows means the defaults in crm/pool.h (a fresh database holds no data rows: backup restore).
CREATE TABLE crm_pool_rules (
  class TEXT PRIMARY KEY CHECK (class IN ('key', 'regular', 'prospect')),
  idle_days BIGINT NOT NULL CHECK (idle_days >= 0),
  version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE crm_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);

-- Notices for the inbox (待办/通知): things that happened to a person (a customer returned to
-- the pool, a lead assigned); read_at_us set when the person dismisses it.
CREATE TABLE crm_notices (
  id @ID@,
  staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  kind TEXT NOT NULL,
  customer_id BIGINT REFERENCES crm_customers (id),
  ref_id BIGINT,
  params TEXT NOT NULL DEFAULT '{}',
  created_at_us BIGINT NOT NULL,
  read_at_us BIGINT
);
CREATE INDEX crm_notices_staff ON crm_notices (staff_id, read_at_us);
