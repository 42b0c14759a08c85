-- A pending step may be withdrawn by its maker (撤回): state 'withdrawn', with no decider
-- recorded. SQLite cannot alter a CHECK, so the table is rebuilt with the same columns, rows
-- and indexes.
CREATE TABLE doc_approvals_next (
  id @ID@,
  doc_type TEXT NOT NULL,
  doc_id BIGINT NOT NULL,
  decider_kind TEXT NOT NULL CHECK (decider_kind IN ('permission', 'position', 'superior')),
  decider_ref TEXT NOT NULL DEFAULT '',
  decider_staff_id BIGINT,
  maker_user_id BIGINT NOT NULL,
  maker_staff_id BIGINT,
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn')),
  decided_by_user_id BIGINT,
  decided_by_staff_id BIGINT,
  decided_by_name TEXT NOT NULL DEFAULT '',
  decided_at_us BIGINT,
  note TEXT NOT NULL DEFAULT '',
  created_at_us BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  CHECK (decider_kind <> 'superior' OR decider_staff_id IS NOT NULL),
  CHECK ((state IN ('pending', 'withdrawn')) = (decided_by_user_id IS NULL)),
  CHECK (decided_by_user_id IS NULL OR decided_by_user_id <> maker_user_id),
  CHECK (decided_by_staff_id IS NULL OR maker_staff_id IS NULL OR
         decided_by_staff_id <> maker_staff_id)
);
INSERT INTO doc_approvals_next SELECT * FROM doc_approvals;
DROP TABLE doc_approvals;
ALTER TABLE doc_approvals_next RENAME TO doc_approvals;
CREATE INDEX doc_approvals_doc ON doc_approvals (doc_type, doc_id);
CREATE UNIQUE INDEX doc_approvals_pending ON doc_approvals (doc_type, doc_id)
  WHERE state = 'pending';
