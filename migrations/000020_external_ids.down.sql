DROP INDEX IF EXISTS ux_activities_external_id_live;
DROP INDEX IF EXISTS ux_deals_external_id_live;
DROP INDEX IF EXISTS ux_contacts_external_id_live;
DROP INDEX IF EXISTS ux_customers_external_id_live;
ALTER TABLE activities DROP COLUMN IF EXISTS external_id;
ALTER TABLE deals DROP COLUMN IF EXISTS external_id;
ALTER TABLE contacts DROP COLUMN IF EXISTS external_id;
ALTER TABLE customers DROP COLUMN IF EXISTS external_id;
