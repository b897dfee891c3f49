-- The consignment detail (processing group consignment-detail) and timeline (consignment-timeline)
-- projections.

-- One row per consignment: the detail folded from its events as a JSON document. version is the
-- sequence number of the last event folded in; a write only replaces an older version, so a
-- redelivered event changes nothing.
CREATE TABLE consignment_detail (
    consignment_id VARCHAR(64) NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    document       JSONB       NOT NULL
);

-- One row per event of a consignment: who, when, what (an action code with its details as the
-- arguments of a localized message) and why (the text the person typed).
CREATE TABLE consignment_timeline (
    consignment_id  VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    user_id         VARCHAR(255),
    role            VARCHAR(32),
    border_post     VARCHAR(80),
    correlation_id  VARCHAR(255),
    action          VARCHAR(32)  NOT NULL,
    details         JSONB        NOT NULL,
    why             TEXT,
    PRIMARY KEY (consignment_id, sequence_number)
);
