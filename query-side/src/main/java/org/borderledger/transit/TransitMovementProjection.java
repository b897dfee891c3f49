package org.borderledger.transit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.TransitDischargedEvent;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.borderledger.projection.DeadLetters;
import org.borderledger.projection.ProjectionWriter;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code transit_movement} up to date, one row per transit movement from its departure: the
 * overdue alert, the arrival with its findings, the transit hold the arrival placed and its decision,
 * and the status. A consignment that never departed in transit has no row, and its events change
 * nothing here. Every write is guarded by the event's sequence number ({@code version}), so a
 * redelivered event changes nothing and a replay from an empty table gives the same rows; writes run
 * when the processor's batch commits ({@link ProjectionWrites}).
 */
@Component
@ProcessingGroup(TransitMovementProjection.PROCESSING_GROUP)
class TransitMovementProjection {

    static final String PROCESSING_GROUP = "transit-movements";

    /** The hold reasons an arrival at exit places; other holds on the goods are not the movement's. */
    static final Set<HoldReason> TRANSIT_HOLDS = EnumSet.of(HoldReason.DIVERSION, HoldReason.TRANSIT_DISCREPANCY);

    private final JdbcTemplate jdbc;
    private final ProjectionWriter writer;
    private final DeadLetters deadLetters;

    TransitMovementProjection(JdbcTemplate jdbc, ProjectionWrites writes, DeadLetters deadLetters) {
        this.jdbc = jdbc;
        this.writer = writes.writer(PROCESSING_GROUP);
        this.deadLetters = deadLetters;
    }

    @EventHandler
    void on(TransitDepartedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        writer.execute("""
                INSERT INTO transit_movement (consignment_id, reference, departure_post, exit_post, destination,
                    time_limit, departed_at, status, last_changed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (consignment_id) DO NOTHING""",
                event.consignmentId(), event.reference(), event.departurePost(), event.exitPost(),
                event.destination().toString(), time(event.timeLimit()), time(at), event.status().name(), time(at),
                sequenceNumber);
    }

    @EventHandler
    void on(TransitOverdueEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update("overdue = TRUE, status = ?", event.consignmentId(), sequenceNumber, at, event.status().name());
    }

    @EventHandler
    void on(TransitArrivalRecordedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        String findings = event.findings().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        update("arrival_post = ?, arrival_country = ?, arrived_at = ?, findings = ?, late = ?, status = ?",
                event.consignmentId(), sequenceNumber, at, event.arrivalPost(),
                event.arrivalCountry() == null ? null : event.arrivalCountry().toString(), time(at), findings,
                event.late(), event.status().name());
    }

    @EventHandler
    void on(HoldPlacedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        if (TRANSIT_HOLDS.contains(event.reason())) {
            update("hold_id = ?, hold_reason = ?, hold_placed_at = ?, hold_open = TRUE, status = ?",
                    event.consignmentId(), sequenceNumber, at, event.holdId(), event.reason().name(), time(at),
                    event.status().name());
        } else {
            update("status = ?", event.consignmentId(), sequenceNumber, at, event.status().name());
        }
    }

    /** A decision other than REFER ends the transit hold it names; any decision may end the consignment. */
    @EventHandler
    void on(HoldReviewedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        boolean ends = event.decision() != HoldDecision.REFER;
        update("hold_open = hold_open AND NOT (hold_id = ? AND ?), status = ?", event.consignmentId(), sequenceNumber,
                at, event.holdId(), ends, event.status().name());
    }

    @EventHandler
    void on(TransitDischargedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at) {
        update("status = ?", event.consignmentId(), sequenceNumber, at, event.status().name());
    }

    /** Empties the table for a replay, and the dead letters of the previous run with it. */
    @ResetHandler
    void onReset() {
        jdbc.execute("TRUNCATE transit_movement");
        deadLetters.clear(PROCESSING_GROUP);
    }

    /** Sets the columns of the movement's row, if it has one that has not seen this event. */
    private void update(String assignments, String consignmentId, long sequenceNumber, Instant at, Object... values) {
        Object[] parameters = new Object[values.length + 4];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = time(at);
        parameters[values.length + 1] = sequenceNumber;
        parameters[values.length + 2] = consignmentId;
        parameters[values.length + 3] = sequenceNumber;
        writer.execute("UPDATE transit_movement SET " + assignments + ", last_changed_at = ?, version = ?"
                + " WHERE consignment_id = ? AND version < ?", parameters);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
