package org.borderledger.holds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.projection.DeadLetters;
import org.borderledger.projection.ProjectionWriter;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consignment_hold} up to date, one row per hold ever placed, for the supervisors'
 * held-goods queue and the hold statistics. Every write is guarded by the event's sequence number
 * ({@code version}), so a redelivered event changes nothing, and a replay from empty tables gives the
 * same rows as the live projection. Writes run when the processor's batch commits
 * ({@link ProjectionWrites}).
 */
@Component
@ProcessingGroup(HeldGoodsProjection.PROCESSING_GROUP)
class HeldGoodsProjection {

    static final String PROCESSING_GROUP = "consignment-holds";

    private final JdbcTemplate jdbc;
    private final ProjectionWriter writer;
    private final DeadLetters deadLetters;

    HeldGoodsProjection(JdbcTemplate jdbc, ProjectionWrites writes, DeadLetters deadLetters) {
        this.jdbc = jdbc;
        this.writer = writes.writer(PROCESSING_GROUP);
        this.deadLetters = deadLetters;
    }

    @EventHandler
    void on(ConsignmentDeclaredEvent event, @SequenceNumber Long sequenceNumber) {
        Declaration declaration = event.declaration();
        writer.execute("""
                INSERT INTO consignment_hold_declaration (consignment_id, reference, border_post, version)
                VALUES (?, ?, ?, ?) ON CONFLICT (consignment_id) DO NOTHING""",
                event.consignmentId(), declaration.reference(), declaration.borderPost(), sequenceNumber);
    }

    /** An amendment may move the consignment to another border post: its holds, open or not, follow it. */
    @EventHandler
    void on(DeclarationAmendedEvent event, @SequenceNumber Long sequenceNumber) {
        Declaration declaration = event.declaration();
        for (String table : new String[] {"consignment_hold_declaration", "consignment_hold"}) {
            writer.execute("UPDATE " + table + " SET reference = ?, border_post = ?, version = ?"
                    + " WHERE consignment_id = ? AND version < ?", declaration.reference(), declaration.borderPost(),
                    sequenceNumber, event.consignmentId(), sequenceNumber);
        }
    }

    /**
     * The post where transit goods are presented is in charge of them from then on: the hold their
     * arrival places is that post's.
     */
    @EventHandler
    void on(TransitArrivalRecordedEvent event, @SequenceNumber Long sequenceNumber) {
        writer.execute("UPDATE consignment_hold_declaration SET border_post = ?, version = ?"
                + " WHERE consignment_id = ? AND version < ?", event.arrivalPost(), sequenceNumber, event.consignmentId(),
                sequenceNumber);
    }

    /**
     * Takes the reference and border post from the declaration. A hold on a consignment whose
     * declaration this projection has not seen breaks the NOT NULL columns, and the event is parked
     * rather than lost.
     */
    @EventHandler
    void on(HoldPlacedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at,
            @MetaDataValue(Actor.ROLE) String role) {
        writer.execute("""
                INSERT INTO consignment_hold (consignment_id, hold_id, reference, border_post, reason, text, automatic,
                    placed_by, placed_by_role, placed_at, open, version)
                VALUES (?, ?, (SELECT reference FROM consignment_hold_declaration WHERE consignment_id = ?),
                    (SELECT border_post FROM consignment_hold_declaration WHERE consignment_id = ?),
                    ?, ?, ?, ?, ?, ?, TRUE, ?)
                ON CONFLICT (consignment_id, hold_id) DO NOTHING""",
                event.consignmentId(), event.holdId(), event.consignmentId(), event.consignmentId(),
                event.reason().name(), event.text(), event.automatic(), event.placedBy(), role, time(at), sequenceNumber);
    }

    /**
     * Records the decision on the hold. REFER keeps it open and records the referral; any other
     * decision ends it. SEIZE and REFUSE end the consignment too: its other holds stay open, as in
     * the aggregate, but no one can decide them any more.
     */
    @EventHandler
    void on(HoldReviewedEvent event, @SequenceNumber Long sequenceNumber, @Timestamp Instant at,
            @MetaDataValue(Actor.USER_ID) String decidedBy) {
        boolean refer = event.decision() == HoldDecision.REFER;
        String closedAs = event.status().isTerminal() ? event.status().name() : null;
        writer.execute("""
                UPDATE consignment_hold SET decision = ?, decision_reason = ?, decision_text = ?, decided_by = ?,
                    decided_at = ?, open = ?, consignment_closed_as = ?,
                    referred_agency = CASE WHEN ? THEN ? ELSE referred_agency END,
                    referred_by = CASE WHEN ? THEN ? ELSE referred_by END,
                    referred_at = CASE WHEN ? THEN ? ELSE referred_at END,
                    version = ?
                WHERE consignment_id = ? AND hold_id = ? AND version < ?""",
                event.decision().name(), event.reason().name(), event.text(), decidedBy, time(at), refer, closedAs,
                refer, event.referredAgency(), refer, decidedBy, refer, time(at), sequenceNumber,
                event.consignmentId(), event.holdId(), sequenceNumber);
        if (closedAs != null) {
            writer.execute("""
                    UPDATE consignment_hold SET consignment_closed_as = ?, version = ?
                    WHERE consignment_id = ? AND hold_id <> ? AND version < ?""",
                    closedAs, sequenceNumber, event.consignmentId(), event.holdId(), sequenceNumber);
        }
    }

    /** Empties the tables for a replay, and the dead letters of the previous run with it. */
    @ResetHandler
    void onReset() {
        jdbc.execute("TRUNCATE consignment_hold, consignment_hold_declaration");
        deadLetters.clear(PROCESSING_GROUP);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
