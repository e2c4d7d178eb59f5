-- Customer search (a case-insensitive substring of name, email, company or phone) from one index instead of four.
-- The four columns are searched as one text, a line each: a term without a line break can only match inside one
-- of them. btree_gin adds the owner and the status to the same GIN index, so "search + assigned_to (+ status)" — what
-- every agent's search is — intersects in one index scan instead of reading ~10,000 trigram matches and ~20,000
-- owner rows for a common name at 1M customers.
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE FUNCTION customer_search_text(name text, email text, company text, phone text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN name || E'\n' || email || E'\n' || coalesce(company, '') || E'\n' || coalesce(phone, '');

DROP INDEX ix_customers_name_trgm, ix_customers_email_trgm, ix_customers_company_trgm, ix_customers_phone_trgm;
CREATE INDEX ix_customers_search ON customers
    USING gin (customer_search_text(name, email, company, phone) gin_trgm_ops, assigned_to, status)
    WHERE deleted_at IS NULL;
