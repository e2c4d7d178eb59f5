DROP INDEX IF EXISTS ix_activities_title;
DROP INDEX IF EXISTS ix_activities_type;
