-- Credit ratings, transfers and samples decide through doc approval steps (doc_approvals).
-- Requests already waiting get their pending step here, named as the services name them, so
-- they stay decidable and reach the deciders' inbox. Decided ones keep their history in their
-- own rows.
INSERT INTO doc_approvals (doc_type, doc_id, decider_kind, decider_ref, maker_user_id,
                           maker_staff_id, created_at_us)
SELECT 'credit_rating', id, 'permission', 'customer.credit_approve', proposed_by_user_id,
       proposed_by_staff_id, proposed_at_us
FROM crm_credit_ratings WHERE state = 'proposed';

INSERT INTO doc_approvals (doc_type, doc_id, decider_kind, decider_ref, maker_user_id,
                           maker_staff_id, created_at_us)
SELECT 'transfer', t.id, 'permission', 'customer.transfer_approve', t.requested_by_user_id,
       u.staff_id, t.requested_at_us
FROM crm_transfers t LEFT JOIN auth_users u ON u.id = t.requested_by_user_id
WHERE t.state = 'requested';

-- A sample records its requesting staff member; the account is theirs (auth_users.staff_id is
-- unique), 0 when none is linked any more (the staff member still counts as the maker).
INSERT INTO doc_approvals (doc_type, doc_id, decider_kind, decider_ref, maker_user_id,
                           maker_staff_id, created_at_us)
SELECT 'sample', s.id, 'permission', 'sample.approve', COALESCE(u.id, 0),
       s.requested_by_staff_id, s.created_at_us
FROM crm_samples s LEFT JOIN auth_users u ON u.staff_id = s.requested_by_staff_id
WHERE s.state = 'requested';
