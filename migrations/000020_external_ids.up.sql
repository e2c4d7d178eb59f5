-- external_id (contract section 9): the id a record had in the system it came from, for imports that match on it and
-- for references between imported files. Unique among live rows when set, so a soft-deleted record's id can be imported
-- again; the partial unique indexes also serve the external_id filter and the importer's lookups.
ALTER TABLE customers ADD COLUMN external_id text CONSTRAINT customers_external_id_length CHECK (length(external_id) <= 255);
ALTER TABLE contacts ADD COLUMN external_id text CONSTRAINT contacts_external_id_length CHECK (length(external_id) <= 255);
ALTER TABLE deals ADD COLUMN external_id text CONSTRAINT deals_external_id_length CHECK (length(external_id) <= 255);
ALTER TABLE activities ADD COLUMN external_id text CONSTRAINT activities_external_id_length CHECK (length(external_id) <= 255);

CREATE UNIQUE INDEX ux_customers_external_id_live ON customers (external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL;
CREATE UNIQUE INDEX ux_contacts_external_id_live ON contacts (external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL;
CREATE UNIQUE INDEX ux_deals_external_id_live ON deals (external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL;
CREATE UNIQUE INDEX ux_activities_external_id_live ON activities (external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL;
