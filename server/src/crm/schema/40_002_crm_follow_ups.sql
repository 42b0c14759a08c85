-- Follow-up work: plans (拜访计划 visit plans and 电话销售计划 phone-sales plans) and the records
-- of what happened (拜访记录 visit logs, 通话记录 call records). A record may close a plan; its
-- follow_up_on becomes the customer's next follow-up date.
CREATE TABLE crm_follow_up_plans (
  id @ID@,
  kind TEXT NOT NULL CHECK (kind IN ('visit', 'call')),
  customer_id BIGINT NOT NULL REFERENCES crm_customers (id),
  contact_id BIGINT REFERENCES crm_contacts (id),
  staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  planned_on TEXT NOT NULL,
  planned_time TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'cancelled')),
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL
);
CREATE INDEX crm_follow_up_plans_staff ON crm_follow_up_plans (staff_id, planned_on);
CREATE INDEX crm_follow_up_plans_customer ON crm_follow_up_plans (customer_id);

CREATE TABLE crm_follow_ups (
  id @ID@,
  kind TEXT NOT NULL CHECK (kind IN ('visit', 'call')),
  customer_id BIGINT NOT NULL REFERENCES crm_customers (id),
  contact_id BIGINT REFERENCES crm_contacts (id),
  plan_id BIGINT REFERENCES crm_follow_up_plans (id),
  staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  happened_on TEXT NOT NULL,
  duration_min BIGINT NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
  purpose TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  next_step TEXT NOT NULL DEFAULT '',
  follow_up_on TEXT,
  created_at_us BIGINT NOT NULL
);
CREATE INDEX crm_follow_ups_customer ON crm_follow_ups (customer_id, happened_on);
CREATE INDEX crm_follow_ups_staff ON crm_follow_ups (staff_id, happened_on);
