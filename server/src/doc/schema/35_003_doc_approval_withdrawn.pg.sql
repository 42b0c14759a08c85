-- A pending step may be withdrawn by its maker (撤回): state 'withdrawn', with no decider
-- recorded. The two CHECKs that named the states are replaced (PostgreSQL named them when the
-- table was made; they are found by their text, not by those names).
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN
    SELECT conname FROM pg_constraint
    WHERE conrelid = 'doc_approvals'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%state%'
  LOOP
    EXECUTE format('ALTER TABLE doc_approvals DROP CONSTRAINT %I', c.conname);
  END LOOP;
END
$$;
ALTER TABLE doc_approvals ADD CONSTRAINT doc_approvals_state
  CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn'));
ALTER TABLE doc_approvals ADD CONSTRAINT doc_approvals_decided_by
  CHECK ((state IN ('pending', 'withdrawn')) = (decided_by_user_id IS NULL));
