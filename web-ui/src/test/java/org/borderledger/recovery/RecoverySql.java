package org.borderledger.recovery;

/**
 * The repair of docs/recovery.md, steps 4 and 5, word for word (with the global index as a parameter), so
 * that the documented procedure is the tested one.
 */
final class RecoverySql {

    /** Replaces an unreadable publication by one that changes no entry, keeping its row, id, time and position. */
    static final String NEUTRALISE_PUBLICATION = """
            UPDATE domainevententry AS bad
            SET payload = convert_to(jsonb_build_object(
                    'registerId', 'screening-lists',
                    'version', to_char(bad."timestamp"::timestamptz AT TIME ZONE 'UTC', 'YYYY.MM.DD')
                               || '-' || (bad.sequencenumber + 1),
                    'previousVersion', (SELECT convert_from(prev.payload, 'UTF8')::jsonb ->> 'version'
                                        FROM domainevententry prev
                                        WHERE prev.aggregateidentifier = bad.aggregateidentifier
                                          AND prev.sequencenumber = bad.sequencenumber - 1),
                    'sources', '[]'::jsonb, 'files', '[]'::jsonb, 'effectiveAt', bad."timestamp",
                    'partiesUpserted', '[]'::jsonb, 'partiesRemoved', '[]'::jsonb, 'partySources', '[]'::jsonb,
                    'measuresUpserted', '[]'::jsonb, 'measuresRemoved', '[]'::jsonb,
                    'added', 0, 'changed', 0, 'removed', 0)::text, 'UTF8')
            WHERE bad.globalindex = ? AND bad.aggregateidentifier = 'screening-lists'
            """;

    /** Gives the processors' parked copies of the event the repaired payload, so that a retry processes it. */
    static final String REFRESH_PARKED_COPIES = """
            UPDATE deadletterentry AS parked
            SET payload = stored.payload
            FROM domainevententry AS stored
            WHERE stored.globalindex = ? AND parked.eventidentifier = stored.eventidentifier
            """;

    private RecoverySql() {
    }
}
