-- The ledger: every stored event, once it can no longer be preceded by another, sealed in the global
-- order with the hash of its content and a running hash over everything sealed before it. Signed
-- checkpoints name a position in the ledger and its running hash. Neither is a projection: a rebuild
-- never clears them, and nothing but the sealing appends to them.

CREATE TABLE ledger_entry (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    -- 1 for the first sealed event: the number of events sealed up to here.
    entry_number         BIGINT       NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    -- The event's hash recomputed from its stored columns when it was sealed.
    event_hash           CHAR(64)     NOT NULL,
    -- SHA-256 over the running hash before it and this entry.
    ledger_hash          CHAR(64)     NOT NULL
);

CREATE INDEX ledger_entry_aggregate ON ledger_entry (aggregate_identifier, sequence_number);

CREATE TABLE ledger_checkpoint (
    global_position BIGINT                   NOT NULL PRIMARY KEY,
    event_count     BIGINT                   NOT NULL,
    ledger_hash     CHAR(64)                 NOT NULL,
    made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by         VARCHAR(100)             NOT NULL,
    -- The Ed25519 public key (X.509, base64) whose private half signed it; the private half is never here.
    public_key      TEXT                     NOT NULL,
    signature       TEXT                     NOT NULL
);

CREATE INDEX ledger_checkpoint_made_at ON ledger_checkpoint (made_at);
