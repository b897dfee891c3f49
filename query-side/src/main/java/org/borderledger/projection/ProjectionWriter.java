package org.borderledger.projection;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What every projection's handlers write through: each call queues a statement for the event being
 * handled, keyed by its consignment (aggregate), to run when the batch commits (see
 * {@link ProjectionWrites}). A consignment's statements run in the order they were queued. A handler
 * never writes a table itself: PostgreSQL aborts a transaction at its first failed statement, which
 * would take the dead-letter queue's insert and the rest of the batch down with it, whereas a
 * queued write that fails is isolated at the flush.
 */
public final class ProjectionWriter {

    private final String processingGroup;
    private final ProjectionWrites writes;

    ProjectionWriter(String processingGroup, ProjectionWrites writes) {
        this.processingGroup = processingGroup;
        this.writes = writes;
    }

    public void execute(String sql, Object... parameters) {
        queue(sql, () -> List.<Object[]>of(parameters), false, false);
    }

    /** A statement whose parameters are built at flush: from state that later events of the batch may still change. */
    public void executeAtFlush(String sql, Supplier<Object[]> parameters) {
        queue(sql, () -> List.<Object[]>of(parameters.get()), false, false);
    }

    /**
     * A statement that must see every write queued before it in this batch, of any consignment, and
     * none queued after it, e.g. one that reads the projection's whole table as of an event's
     * position. It splits the batch's JDBC batches in two, so it suits rare events only.
     */
    public void executeAfterEarlierWrites(String sql, Object... parameters) {
        queue(sql, () -> List.<Object[]>of(parameters), false, true);
    }


    /**
     * A statement that a later one with the same text for the same consignment in this batch replaces:
     * only the last runs, and only its parameters are built (a whole document written once a batch).
     */
    public void executeLast(String sql, Supplier<Object[]> parameters) {
        queue(sql, () -> List.<Object[]>of(parameters.get()), true, false);
    }

    /**
     * One statement run once for each item (e.g. a row per goods line), replaced as a whole by a later
     * one as {@link #executeLast} is.
     */
    public <T> void executeLastForEach(String sql, List<T> items, Function<T, Object[]> parameters) {
        queue(sql, () -> items.stream().map(parameters).toList(), true, false);
    }

    /**
     * State this projection keeps for the batch being handled, made once from the batch's events
     * (e.g. the documents of the consignments in it, read in one query) and dropped with the batch.
     */
    public <T> T batchState(Function<List<? extends EventMessage<?>>, T> create) {
        return writes.batchState(processingGroup, create);
    }

    private void queue(String sql, Supplier<List<Object[]>> rows, boolean lastWins, boolean barrier) {
        EventMessage<?> event = ProjectionWrites.currentEvent();
        String key = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
        writes.add(processingGroup, new PendingWrite(event, key, sql, rows, lastWins, barrier));
    }
}
