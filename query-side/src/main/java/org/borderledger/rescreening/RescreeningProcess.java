package org.borderledger.rescreening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.borderledger.actor.Actor;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The re-screening process's view of the event stream, on one segment so that it sees the register's
 * publications and the consignments' events in store order. It keeps which consignments are open and
 * what each was last screened against, and on a publication seeds, in the same transaction, one task
 * per open consignment for the new version: exact as of the publication's position, without waiting
 * for any other projection. It also records what each re-screening changed.
 *
 * <p>A replay (a rebuild from the administrator's page) rebuilds the consignments, publications and
 * outcomes but seeds no task: the tasks are the record of work already done.
 */
@Component
@ProcessingGroup(RescreeningProcess.PROCESSING_GROUP)
class RescreeningProcess {

    static final String PROCESSING_GROUP = "screening-rescreen";

    private final JdbcTemplate jdbc;
    private final RescreenJson json;
    private final RescreenTasks tasks;

    RescreeningProcess(JdbcTemplate jdbc, RescreenJson json, RescreenTasks tasks) {
        this.jdbc = jdbc;
        this.json = json;
        this.tasks = tasks;
    }

    @EventHandler
    void on(ScreeningListPublishedEvent event, @SequenceNumber Long sequenceNumber,
            @MetaDataValue(Actor.USER_ID) String publishedBy, ReplayStatus replay) {
        if (!replay.isReplay()) {
            tasks.seed(event.version());
        }
        jdbc.update("""
                INSERT INTO rescreen_publication (list_version, previous_version, sequence, published_at, published_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (list_version) DO NOTHING""",
                event.version(), event.previousVersion(), sequenceNumber, time(event.effectiveAt()),
                publishedBy == null ? Actor.SYSTEM.userId() : publishedBy);
    }

    @EventHandler
    void on(ConsignmentDeclaredEvent event, @SequenceNumber Long sequenceNumber) {
        Declaration declaration = event.declaration();
        jdbc.update("""
                INSERT INTO rescreen_consignment (consignment_id, reference, border_post, open, version)
                VALUES (?, ?, ?, TRUE, ?) ON CONFLICT (consignment_id) DO NOTHING""",
                event.consignmentId(), declaration.reference(), declaration.borderPost(), sequenceNumber);
    }

    @EventHandler
    void on(DeclarationAmendedEvent event, @SequenceNumber Long sequenceNumber) {
        jdbc.update("""
                UPDATE rescreen_consignment SET reference = ?, border_post = ?, version = ?
                WHERE consignment_id = ? AND version < ?""", event.declaration().reference(),
                event.declaration().borderPost(), sequenceNumber, event.consignmentId(), sequenceNumber);
    }

    /**
     * Records the screening. A re-screening for a publication leaves an outcome with the hits the
     * previous screening did not have. A screening against a version older than the last published
     * one (an instance that had not yet loaded it) asks for a re-screening against the newest.
     */
    @EventHandler
    void on(ConsignmentScreenedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at, ReplayStatus replay) {
        List<String> previousKeys = jdbc.query("SELECT hit_keys FROM rescreen_consignment WHERE consignment_id = ? AND version < ?",
                (row, n) -> json.keys(row.getString(1)), event.consignmentId(), sequenceNumber).stream().findFirst().orElse(null);
        if (previousKeys == null) {
            return; // redelivered: this screening is applied already
        }
        if (event.trigger() == ScreeningTrigger.LIST_PUBLISHED) {
            List<ScreeningHit> newHits = event.hits().stream().filter(hit -> !previousKeys.contains(HitKeys.of(hit))).toList();
            jdbc.update("""
                    INSERT INTO rescreen_outcome (list_version, consignment_id, reference, border_post, previous_channel,
                        channel, new_hits, screened_at, screening_sequence)
                    SELECT ?, consignment_id, reference, border_post, ?, ?, CAST(? AS JSONB), ?, ?
                    FROM rescreen_consignment WHERE consignment_id = ?
                    ON CONFLICT (list_version, consignment_id) DO UPDATE SET previous_channel = EXCLUDED.previous_channel,
                        channel = EXCLUDED.channel, new_hits = EXCLUDED.new_hits, hold_reason = NULL,
                        screened_at = EXCLUDED.screened_at, screening_sequence = EXCLUDED.screening_sequence""",
                    event.listVersion(), name(event.previousChannel()), event.channel().name(), json.writeHits(newHits),
                    time(at), sequenceNumber, event.consignmentId());
        }
        jdbc.update("""
                UPDATE rescreen_consignment SET list_version = ?, channel = ?, hit_keys = CAST(? AS JSONB), open = ?, version = ?
                WHERE consignment_id = ?""", event.listVersion(), event.channel().name(),
                json.writeKeys(HitKeys.of(event.hits())), !event.status().isTerminal(), sequenceNumber, event.consignmentId());
        if (!replay.isReplay()) {
            tasks.catchUp(event.consignmentId(), event.listVersion());
        }
    }

    /** An automatic hold placed right after a re-screening (the next event of the consignment) is its consequence. */
    @EventHandler
    void on(HoldPlacedEvent event, @SequenceNumber Long sequenceNumber) {
        if (event.automatic()) {
            jdbc.update("UPDATE rescreen_outcome SET hold_reason = ? WHERE consignment_id = ? AND screening_sequence = ?",
                    event.reason().name(), event.consignmentId(), sequenceNumber - 1);
        }
        follow(event, sequenceNumber);
    }

    /** Any other event of a consignment: whether it is still open. A closed one has nothing left to re-screen. */
    @EventHandler
    void on(ConsignmentEvent event, @SequenceNumber Long sequenceNumber) {
        follow(event, sequenceNumber);
    }

    private void follow(ConsignmentEvent event, long sequenceNumber) {
        boolean open = !event.status().isTerminal();
        jdbc.update("UPDATE rescreen_consignment SET open = ?, version = ? WHERE consignment_id = ? AND version < ?",
                open, sequenceNumber, event.consignmentId(), sequenceNumber);
        if (!open) {
            tasks.close(event.consignmentId());
        }
    }

    @ResetHandler
    void onReset() {
        jdbc.execute("TRUNCATE rescreen_consignment, rescreen_publication, rescreen_outcome");
        jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = ?", PROCESSING_GROUP);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
