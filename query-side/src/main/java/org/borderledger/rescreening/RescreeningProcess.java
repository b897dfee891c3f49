package org.borderledger.rescreening;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.projection.DeadLetters;
import org.borderledger.rescreening.RescreenBatch.Publication;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.springframework.stereotype.Component;

/**
 * The re-screening process's view of the event stream, on one segment so that it sees the register's
 * publications and the consignments' events in store order. It keeps which consignments are open and
 * what each was last screened against, and on a publication seeds, in the same transaction, one task
 * per open consignment for the new version: exact as of the publication's position, without waiting
 * for any other projection. It also records what each re-screening changed.
 *
 * <p>Like the detail projection it folds a processor batch in memory: the batch's consignments are
 * read once ({@link RescreenRows#ofBatch()}), and each changed row is written once when the batch
 * commits, with the tasks' changes, in event order per consignment. A publication's seeding reads the
 * whole table, so it is queued as a barrier: it runs after every write of the events before it and
 * before those of the events after it. Publications are rare, so splitting the batch's JDBC batches
 * there costs little, and the seeding stays one {@code INSERT … SELECT} over the table.
 *
 * <p>An event older than its consignment's row (by version), or a publication not newer than the last
 * one, is applied already and changes nothing. A replay (a rebuild from the administrator's page)
 * rebuilds the consignments, publications and outcomes but seeds no task: the tasks are the record
 * of work already done.
 */
@Component
@ProcessingGroup(RescreeningProcess.PROCESSING_GROUP)
class RescreeningProcess {

    static final String PROCESSING_GROUP = "screening-rescreen";

    private final RescreenRows rows;
    private final RescreenTasks tasks;
    private final DeadLetters deadLetters;

    RescreeningProcess(RescreenRows rows, RescreenTasks tasks, DeadLetters deadLetters) {
        this.rows = rows;
        this.tasks = tasks;
        this.deadLetters = deadLetters;
    }

    @EventHandler
    void on(ScreeningListPublishedEvent event, @SequenceNumber Long sequenceNumber,
            @MetaDataValue(Actor.USER_ID) String publishedBy, ReplayStatus replay) {
        RescreenBatch batch = rows.ofBatch();
        if (!batch.isNew(sequenceNumber)) {
            return;
        }
        Publication publication = new Publication(event.version(), sequenceNumber);
        if (!replay.isReplay()) {
            tasks.seed(event.version());
        }
        rows.savePublication(publication, event.previousVersion(), event.effectiveAt(),
                publishedBy == null ? Actor.SYSTEM.userId() : publishedBy);
        batch.published(publication);
    }

    /**
     * A screening records what it found; a re-screening for a publication leaves an outcome with the
     * hits the previous screening did not have, and a screening against an older version than the
     * last published (an instance that had not yet loaded it) asks for a re-screening against the
     * newest. An automatic hold right after a re-screening is its consequence. A consignment that
     * closes has nothing left to re-screen.
     */
    @EventHandler
    void on(ConsignmentEvent event, DomainEventMessage<?> message, @Timestamp Instant at, ReplayStatus replay) {
        RescreenBatch batch = rows.ofBatch();
        long sequence = message.getSequenceNumber();
        RescreenConsignment previous = batch.consignment(event.consignmentId());
        RescreenConsignment next;
        if (previous == null) {
            if (!(event instanceof ConsignmentDeclaredEvent declared)) {
                return; // a consignment whose declaration this process has not applied
            }
            next = RescreenConsignment.declared(declared, sequence);
        } else if (previous.version() < sequence) {
            next = previous.after(event, sequence);
        } else {
            return; // redelivered: applied already
        }
        // The first write queued: it fails here if this event's writes failed at an earlier flush, before any state changes.
        rows.save(next);
        if (event instanceof ConsignmentScreenedEvent screened) {
            screened(batch, previous, screened, sequence, at, replay);
        } else if (event instanceof HoldPlacedEvent placed && placed.automatic()) {
            batch.outcome(placed.consignmentId()).filter(outcome -> outcome.isFollowedBy(sequence)).ifPresentOrElse(
                    outcome -> outcome.heldFor(placed.reason()),
                    () -> rows.holdReason(placed.consignmentId(), sequence - 1, placed.reason()));
        }
        if (previous != null && previous.open() && !next.open()) {
            tasks.close(next.consignmentId());
        }
        batch.put(next);
    }

    private void screened(RescreenBatch batch, RescreenConsignment previous, ConsignmentScreenedEvent screened,
                          long sequence, Instant at, ReplayStatus replay) {
        if (screened.trigger() == ScreeningTrigger.LIST_PUBLISHED) {
            PendingOutcome outcome = new PendingOutcome(previous, screened, sequence, at);
            rows.save(outcome);
            batch.put(outcome);
        }
        if (!replay.isReplay()) {
            batch.latestVersion().filter(latest -> !latest.equals(screened.listVersion()))
                    .ifPresent(latest -> tasks.catchUp(screened.consignmentId(), latest));
        }
    }

    /** Empties the process's tables for a replay (the tasks stay: they record work done), and the dead letters of the previous run with it. */
    @ResetHandler
    void onReset() {
        rows.truncate();
        deadLetters.clear(PROCESSING_GROUP);
    }
}
