-- The partial index of open possible re-exports (V2026_12_08_83) gave the planner no statistics on its
-- predicate, which it then guessed true for a third of the details: the dashboard's count of open
-- re-exports scanned every consignment detail (0.55 s at 200,000 details, 1 % open). An index on the
-- predicate itself is as small (a boolean, deduplicated), serves the same queries, and ANALYZE keeps
-- the predicate's real frequency for it, so both the list and the count read just the open ones.
DROP INDEX consignment_detail_open_reexports;
CREATE INDEX consignment_detail_open_reexports ON consignment_detail
    ((jsonb_path_exists(document, '$.reexports[*] ? (@.decision == null || !(exists(@.decision)))')));
