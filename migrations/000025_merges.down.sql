DROP TABLE IF EXISTS crm_contact_merges;
DROP TABLE IF EXISTS crm_customer_merges;
ALTER TABLE contacts DROP COLUMN IF EXISTS merged_into_id;
ALTER TABLE customers DROP COLUMN IF EXISTS merged_into_id;
