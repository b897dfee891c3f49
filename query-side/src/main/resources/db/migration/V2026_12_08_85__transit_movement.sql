-- The transit movements projection (processing group transit-movements): one row per transit
-- declaration released at its office of departure, from departure to discharge, for the officers'
-- view by post and the supervisors' queue of overdue, diverted and discrepancy-held movements.
-- findings is the arrival's findings as a comma-separated list of TransitFinding codes, empty when
-- the arrival found nothing. hold_* is the last transit hold (DIVERSION or TRANSIT_DISCREPANCY) an
-- arrival placed; hold_open mirrors the aggregate: only a decision other than REFER ends it. version
-- is the sequence number of the consignment's last event applied to the row: each write is guarded
-- by it, so a redelivered event changes nothing.
CREATE TABLE transit_movement (
    consignment_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference       VARCHAR(35)  NOT NULL,
    departure_post  VARCHAR(80)  NOT NULL,
    exit_post       VARCHAR(80)  NOT NULL,
    destination     VARCHAR(2)   NOT NULL,
    time_limit      TIMESTAMPTZ  NOT NULL,
    departed_at     TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    overdue         BOOLEAN      NOT NULL DEFAULT FALSE,
    arrival_post    VARCHAR(80),
    arrival_country VARCHAR(2),
    arrived_at      TIMESTAMPTZ,
    findings        VARCHAR(64)  NOT NULL DEFAULT '',
    late            BOOLEAN      NOT NULL DEFAULT FALSE,
    hold_id         VARCHAR(64),
    hold_reason     VARCHAR(32),
    hold_placed_at  TIMESTAMPTZ,
    hold_open       BOOLEAN      NOT NULL DEFAULT FALSE,
    last_changed_at TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);

-- Overdue: still on the road with its time limit passed, most overdue first.
CREATE INDEX transit_movement_in_transit_idx ON transit_movement (time_limit) WHERE status = 'IN_TRANSIT';
-- Held at arrival, oldest hold first.
CREATE INDEX transit_movement_held_idx ON transit_movement (hold_placed_at) WHERE hold_open;
CREATE INDEX transit_movement_departure_post_idx ON transit_movement (departure_post, time_limit) WHERE status = 'IN_TRANSIT';
CREATE INDEX transit_movement_exit_post_idx ON transit_movement (exit_post, time_limit) WHERE status = 'IN_TRANSIT';
