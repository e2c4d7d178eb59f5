DROP TRIGGER deals_pipeline ON deals;
DROP FUNCTION crm_deal_pipeline();
ALTER TABLE deals DROP COLUMN pipeline_id;
ALTER TABLE pipeline_stages DROP COLUMN pipeline_id;
DROP FUNCTION crm_default_pipeline();
DROP TABLE crm_pipelines;
