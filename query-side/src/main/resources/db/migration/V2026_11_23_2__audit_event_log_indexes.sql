-- Indexes for the auditor's global event log (SearchEventLogQuery), read straight from Axon's
-- event store. Each filter has an index whose leading column is what it compares, and the
-- single-value ones carry globalindex so that a page in log order is read from the index in order.
--   consignment: the event store's own unique key (aggregateidentifier, sequencenumber);
--   event type:  the simple name of payloadtype (the FQCN is stored);
--   actor:       the user id inside the metadata JSON, which Axon stores as bytea;
--   time range:  the ISO-8601 text Axon writes, which is fixed width (yyyy-MM-ddTHH:mm:ss.SSSZ),
--                so it sorts as time when compared byte by byte (COLLATE "C", not the locale's rules).
-- Not indexed: role, border post and correlation id (not searched), and payload content.

-- convert_from is only STABLE, so it cannot sit in an index directly. Decoding UTF-8 JSON does not
-- change between calls in one database, so this wrapper may be IMMUTABLE. Unreadable metadata
-- yields NULL instead of an error: an index must never make the append of an event fail.
CREATE FUNCTION audit_user_id(metadata bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN convert_from(metadata, 'UTF8')::jsonb ->> 'userId';
EXCEPTION
    WHEN invalid_text_representation OR character_not_in_repertoire OR untranslatable_character THEN
        RETURN NULL;
END
$$;

CREATE INDEX domainevententry_user_id_idx ON domainevententry (audit_user_id(metadata), globalindex);
CREATE INDEX domainevententry_event_type_idx ON domainevententry (split_part(payloadtype, '.', -1), globalindex);
CREATE INDEX domainevententry_timestamp_idx ON domainevententry (("timestamp" COLLATE "C"));
