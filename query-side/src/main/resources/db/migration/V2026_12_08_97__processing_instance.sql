-- The instances running, so that they share the processors' segments (SegmentRebalancer): each instance
-- writes its row every heartbeat and deletes it when it stops; a row not written for a while is a dead one.
CREATE TABLE processing_instance (
    instance_id text        PRIMARY KEY,
    last_seen   timestamptz NOT NULL
);
