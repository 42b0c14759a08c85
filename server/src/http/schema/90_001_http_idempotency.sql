-- Replies to POST requests that carried an Idempotency-Key, stored in the same transaction as
-- the change they report, so a retried request gets the first answer and changes nothing.
CREATE TABLE http_idempotency_keys (
  user_id BIGINT NOT NULL,
  idem_key TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status BIGINT NOT NULL,
  content_type TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at_us BIGINT NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX http_idempotency_keys_created ON http_idempotency_keys (created_at_us);
