-- A replayed answer carries the ETag the first one had (a 201 carries the new record's version, contract section 5).
ALTER TABLE idempotency_keys ADD COLUMN etag varchar(100);
