DROP TABLE IF EXISTS crm_job_errors;
DROP TABLE IF EXISTS crm_jobs;
