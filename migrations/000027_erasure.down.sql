-- Erase jobs go with their kind. Two live erased customers (both '[erased]') cannot fit the old index: this fails
-- then, rather than invent emails for them.
DELETE FROM crm_jobs WHERE kind = 'erase';
ALTER TABLE crm_jobs DROP CONSTRAINT crm_jobs_kind_check;
ALTER TABLE crm_jobs ADD CONSTRAINT crm_jobs_kind_check CHECK (kind IN ('import', 'bulk'));

DROP INDEX ux_customers_email_live;
CREATE UNIQUE INDEX ux_customers_email_live ON customers (lower(email)) WHERE deleted_at IS NULL;

CREATE OR REPLACE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_logs is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
