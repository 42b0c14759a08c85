-- Departments as a tree (company → 销售部 / 财务部 / …). Data scope "department and below"
-- walks this tree.
CREATE TABLE org_departments (
  id @ID@,
  parent_id BIGINT REFERENCES org_departments (id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  sort_order BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL
);
CREATE INDEX org_departments_parent ON org_departments (parent_id);
