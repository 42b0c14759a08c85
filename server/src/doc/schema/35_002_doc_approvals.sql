-- Approval steps (审批), one mechanism for every document type: a step belongs to a document
-- (doc_type, doc_id), names who may decide it (a permission, a position, or the maker's
-- superior), records its maker and is never decided by them (maker-checker). The CHECKs hold
-- what doc::DecideStep already refused: pair assertions (STYLE §5).
CREATE TABLE doc_approvals (
  id @ID@,
  doc_type TEXT NOT NULL,
  doc_id BIGINT NOT NULL,
  decider_kind TEXT NOT NULL CHECK (decider_kind IN ('permission', 'position', 'superior')),
  decider_ref TEXT NOT NULL DEFAULT '',  -- the permission or the position code
  decider_staff_id BIGINT,               -- superior: the maker's superior when the step opened
  maker_user_id BIGINT NOT NULL,
  maker_staff_id BIGINT,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
  decided_by_user_id BIGINT,
  decided_by_staff_id BIGINT,
  decided_by_name TEXT NOT NULL DEFAULT '',
  decided_at_us BIGINT,
  note TEXT NOT NULL DEFAULT '',
  created_at_us BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  CHECK (decider_kind <> 'superior' OR decider_staff_id IS NOT NULL),
  CHECK ((state = 'pending') = (decided_by_user_id IS NULL)),
  CHECK (decided_by_user_id IS NULL OR decided_by_user_id <> maker_user_id),
  CHECK (decided_by_staff_id IS NULL OR maker_staff_id IS NULL OR
         decided_by_staff_id <> maker_staff_id)
);
CREATE INDEX doc_approvals_doc ON doc_approvals (doc_type, doc_id);
-- At most one pending step per document; the inbox reads pending steps.
CREATE UNIQUE INDEX doc_approvals_pending ON doc_approvals (doc_type, doc_id)
  WHERE state = 'pending';
