-- The consignment summary projection (processing group consignment-summary) and the dead letters
-- of the event processors.

-- One row per consignment, written only by the projection. version is the sequence number of the
-- last event applied: each update is guarded by it, so a redelivered event changes nothing.
CREATE TABLE consignment_summary (
    consignment_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference           VARCHAR(35)  NOT NULL,
    declarant_name      VARCHAR(200) NOT NULL,
    exporter_name       VARCHAR(200) NOT NULL,
    consignee_name      VARCHAR(200) NOT NULL,
    direction           VARCHAR(16)  NOT NULL,
    border_post         VARCHAR(80)  NOT NULL,
    destination_country CHAR(2)      NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    channel             VARCHAR(8),
    open_hold_count     INTEGER      NOT NULL DEFAULT 0,
    declared_at         TIMESTAMPTZ  NOT NULL,
    last_changed_at     TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL
);

-- Reference prefix search: text_pattern_ops lets LIKE 'prefix%' use the index whatever the collation.
CREATE INDEX consignment_summary_reference_idx ON consignment_summary (reference text_pattern_ops);
-- The filters a work list combines, each led by the column it compares, then the default sort.
CREATE INDEX consignment_summary_status_idx ON consignment_summary (status, declared_at);
CREATE INDEX consignment_summary_channel_idx ON consignment_summary (channel, declared_at);
CREATE INDEX consignment_summary_border_post_idx ON consignment_summary (border_post, declared_at);
CREATE INDEX consignment_summary_declared_at_idx ON consignment_summary (declared_at);
CREATE INDEX consignment_summary_last_changed_at_idx ON consignment_summary (last_changed_at);

-- Axon's JDBC sequenced dead-letter queue (axon.eventhandling.processors.<name>.dlq.enabled):
-- the DDL of Axon 4.13's GenericDeadLetterTableFactory for DeadLetterSchema.defaultSchema(),
-- with bytea for the serialized columns, as dumped by pg_dump -s. A poison event is parked here
-- with the rest of its consignment's sequence while the other consignments go on.
CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255)  NOT NULL,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    "timestamp"          VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT pk PRIMARY KEY (deadletteridentifier),
    CONSTRAINT sequenceindex_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX processinggroup_index ON deadletterentry (processinggroup);
CREATE INDEX sequenceidentifier_index ON deadletterentry (processinggroup, sequenceidentifier);
