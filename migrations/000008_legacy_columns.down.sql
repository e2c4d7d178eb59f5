DROP INDEX IF EXISTS ix_notes_activity_id;
-- On an adopted database these columns hold the Go era's data: they stay (a down never loses what a user saved).
DO $$
BEGIN
    IF to_regclass('crm_adoption') IS NULL THEN
        ALTER TABLE notes DROP COLUMN IF EXISTS activity_id;
        ALTER TABLE pipeline_stages DROP COLUMN IF EXISTS deleted_at;
        ALTER TABLE audit_logs DROP COLUMN IF EXISTS old_values, DROP COLUMN IF EXISTS new_values;
    END IF;
END $$;
