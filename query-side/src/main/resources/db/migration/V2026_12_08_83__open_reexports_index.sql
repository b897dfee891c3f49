-- The supervisors' page of open possible re-exports (docs/screening.md, "Possible re-exports") reads the
-- consignment details that have one: few among many, so a partial index holds just those. The query
-- repeats this predicate exactly, which is what lets PostgreSQL use the index.
CREATE INDEX consignment_detail_open_reexports ON consignment_detail (consignment_id)
    WHERE jsonb_path_exists(document, '$.reexports[*] ? (@.decision == null || !(exists(@.decision)))');
