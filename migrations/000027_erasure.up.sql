-- Erasure (contract section 9): POST /admin/customers/:id/erase runs as a job of its own kind, and leaves the customer's
-- personal values as '[erased]'. An erased customer stays a live row (its deals, amounts and dates stay for the reports),
-- so its email '[erased]' must not count against the uniqueness of live customers' emails: a second erased customer
-- would otherwise be refused. The erased ones are told apart by their id in a second column (NULL for every other row,
-- and NULLs equal: one live row per email as before). The predicate stays `deleted_at IS NULL`, so that every lookup of
-- a live customer by lower(email) (the importer's customer_email, match_on=email) can still use this index; a predicate
-- on the email itself would not be implied by those queries and they would scan the table.
ALTER TABLE crm_jobs DROP CONSTRAINT crm_jobs_kind_check;
ALTER TABLE crm_jobs ADD CONSTRAINT crm_jobs_kind_check CHECK (kind IN ('import', 'bulk', 'erase'));

DROP INDEX ux_customers_email_live;
CREATE UNIQUE INDEX ux_customers_email_live ON customers (lower(email), (CASE WHEN email = '[erased]' THEN id END)) NULLS NOT DISTINCT
    WHERE deleted_at IS NULL;

-- The audit trail stays append-only, with one exception: an erasure rewrites the personal values of entries (changes,
-- old_values, new_values) and nothing else, in a transaction that declares itself one (SET LOCAL crm.erasure = 'on').
CREATE OR REPLACE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('crm.erasure', true) = 'on'
       AND to_jsonb(NEW) - ARRAY['changes', 'old_values', 'new_values'] = to_jsonb(OLD) - ARRAY['changes', 'old_values', 'new_values'] THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_logs is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
