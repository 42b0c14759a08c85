-- The quotation list at a million quotations (issue 11, bench/sales/run). The data scope is
-- "owned by one of these reps, or made by me": the count takes the two apart (store
-- QueryQuotations), each from index ranges — by owner (and state); by maker and the owners
-- outside the scope — instead of a scan of the table; a state filter finds its newest rows in
-- date order without sorting them all.
CREATE INDEX sales_quotations_maker ON sales_quotations (maker_user_id, owner_staff_id);
CREATE INDEX sales_quotations_owner_state ON sales_quotations (owner_staff_id, state, quoted_on);
CREATE INDEX sales_quotations_state_quoted ON sales_quotations (state, quoted_on, id);
