-- 线索 leads from online platforms and the website, routed to the rep owning the lead's region
-- (fallback: the region's manager), and 询盘 foreign inquiries with 样品 sample requests.
-- States follow DESIGN §3: new → assigned → contacted → qualified → converted | discarded.
CREATE TABLE crm_leads (
  id @ID@,
  kind TEXT NOT NULL DEFAULT 'lead' CHECK (kind IN ('lead', 'inquiry')),
  state TEXT NOT NULL DEFAULT 'new'
    CHECK (state IN ('new', 'assigned', 'contacted', 'qualified', 'converted', 'discarded')),
  source TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL,
  contact_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  wechat TEXT NOT NULL DEFAULT '',
  region_id BIGINT REFERENCES org_regions (id),
  country TEXT NOT NULL DEFAULT '',
  time_zone TEXT NOT NULL DEFAULT '',
  products TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL DEFAULT '',
  analysis TEXT NOT NULL DEFAULT '',
  reply TEXT NOT NULL DEFAULT '',
  discard_reason TEXT NOT NULL DEFAULT '',
  assignee_staff_id BIGINT REFERENCES org_staff (id),
  created_by_staff_id BIGINT REFERENCES org_staff (id),
  customer_id BIGINT REFERENCES crm_customers (id),
  received_at_us BIGINT NOT NULL,
  assigned_at_us BIGINT,
  contacted_at_us BIGINT,
  closed_at_us BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
CREATE INDEX crm_leads_assignee ON crm_leads (assignee_staff_id, state);
CREATE INDEX crm_leads_state ON crm_leads (kind, state);

CREATE TABLE crm_samples (
  id @ID@,
  lead_id BIGINT REFERENCES crm_leads (id),
  customer_id BIGINT REFERENCES crm_customers (id),
  requested_by_staff_id BIGINT REFERENCES org_staff (id),
  product TEXT NOT NULL,
  qty TEXT NOT NULL DEFAULT '',
  cost_fen BIGINT NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
  state TEXT NOT NULL DEFAULT 'requested'
    CHECK (state IN ('requested', 'approved', 'rejected', 'shipped', 'feedback')),
  decided_by_user_id BIGINT,
  decided_by_name TEXT NOT NULL DEFAULT '',
  decided_at_us BIGINT,
  decision_note TEXT NOT NULL DEFAULT '',
  courier TEXT NOT NULL DEFAULT '',
  tracking_no TEXT NOT NULL DEFAULT '',
  shipped_on TEXT,
  feedback TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL
);
CREATE INDEX crm_samples_lead ON crm_samples (lead_id);
CREATE INDEX crm_samples_state ON crm_samples (state);

-- 竞争对手 competitors, and what was seen of them in the market (brand, product, price).
CREATE TABLE crm_competitors (
  id @ID@,
  name TEXT NOT NULL UNIQUE,
  brands TEXT NOT NULL DEFAULT '',
  region_id BIGINT REFERENCES org_regions (id),
  strengths TEXT NOT NULL DEFAULT '',
  weaknesses TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
CREATE TABLE crm_competitor_prices (
  id @ID@,
  competitor_id BIGINT NOT NULL REFERENCES crm_competitors (id),
  product TEXT NOT NULL,
  brand TEXT NOT NULL DEFAULT '',
  price_e4 BIGINT CHECK (price_e4 >= 0),
  unit TEXT NOT NULL DEFAULT '',
  seen_on TEXT NOT NULL,
  region_id BIGINT REFERENCES org_regions (id),
  customer_id BIGINT REFERENCES crm_customers (id),
  notes TEXT NOT NULL DEFAULT '',
  recorded_by_staff_id BIGINT REFERENCES org_staff (id),
  created_at_us BIGINT NOT NULL
);
CREATE INDEX crm_competitor_prices_competitor ON crm_competitor_prices (competitor_id, seen_on);
