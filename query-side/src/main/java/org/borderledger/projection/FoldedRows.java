package org.borderledger.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * A projection's row per consignment (aggregate), folded over a processor batch in memory: the
 * stored rows of the batch's consignments are read in one query when its first event asks, every
 * event the row has not seen (by version) is applied to it, and each changed row is written once,
 * when the batch commits ({@link ProjectionWriter#executeLast}). A consignment whose first event is in
 * the batch has no row to read: the fold starts from nothing, and the version guard of the write keeps
 * a stored row that is already further along. A redelivered event changes nothing, and a consignment's
 * events stay in one segment, in order, so no two writers race on a row.
 *
 * @param <R> the row, immutable: a queued write builds its parameters from it at flush
 */
public abstract class FoldedRows<R> {

    protected final ProjectionWriter writer;
    private final Function<R, String> consignmentId;
    private final ToLongFunction<R> version;
    private final BiFunction<R, DomainEventMessage<?>, R> fold;

    /**
     * @param version the sequence number of the last event applied to a row
     * @param fold    the row after one more event; its first argument is null before the first. It returns
     *                null if the event leaves no row.
     */
    protected FoldedRows(ProjectionWriter writer, Function<R, String> consignmentId, ToLongFunction<R> version,
                         BiFunction<R, DomainEventMessage<?>, R> fold) {
        this.writer = writer;
        this.consignmentId = consignmentId;
        this.version = version;
        this.fold = fold;
    }

    /** Applies the event to its consignment's row, unless the row has seen it. */
    public final void apply(DomainEventMessage<?> event) {
        Map<String, R> rows = writer.batchState(this::storedRows);
        R previous = rows.get(event.getAggregateIdentifier());
        if (previous == null || version.applyAsLong(previous) < event.getSequenceNumber()) {
            R next = fold.apply(previous, event);
            if (next != null) {
                save(next);
                rows.put(event.getAggregateIdentifier(), next);
            }
        }
    }

    /** The stored rows of these consignments, in one query; those without one have none. */
    protected abstract List<R> read(List<String> consignmentIds);

    /** Queues the row's write with {@link ProjectionWriter#executeLast}, guarded by its version. */
    protected abstract void save(R row);

    private Map<String, R> storedRows(List<? extends EventMessage<?>> batch) {
        List<DomainEventMessage<?>> events = batch.stream().filter(DomainEventMessage.class::isInstance)
                .<DomainEventMessage<?>>map(DomainEventMessage.class::cast).toList();
        Set<String> startedInBatch = events.stream().filter(event -> event.getSequenceNumber() == 0)
                .map(DomainEventMessage::getAggregateIdentifier).collect(Collectors.toSet());
        List<String> stored = events.stream().map(DomainEventMessage::getAggregateIdentifier)
                .filter(id -> !startedInBatch.contains(id)).distinct().toList();
        Map<String, R> rows = new HashMap<>();
        if (!stored.isEmpty()) {
            read(stored).forEach(row -> rows.put(consignmentId.apply(row), row));
        }
        return rows;
    }
}
