package org.borderledger.rescreening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.projection.ProjectionWriter;
import org.borderledger.projection.ProjectionWrites;
import org.borderledger.rescreening.RescreenBatch.Publication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the re-screening process's rows of consignments, publications and outcomes. Reads
 * happen once a batch; writes are queued and run when the batch commits (see {@link ProjectionWrites}).
 */
@Component
class RescreenRows {

    private final JdbcTemplate jdbc;
    private final RescreenJson json;
    private final ProjectionWriter writer;

    RescreenRows(JdbcTemplate jdbc, RescreenJson json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writer = writes.writer(RescreeningProcess.PROCESSING_GROUP);
    }

    /**
     * The stored rows of the batch's consignments and the last publication, read when the batch's first
     * event asks. Consignments declared in the batch are read too: in a batch handled again, their
     * rows exist, and only the rows' versions tell that the batch's events are applied already.
     */
    RescreenBatch ofBatch() {
        return writer.batchState(events -> {
            List<String> ids = events.stream()
                    .filter(event -> event instanceof DomainEventMessage<?> && ConsignmentEvent.class.isAssignableFrom(event.getPayloadType()))
                    .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()).distinct().toList();
            Map<String, RescreenConsignment> consignments = new HashMap<>();
            jdbc.query("""
                    SELECT consignment_id, reference, border_post, open, list_version, channel, hit_keys::text, version
                    FROM rescreen_consignment WHERE consignment_id = ANY (?)""", row -> {
                consignments.put(row.getString(1), new RescreenConsignment(row.getString(1), row.getString(2),
                        row.getString(3), row.getBoolean(4), row.getString(5), row.getString(6),
                        json.keys(row.getString(7)), row.getLong(8)));
            }, (Object) ids.toArray(String[]::new));
            Publication latest = jdbc.query("SELECT list_version, sequence FROM rescreen_publication ORDER BY sequence DESC LIMIT 1",
                    (row, n) -> new Publication(row.getString(1), row.getLong(2))).stream().findFirst().orElse(null);
            return new RescreenBatch(consignments, latest);
        });
    }

    /** Stored when the batch commits, unless the row is at this version or later; of several in a batch, the last. */
    void save(RescreenConsignment consignment) {
        writer.executeLast("""
                INSERT INTO rescreen_consignment (consignment_id, reference, border_post, open, list_version, channel,
                    hit_keys, version)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?)
                ON CONFLICT (consignment_id) DO UPDATE SET reference = EXCLUDED.reference, border_post = EXCLUDED.border_post,
                    open = EXCLUDED.open, list_version = EXCLUDED.list_version, channel = EXCLUDED.channel,
                    hit_keys = EXCLUDED.hit_keys, version = EXCLUDED.version
                WHERE rescreen_consignment.version < EXCLUDED.version""",
                () -> new Object[] {consignment.consignmentId(), consignment.reference(), consignment.borderPost(),
                        consignment.open(), consignment.listVersion(), consignment.channel(),
                        json.writeKeys(consignment.hitKeys()), consignment.version()});
    }

    void savePublication(Publication publication, String previousVersion, Instant publishedAt, String publishedBy) {
        writer.execute("""
                INSERT INTO rescreen_publication (list_version, previous_version, sequence, published_at, published_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (list_version) DO NOTHING""",
                publication.listVersion(), previousVersion, publication.sequence(), time(publishedAt), publishedBy);
    }

    void save(PendingOutcome outcome) {
        writer.executeAtFlush("""
                INSERT INTO rescreen_outcome (list_version, consignment_id, reference, border_post, previous_channel,
                    channel, new_hits, hold_reason, screened_at, screening_sequence)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?)
                ON CONFLICT (list_version, consignment_id) DO UPDATE SET previous_channel = EXCLUDED.previous_channel,
                    channel = EXCLUDED.channel, new_hits = EXCLUDED.new_hits, hold_reason = EXCLUDED.hold_reason,
                    screened_at = EXCLUDED.screened_at, screening_sequence = EXCLUDED.screening_sequence""",
                () -> new Object[] {outcome.screening().listVersion(), outcome.consignmentId(), outcome.before().reference(),
                        outcome.before().borderPost(), name(outcome.screening().previousChannel()),
                        outcome.screening().channel().name(), json.writeHits(outcome.newHits()), name(outcome.holdReason()),
                        time(outcome.screenedAt()), outcome.screeningSequence()});
    }

    /** For a re-screening handled in an earlier batch. */
    void holdReason(String consignmentId, long screeningSequence, HoldReason reason) {
        writer.execute("UPDATE rescreen_outcome SET hold_reason = ? WHERE consignment_id = ? AND screening_sequence = ?",
                reason.name(), consignmentId, screeningSequence);
    }

    void truncate() {
        jdbc.execute("TRUNCATE rescreen_consignment, rescreen_publication, rescreen_outcome");
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
