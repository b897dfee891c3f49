-- A movement held on the road by a post in charge (HELD, not yet presented at exit) is still on the
-- road: overdue when its time limit passes, and in the view of its posts. The partial indexes of
-- V2026_12_08_85 covered IN_TRANSIT only; they are made again on the condition the queries now use.
DROP INDEX transit_movement_in_transit_idx;
DROP INDEX transit_movement_departure_post_idx;
DROP INDEX transit_movement_exit_post_idx;
CREATE INDEX transit_movement_on_the_road_idx ON transit_movement (time_limit)
    WHERE arrival_post IS NULL AND status IN ('IN_TRANSIT', 'HELD');
CREATE INDEX transit_movement_departure_post_idx ON transit_movement (departure_post, time_limit)
    WHERE arrival_post IS NULL AND status IN ('IN_TRANSIT', 'HELD');
CREATE INDEX transit_movement_exit_post_idx ON transit_movement (exit_post, time_limit)
    WHERE arrival_post IS NULL AND status IN ('IN_TRANSIT', 'HELD');
