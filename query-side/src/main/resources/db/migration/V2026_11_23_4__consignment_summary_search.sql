-- Search and statistics columns of the consignment summary projection. The projection is rebuilt
-- from events, so the new columns fill on the next replay (the migration triggers none by itself;
-- new installations start empty).

-- Party-name search matches any part of a name (ILIKE '%...%'): a trigram index answers that
-- without a scan. pg_trgm is a trusted extension since PostgreSQL 13, so the database owner may
-- create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE consignment_summary ADD COLUMN party_names TEXT NOT NULL DEFAULT '';
CREATE INDEX consignment_summary_party_names_idx ON consignment_summary USING gin (party_names gin_trgm_ops);

-- When the consignment was released, for the time-to-release statistics.
ALTER TABLE consignment_summary ADD COLUMN released_at TIMESTAMPTZ;
CREATE INDEX consignment_summary_released_at_idx ON consignment_summary (released_at) WHERE released_at IS NOT NULL;

-- The HS codes of each consignment's goods lines, for the HS-code filter (prefix match).
CREATE TABLE consignment_goods (
    consignment_id VARCHAR(64) NOT NULL REFERENCES consignment_summary (consignment_id) ON DELETE CASCADE,
    line_number    INTEGER     NOT NULL,
    hs_code        VARCHAR(10) NOT NULL,
    PRIMARY KEY (consignment_id, line_number)
);
CREATE INDEX consignment_goods_hs_code_idx ON consignment_goods (hs_code text_pattern_ops);
