package org.borderledger.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.Party;
import org.borderledger.projection.BatchedProjection;
import org.borderledger.projection.ProjectionWriter;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consignment_summary} up to date, one row per consignment. Every write is guarded by
 * the event's sequence number ({@code version}), so a redelivered event changes nothing, and a
 * replay from an empty table gives the same rows as the live projection. Writes run when the
 * processor's batch commits ({@link ProjectionWrites}).
 */
@Component
@BatchedProjection
@ProcessingGroup(ConsignmentSummaryProjection.PROCESSING_GROUP)
class ConsignmentSummaryProjection {

    static final String PROCESSING_GROUP = "consignment-summary";

    private final JdbcTemplate jdbc;
    private final ProjectionWriter writer;

    ConsignmentSummaryProjection(JdbcTemplate jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writer = writes.writer(PROCESSING_GROUP);
    }

    @EventHandler
    void on(ConsignmentDeclaredEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        Declaration declaration = event.declaration();
        writer.execute("""
                INSERT INTO consignment_summary (consignment_id, reference, declarant_name, exporter_name,
                    consignee_name, party_names, direction, border_post, destination_country, status, declared_at,
                    last_changed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (consignment_id) DO NOTHING""",
                event.consignmentId(), declaration.reference(), declaration.declarant().name(),
                declaration.exporter().name(), declaration.consignee().name(), partyNames(declaration),
                declaration.direction().name(), declaration.borderPost(),
                declaration.countryOfDestination().toString(), event.status().name(),
                SummaryRows.time(at), SummaryRows.time(at), sequenceNumber);
        replaceGoods(event.consignmentId(), declaration, sequenceNumber);
    }

    @EventHandler
    void on(DeclarationAmendedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        Declaration declaration = event.declaration();
        update(event, sequenceNumber, at, """
                reference = ?, declarant_name = ?, exporter_name = ?, consignee_name = ?, party_names = ?,
                direction = ?, border_post = ?, destination_country = ?""",
                declaration.reference(), declaration.declarant().name(), declaration.exporter().name(),
                declaration.consignee().name(), partyNames(declaration), declaration.direction().name(),
                declaration.borderPost(), declaration.countryOfDestination().toString());
        replaceGoods(event.consignmentId(), declaration, sequenceNumber);
    }

    @EventHandler
    void on(ConsignmentScreenedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update(event, sequenceNumber, at, "channel = ?", event.channel().name());
    }

    @EventHandler
    void on(InspectionStartedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update(event, sequenceNumber, at, "channel = ?", event.channel().name());
    }

    @EventHandler
    void on(ConsignmentReleasedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update(event, sequenceNumber, at, "channel = ?, released_at = ?", event.channel().name(),
                SummaryRows.time(at));
    }

    @EventHandler
    void on(HoldPlacedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update(event, sequenceNumber, at, "open_hold_count = open_hold_count + 1");
    }

    @EventHandler
    void on(HoldReviewedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update(event, sequenceNumber, at, "open_hold_count = ?", event.openHolds());
    }

    /**
     * Every other event (document check, finding, inspection completed, cancellation) changes only
     * the status; Axon calls the most specific handler, so this one takes only those.
     */
    @EventHandler
    void on(ConsignmentEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update(event, sequenceNumber, at, "");
    }

    /**
     * Empties the table for a replay, and the dead letters of the previous run with it: the replay
     * meets those events again, and old letters would park their consignments' sequences for good.
     */
    @ResetHandler
    void onReset() {
        jdbc.execute("TRUNCATE consignment_summary, consignment_goods");
        jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = ?", PROCESSING_GROUP);
    }

    /** Every party's name in one text, for the trigram index that answers "any party named like ...". */
    private static String partyNames(Declaration declaration) {
        return Stream.of(declaration.declarant(), declaration.exporter(), declaration.consignee(), declaration.carrier())
                .filter(Objects::nonNull).map(Party::name).collect(Collectors.joining("\n"));
    }

    /**
     * Makes the goods lines those of this declaration, if it is the latest the summary row has seen
     * (its version is this event's): a redelivered declaration or amendment that a later amendment
     * overtook leaves the later lines alone.
     */
    private void replaceGoods(String consignmentId, Declaration declaration, long sequenceNumber) {
        String latest = "EXISTS (SELECT 1 FROM consignment_summary WHERE consignment_id = ? AND version = ?)";
        writer.execute("DELETE FROM consignment_goods WHERE consignment_id = ? AND " + latest,
                consignmentId, consignmentId, sequenceNumber);
        writer.executeForEach("INSERT INTO consignment_goods (consignment_id, line_number, hs_code) SELECT ?, ?, ?"
                + " WHERE " + latest, declaration.goods(), line -> new Object[] {
                        consignmentId, line.lineNumber(), line.hsCode().value(), consignmentId, sequenceNumber});
    }

    /**
     * Sets the given columns (a constant of this class, never user input) and the status, change
     * instant and version that every event brings, unless the row has already seen this event.
     */
    private void update(ConsignmentEvent event, long sequenceNumber, Instant at, String columns, Object... values) {
        String assignments = columns.isEmpty() ? "" : columns + ", ";
        List<Object> parameters = new ArrayList<>(Arrays.asList(values));
        parameters.addAll(List.of(event.status().name(), SummaryRows.time(at), sequenceNumber,
                event.consignmentId(), sequenceNumber));
        writer.execute("UPDATE consignment_summary SET " + assignments
                + "status = ?, last_changed_at = ?, version = ? WHERE consignment_id = ? AND version < ?",
                parameters.toArray());
    }
}
