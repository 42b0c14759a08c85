-- Positions (岗位) with every field of the job-description template (岗位说明书): what the
-- position does (duties with their work standards), may decide (authorities → permissions),
-- and is assessed on (indicators). Lists are child tables rewritten whole on each save.
CREATE TABLE org_positions (
  id @ID@,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  department_id BIGINT NOT NULL REFERENCES org_departments (id),
  headcount BIGINT NOT NULL DEFAULT 1 CHECK (headcount >= 0),
  superior_position_id BIGINT REFERENCES org_positions (id),
  superior_note TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  data_scope TEXT NOT NULL CHECK (data_scope IN ('all', 'department', 'own')),
  internal_coordination TEXT NOT NULL DEFAULT '',
  external_coordination TEXT NOT NULL DEFAULT '',
  tools TEXT NOT NULL DEFAULT '',
  work_environment TEXT NOT NULL DEFAULT '',
  working_hours TEXT NOT NULL DEFAULT '',
  records TEXT NOT NULL DEFAULT '',
  education TEXT NOT NULL DEFAULT '',
  experience TEXT NOT NULL DEFAULT '',
  abilities TEXT NOT NULL DEFAULT '',
  other_requirements TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  template_code TEXT,
  sort_order BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL
);
CREATE INDEX org_positions_department ON org_positions (department_id);
CREATE INDEX org_positions_superior ON org_positions (superior_position_id);

-- 职责 with 工作标准; permissions: space-separated codes the duty needs in the system.
CREATE TABLE org_position_duties (
  position_id BIGINT NOT NULL REFERENCES org_positions (id),
  seq BIGINT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('main', 'daily', 'coordination', 'other')),
  description TEXT NOT NULL,
  standard TEXT NOT NULL DEFAULT '',
  permissions TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (position_id, seq)
);

-- 权限 as the document words it, and the permission codes it grants (space-separated).
CREATE TABLE org_position_authorities (
  position_id BIGINT NOT NULL REFERENCES org_positions (id),
  seq BIGINT NOT NULL,
  description TEXT NOT NULL,
  permissions TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (position_id, seq)
);

-- 考核指标: the scorecard definition (computed by the performance module).
CREATE TABLE org_position_indicators (
  position_id BIGINT NOT NULL REFERENCES org_positions (id),
  seq BIGINT NOT NULL,
  metric TEXT NOT NULL,
  metric_code TEXT,
  target TEXT NOT NULL DEFAULT '',
  weight_pct BIGINT NOT NULL DEFAULT 0 CHECK (weight_pct BETWEEN 0 AND 100),
  period TEXT NOT NULL CHECK (period IN ('monthly', 'quarterly', 'annual')),
  assessor_position_id BIGINT REFERENCES org_positions (id),
  assessor_note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (position_id, seq)
);
CREATE INDEX org_position_indicators_assessor ON org_position_indicators (assessor_position_id);

-- What holding the position grants: the union of its duties' and authorities' permissions,
-- rewritten with them. auth reads it to resolve a user's permissions.
CREATE TABLE org_position_permissions (
  position_id BIGINT NOT NULL REFERENCES org_positions (id),
  permission TEXT NOT NULL,
  PRIMARY KEY (position_id, permission)
);
