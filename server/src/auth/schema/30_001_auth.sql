-- Users, roles and what they grant. Positions (org) will grant roles' permissions too.
CREATE TABLE auth_roles (
  id @ID@,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  data_scope TEXT NOT NULL CHECK (data_scope IN ('all', 'department', 'own')),
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL
);
CREATE TABLE auth_role_permissions (
  role_id BIGINT NOT NULL REFERENCES auth_roles (id),
  permission TEXT NOT NULL,
  PRIMARY KEY (role_id, permission)
);
CREATE TABLE auth_users (
  id @ID@,
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en-US')),
  department_id BIGINT REFERENCES org_departments (id),
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  last_login_at_us BIGINT
);
CREATE TABLE auth_user_roles (
  user_id BIGINT NOT NULL REFERENCES auth_users (id),
  role_id BIGINT NOT NULL REFERENCES auth_roles (id),
  PRIMARY KEY (user_id, role_id)
);
CREATE INDEX auth_user_roles_role ON auth_user_roles (role_id);
-- A session is found by the hash of its token; the token itself is never stored.
CREATE TABLE auth_sessions (
  id @ID@,
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES auth_users (id),
  csrf_token TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('web', 'api')),
  client_addr TEXT NOT NULL DEFAULT '',
  created_at_us BIGINT NOT NULL,
  last_seen_at_us BIGINT NOT NULL,
  expires_at_us BIGINT NOT NULL,
  revoked_at_us BIGINT
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
-- Failed logins by login name (existing or not), for the lockout window.
CREATE TABLE auth_login_failures (
  id @ID@,
  login TEXT NOT NULL,
  at_us BIGINT NOT NULL,
  client_addr TEXT NOT NULL DEFAULT ''
);
CREATE INDEX auth_login_failures_login ON auth_login_failures (login, at_us);
