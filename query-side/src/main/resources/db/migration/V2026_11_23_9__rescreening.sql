-- The re-screening process (processing group screening-rescreen): when a version of the screening
-- lists is published, every open consignment is screened again against it. The process's own
-- processor keeps the open consignments and seeds the tasks in the transaction that handles the
-- publication, so the work is exact as of the event's position and survives restarts as rows.

-- Every consignment the process has seen: where it stands and what its last screening found.
-- version is the sequence number of the consignment's last event applied, guarding every update.
CREATE TABLE rescreen_consignment (
    consignment_id VARCHAR(64) NOT NULL PRIMARY KEY,
    reference      VARCHAR(35) NOT NULL,
    border_post    VARCHAR(80) NOT NULL,
    open           BOOLEAN     NOT NULL,
    list_version   VARCHAR(64),
    channel        VARCHAR(8),
    hit_keys       JSONB       NOT NULL DEFAULT '[]',
    version        BIGINT      NOT NULL
);
CREATE INDEX rescreen_consignment_open ON rescreen_consignment (consignment_id) WHERE open;

-- One row per published version, in the register's order (sequence); the run's totals are counted
-- from its tasks.
CREATE TABLE rescreen_publication (
    list_version     VARCHAR(64) NOT NULL PRIMARY KEY,
    previous_version VARCHAR(64),
    sequence         BIGINT      NOT NULL UNIQUE,
    published_at     TIMESTAMPTZ NOT NULL,
    published_by     VARCHAR(64) NOT NULL
);

-- One task per open consignment and published version. Workers on every instance claim PENDING
-- tasks with FOR UPDATE SKIP LOCKED and a lease (claimed_until): a task whose worker died is taken
-- again once its lease ends. A transient failure waits until not_before and counts an attempt.
CREATE TABLE rescreen_task (
    list_version   VARCHAR(64)   NOT NULL,
    consignment_id VARCHAR(64)   NOT NULL,
    state          VARCHAR(16)   NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED', 'SUPERSEDED', 'CLOSED')),
    attempts       INTEGER       NOT NULL DEFAULT 0,
    last_error     VARCHAR(2000),
    not_before     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    claimed_by     VARCHAR(80),
    claimed_until  TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    PRIMARY KEY (list_version, consignment_id)
);
CREATE INDEX rescreen_task_pending ON rescreen_task (not_before) WHERE state = 'PENDING';

-- Every re-screening a publication caused, with what it changed: a channel raised, hits the
-- previous screening did not have (JSON, as in the events), an automatic hold placed.
CREATE TABLE rescreen_outcome (
    list_version       VARCHAR(64) NOT NULL,
    consignment_id     VARCHAR(64) NOT NULL,
    reference          VARCHAR(35) NOT NULL,
    border_post        VARCHAR(80) NOT NULL,
    previous_channel   VARCHAR(8),
    channel            VARCHAR(8)  NOT NULL,
    new_hits           JSONB       NOT NULL,
    hold_reason        VARCHAR(32),
    screened_at        TIMESTAMPTZ NOT NULL,
    screening_sequence BIGINT      NOT NULL,
    PRIMARY KEY (list_version, consignment_id)
);
