-- The per-field indexes (cf<id>_…) go with the columns they index.
ALTER TABLE customers  DROP COLUMN custom_fields;
ALTER TABLE contacts   DROP COLUMN custom_fields;
ALTER TABLE deals      DROP COLUMN custom_fields;
ALTER TABLE activities DROP COLUMN custom_fields;
DROP FUNCTION crm_cf_text(jsonb, text);
DROP FUNCTION crm_cf_number(jsonb, text);
DROP FUNCTION crm_cf_boolean(jsonb, text);
DROP FUNCTION crm_cf_date(jsonb, text);
DROP FUNCTION crm_cf_timestamp(jsonb, text);
DROP TABLE crm_custom_fields;
DROP FUNCTION crm_custom_fields_notify();
