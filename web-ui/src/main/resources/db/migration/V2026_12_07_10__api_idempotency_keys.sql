-- The API's idempotency keys (the Idempotency-Key header of a POST), shared by every instance, so that
-- a client retrying a request another instance left unanswered gets the first answer, not a second
-- effect. The first request with a key claims it (the primary key decides between concurrent ones);
-- its answer is kept for the retries. Rows older than borderledger.api.idempotency-retention are
-- deleted by every instance.

CREATE TABLE api_idempotency_key (
    user_name       VARCHAR(100)  NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    -- SHA-256 (hex) of the method, the path with its query and the body: the same key with another request is refused
    fingerprint     CHAR(64)      NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    -- when the request answering it started; a claim left unanswered for long was left by a stopped instance
    claimed_at      TIMESTAMPTZ   NOT NULL,
    -- the answer, null while the request runs
    status          SMALLINT,
    content_type    VARCHAR(255),
    location        VARCHAR(2048),
    etag            VARCHAR(100),
    body            BYTEA,
    CONSTRAINT api_idempotency_key_pk PRIMARY KEY (user_name, idempotency_key)
);

CREATE INDEX api_idempotency_key_created ON api_idempotency_key (created_at);
