DROP TABLE IF EXISTS crm_webhook_fanout;
DROP TABLE IF EXISTS crm_webhook_deliveries;
DROP TABLE IF EXISTS crm_webhooks;
