-- Axon Framework's JDBC event store and token store, with the default table and
-- column names of Axon 4's EventSchema/TokenSchema (PostgreSQL folds the camelCase names to lower
-- case). Payloads and metadata are JSON written by Jackson, stored as bytea.

CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    NOT NULL PRIMARY KEY,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255) NOT NULL UNIQUE,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    "timestamp"         VARCHAR(255) NOT NULL,
    -- Serialises concurrent commands on one consignment: the second append of a sequence number fails.
    UNIQUE (aggregateidentifier, sequencenumber)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL UNIQUE,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    "timestamp"         VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    "timestamp"   VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorname, segment)
);

-- Declaration references are unique per declarant. Claimed in the transaction that appends the
-- declaration's events, so two racing declarations cannot both be stored.
CREATE TABLE declaration_reference (
    declarant_key  VARCHAR(300) NOT NULL,
    reference      VARCHAR(35)  NOT NULL,
    consignment_id VARCHAR(64)  NOT NULL,
    claimed_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (declarant_key, reference)
);
