-- Responses of POST requests sent with an Idempotency-Key, kept 24 hours per user and key
-- (contract section 5). Written in the same transaction as what the request created.
CREATE TABLE idempotency_keys (
    user_id          bigint       NOT NULL,
    key              varchar(255) NOT NULL,
    request_hash     bytea        NOT NULL,
    status_code      integer      NOT NULL,
    content_type     varchar(100),
    location         varchar(500),
    response_body    bytea        NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at);
