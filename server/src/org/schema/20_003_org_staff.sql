-- Staff (员工): the people of the company, their positions, the regions (片区) and product
-- lines they cover, and the division of work between them (seed 000's 分工表). A login
-- account (auth_users.staff_id) may belong to a staff member.
CREATE TABLE org_product_lines (
  id @ID@,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  sort_order BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL
);

CREATE TABLE org_staff (
  id @ID@,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  department_id BIGINT NOT NULL REFERENCES org_departments (id),
  superior_staff_id BIGINT REFERENCES org_staff (id),
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
  joined_on TEXT,
  left_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
CREATE INDEX org_staff_department ON org_staff (department_id);
CREATE INDEX org_staff_superior ON org_staff (superior_staff_id);

CREATE TABLE org_staff_positions (
  staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  position_id BIGINT NOT NULL REFERENCES org_positions (id),
  PRIMARY KEY (staff_id, position_id)
);
CREATE INDEX org_staff_positions_position ON org_staff_positions (position_id);

-- Sales regions: province → city → county, each with an owner (the territory optimizer of a
-- later module writes owners here).
CREATE TABLE org_regions (
  id @ID@,
  parent_id BIGINT REFERENCES org_regions (id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('province', 'city', 'county')),
  owner_staff_id BIGINT REFERENCES org_staff (id),
  sort_order BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
CREATE INDEX org_regions_parent ON org_regions (parent_id);
CREATE INDEX org_regions_owner ON org_regions (owner_staff_id);

CREATE TABLE org_staff_regions (
  staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  region_id BIGINT NOT NULL REFERENCES org_regions (id),
  PRIMARY KEY (staff_id, region_id)
);
CREATE INDEX org_staff_regions_region ON org_staff_regions (region_id);

CREATE TABLE org_staff_product_lines (
  staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  product_line_id BIGINT NOT NULL REFERENCES org_product_lines (id),
  PRIMARY KEY (staff_id, product_line_id)
);

-- Division of work: staff_id does `kind` for subject_staff_id (optionally for one product
-- line). support: back office serves a rep; price_audit: checks the rep's pricing (maker-checker);
-- order_check: checks order entry; supervise: oversees daily business. Never oneself.
CREATE TABLE org_assignments (
  id @ID@,
  kind TEXT NOT NULL CHECK (kind IN ('support', 'price_audit', 'order_check', 'supervise')),
  staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  subject_staff_id BIGINT NOT NULL REFERENCES org_staff (id),
  product_line_id BIGINT REFERENCES org_product_lines (id),
  notes TEXT NOT NULL DEFAULT '',
  created_at_us BIGINT NOT NULL,
  CHECK (staff_id <> subject_staff_id)
);
CREATE UNIQUE INDEX org_assignments_unique
  ON org_assignments (kind, staff_id, subject_staff_id, COALESCE(product_line_id, 0));
CREATE INDEX org_assignments_subject ON org_assignments (subject_staff_id, kind);
