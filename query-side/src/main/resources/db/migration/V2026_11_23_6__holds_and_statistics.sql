-- The held-goods projection (processing group consignment-holds), and the indexes of the officers'
-- work list and of the statistics, which read consignment_summary and consignment_hold.

-- The reference and border post of every consignment, as the declaration events state them: the
-- hold events do not carry them, and this projection must not wait for another one's table.
CREATE TABLE consignment_hold_declaration (
    consignment_id VARCHAR(64) NOT NULL PRIMARY KEY,
    reference      VARCHAR(35) NOT NULL,
    border_post    VARCHAR(80) NOT NULL,
    version        BIGINT      NOT NULL
);

-- One row per hold ever placed. open mirrors the aggregate: only a decision other than REFER ends
-- a hold. A SEIZE or REFUSE of one hold ends the consignment with its other holds still open, so
-- consignment_closed_as records that, and awaiting_decision is what the supervisors' queue shows.
-- version is the sequence number of the consignment's last event applied to the row: each update
-- is guarded by it, so a redelivered event changes nothing.
CREATE TABLE consignment_hold (
    consignment_id        VARCHAR(64)   NOT NULL,
    hold_id               VARCHAR(64)   NOT NULL,
    reference             VARCHAR(35)   NOT NULL,
    border_post           VARCHAR(80)   NOT NULL,
    reason                VARCHAR(32)   NOT NULL,
    text                  VARCHAR(4000) NOT NULL,
    automatic             BOOLEAN       NOT NULL,
    placed_by             VARCHAR(64)   NOT NULL,
    placed_by_role        VARCHAR(16)   NOT NULL,
    placed_at             TIMESTAMPTZ   NOT NULL,
    decision              VARCHAR(16),
    decision_reason       VARCHAR(32),
    decision_text         VARCHAR(2000),
    decided_by            VARCHAR(64),
    decided_at            TIMESTAMPTZ,
    referred_agency       VARCHAR(200),
    referred_by           VARCHAR(64),
    referred_at           TIMESTAMPTZ,
    open                  BOOLEAN       NOT NULL,
    consignment_closed_as VARCHAR(32),
    awaiting_decision     BOOLEAN       GENERATED ALWAYS AS (open AND consignment_closed_as IS NULL) STORED,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (consignment_id, hold_id)
);

-- The queue shows the holds awaiting a decision, oldest first, filtered by border post or reason.
CREATE INDEX consignment_hold_queue_idx ON consignment_hold (placed_at) WHERE awaiting_decision;
CREATE INDEX consignment_hold_queue_border_post_idx ON consignment_hold (border_post, placed_at) WHERE awaiting_decision;
CREATE INDEX consignment_hold_queue_reason_idx ON consignment_hold (reason, placed_at) WHERE awaiting_decision;
-- Statistics count the holds placed in a date range.
CREATE INDEX consignment_hold_placed_at_idx ON consignment_hold (placed_at);

-- The work list of one border post: its consignments in a few statuses, oldest declaration first.
CREATE INDEX consignment_summary_work_list_idx ON consignment_summary (border_post, status, declared_at);
