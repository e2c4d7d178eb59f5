DROP TABLE IF EXISTS crm_reminder_schedule;
DROP TABLE IF EXISTS crm_reminders;
DROP TABLE IF EXISTS crm_event_horizon;
DROP TABLE IF EXISTS crm_events;
DROP FUNCTION IF EXISTS crm_events_assign_position();
DROP SEQUENCE IF EXISTS crm_events_id_seq;
DROP TABLE IF EXISTS crm_event_counters;
