-- The requester's notes on a sample request (what the buyer asked for, packing), kept apart
-- from the approver's decision_note.
ALTER TABLE crm_samples ADD COLUMN notes TEXT NOT NULL DEFAULT '';
