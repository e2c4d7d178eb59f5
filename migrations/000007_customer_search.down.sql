DROP INDEX IF EXISTS ix_customers_search;
DROP FUNCTION IF EXISTS customer_search_text(text, text, text, text);
DROP EXTENSION IF EXISTS btree_gin;
CREATE INDEX IF NOT EXISTS ix_customers_name_trgm ON customers USING gin (name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ix_customers_email_trgm ON customers USING gin (email gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ix_customers_company_trgm ON customers USING gin (company gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ix_customers_phone_trgm ON customers USING gin (phone gin_trgm_ops);
