package org.borderledger.detail;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.projection.DeadLetters;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consignment_timeline}: one row per event, keyed by consignment and sequence number,
 * so a redelivered event meets its own row and changes nothing. Rows are written when the batch
 * commits (see {@link TimelineRows}).
 */
@Component
@ProcessingGroup(ConsignmentTimelineProjection.PROCESSING_GROUP)
class ConsignmentTimelineProjection {

    static final String PROCESSING_GROUP = "consignment-timeline";

    private final TimelineRows rows;
    private final DeadLetters deadLetters;

    ConsignmentTimelineProjection(TimelineRows rows, DeadLetters deadLetters) {
        this.rows = rows;
        this.deadLetters = deadLetters;
    }

    @EventHandler
    void on(ConsignmentEvent event, DomainEventMessage<?> message) {
        rows.insert(TimelineEntries.of(message));
    }

    /** Empties the table for a replay, and the dead letters of the previous run with it. */
    @ResetHandler
    void onReset() {
        rows.truncate();
        deadLetters.clear(PROCESSING_GROUP);
    }
}
