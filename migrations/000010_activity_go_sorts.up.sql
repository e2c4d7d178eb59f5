-- The Go original let the Console sort activities by title and by type (sort_by=title|type); without an index each
-- such page sorts every live activity (5M rows at 1M customers). Both lists page through these in order, like the
-- other sorts (id breaks ties).
CREATE INDEX ix_activities_title ON activities (title, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_activities_type ON activities (type, id) WHERE deleted_at IS NULL;
