-- When a customer last went to the pool (公海), released by its owner or returned for want of
-- follow-up: the pool list shows it, and reps see what came back recently.
ALTER TABLE crm_customers ADD COLUMN returned_at_us BIGINT;
