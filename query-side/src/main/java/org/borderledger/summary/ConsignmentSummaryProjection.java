package org.borderledger.summary;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.projection.DeadLetters;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consignment_summary} up to date, one row per consignment: folds each event into its
 * consignment's row with {@link SummaryRow#after}, a processor batch at a time ({@link FoldedSummaries},
 * a {@link org.borderledger.projection.FoldedRows}). Each row is read at most once and written once a
 * batch; an event the row has already seen (by version) is skipped, so a redelivered event changes
 * nothing, and a replay from an empty table gives the same rows as the live projection.
 */
@Component
@ProcessingGroup(ConsignmentSummaryProjection.PROCESSING_GROUP)
class ConsignmentSummaryProjection {

    static final String PROCESSING_GROUP = "consignment-summary";

    private final FoldedSummaries rows;
    private final DeadLetters deadLetters;

    ConsignmentSummaryProjection(FoldedSummaries rows, DeadLetters deadLetters) {
        this.rows = rows;
        this.deadLetters = deadLetters;
    }

    @EventHandler
    void on(ConsignmentEvent event, DomainEventMessage<?> message) {
        rows.apply(message);
    }

    /** Empties the table for a replay, and the dead letters of the previous run with it. */
    @ResetHandler
    void onReset() {
        rows.truncate();
        deadLetters.clear(PROCESSING_GROUP);
    }
}
