-- Who looked at what: every view of a consignment, every search with its criteria and every export,
-- with the person's user id, role and border post. Kept apart from the event store (nothing here is
-- a fact about a consignment) and written in batches by AccessLogWriter.

CREATE TABLE access_log (
    id             BIGSERIAL     NOT NULL PRIMARY KEY,
    at             TIMESTAMPTZ   NOT NULL,
    user_id        VARCHAR(64)   NOT NULL,
    role           VARCHAR(16)   NOT NULL,
    border_post    VARCHAR(80)   NOT NULL,
    action         VARCHAR(8)    NOT NULL CHECK (action IN ('VIEW', 'SEARCH', 'EXPORT')),
    -- The consignment viewed, or whose history was exported.
    consignment_id VARCHAR(64),
    -- What an export wrote, e.g. 'event-log.csv'.
    export_kind    VARCHAR(64),
    -- The filters of a search or export as typed, blank ones left out.
    criteria       JSONB,
    path           VARCHAR(2000) NOT NULL,
    -- Rows shown or exported.
    result_count   INTEGER
);

CREATE INDEX access_log_at ON access_log (at);
CREATE INDEX access_log_user_at ON access_log (user_id, at);
CREATE INDEX access_log_consignment_at ON access_log (consignment_id, at) WHERE consignment_id IS NOT NULL;

-- Append-only: a row once written is never changed or removed, whoever asks (the owner and a
-- superuser included, which privileges alone cannot stop).
CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
