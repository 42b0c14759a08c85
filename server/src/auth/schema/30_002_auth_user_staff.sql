-- A login account may belong to one staff member (org_staff): the positions that person holds
-- grant the account's permissions and data scope, and their department is the account's.
ALTER TABLE auth_users ADD COLUMN staff_id BIGINT REFERENCES org_staff (id);
CREATE UNIQUE INDEX auth_users_staff ON auth_users (staff_id);
