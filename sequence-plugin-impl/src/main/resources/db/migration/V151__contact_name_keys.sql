-- Contacts found by name or email as the user types (GET /api/v1/contacts?q=): lower-cased keys kept by the embedded
-- host on every write, in the binary collation so that a prefix LIKE uses their indexes on PostgreSQL too
-- (email_key keeps the database's collation for the equality lookups that use it).
ALTER TABLE host_contact ADD COLUMN first_name_key VARCHAR(255) ${binary_collation};
ALTER TABLE host_contact ADD COLUMN last_name_key VARCHAR(255) ${binary_collation};
ALTER TABLE host_contact ADD COLUMN email_prefix_key VARCHAR(320) ${binary_collation};
UPDATE host_contact SET first_name_key = LOWER(first_name), last_name_key = LOWER(last_name),
    email_prefix_key = email_key;
CREATE INDEX host_contact_first_name ON host_contact (first_name_key);
CREATE INDEX host_contact_last_name ON host_contact (last_name_key);
CREATE INDEX host_contact_email_prefix ON host_contact (email_prefix_key);
