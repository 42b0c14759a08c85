-- The append-only audit trail. Rows are never updated or deleted (see 10_002).
CREATE TABLE audit_log (
  id @ID@,
  at_us BIGINT NOT NULL,
  user_id BIGINT,
  user_login TEXT NOT NULL DEFAULT '',
  client_addr TEXT NOT NULL DEFAULT '',
  request_id TEXT NOT NULL DEFAULT '',
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at_us);
CREATE INDEX audit_log_user ON audit_log (user_id, id);
