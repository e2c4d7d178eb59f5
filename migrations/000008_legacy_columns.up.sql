-- The columns of the Go service's schema that ours lacked, so that the model is one shape on every database: an
-- adopted one keeps them with their data (the adoption converts them in place, and these statements find them there),
-- a fresh one gains them empty.
--   notes.activity_id             the activity a legacy note hangs on (read-only in responses; the API never sets it)
--   pipeline_stages.deleted_at    a stage the Go era deleted; adoption deactivates it and the column is kept
--   audit_logs.old_values/new_values  the Go era's whole-record snapshots; the audit API derives `changes` from them
ALTER TABLE notes ADD COLUMN IF NOT EXISTS activity_id bigint REFERENCES activities (id) ON DELETE CASCADE;
ALTER TABLE pipeline_stages ADD COLUMN IF NOT EXISTS deleted_at timestamptz;
ALTER TABLE audit_logs ADD COLUMN IF NOT EXISTS old_values jsonb, ADD COLUMN IF NOT EXISTS new_values jsonb;
-- Deleting an activity cascades to its notes: without an index that is a scan of every note.
CREATE INDEX IF NOT EXISTS ix_notes_activity_id ON notes (activity_id) WHERE activity_id IS NOT NULL;
