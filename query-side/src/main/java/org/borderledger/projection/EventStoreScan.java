package org.borderledger.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * One pass over the whole event store, as of one snapshot: rows read with a plain streaming query
 * (the processors' reader asks for 100 events at a time), turned into Axon's messages exactly as the
 * JDBC event store does (same entries, upcasters and serializer), in batches in store order.
 * <p>
 * Every message is stamped with the global index it was stored at; for a replay the stamp is a
 * {@link ReplayToken}, so handlers see {@code ReplayStatus.REPLAY} as in a reset processor. The
 * token the projections go on from afterwards ({@link #handover()}) is the one Axon's reader would
 * have reached: the highest index read, with the indexes below it that the snapshot did not show
 * (an append still in its transaction when the scan began) kept as gaps, so none is skipped.
 */
final class EventStoreScan {

    /** How far below the highest index a missing one is still kept as a gap: Axon's own default. */
    static final int GAP_WINDOW = 10_000;
    private static final int FETCH_SIZE = 2_000;

    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final boolean replay;
    private final int batchSize;
    private long head = -1;
    private TrackingToken headToken;
    /** The indexes of the last {@link #GAP_WINDOW} below the highest, seen or not. */
    private final BitSet recent = new BitSet();
    private long recentFrom;

    EventStoreScan(Serializer serializer, EventUpcaster upcasters, boolean replay, int batchSize) {
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.replay = replay;
        this.batchSize = batchSize;
    }

    /**
     * Reads every stored event on the given connection (its own transaction, rolled back at the end)
     * and hands each batch of rows, not yet deserialised, to {@code batches}; see {@link #messages}.
     */
    void read(Connection connection, Consumer<List<TrackedEventData<?>>> batches) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            head = highestIndex(connection);
            headToken = replay && head >= 0 ? new GlobalSequenceTrackingToken(head) : null;
            recentFrom = Math.max(0, head - GAP_WINDOW + 1);
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, "timestamp",
                           payloadtype, payloadrevision, payload, metadata
                    FROM domainevententry WHERE globalindex <= ? ORDER BY globalindex""")) {
                statement.setLong(1, head);
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    List<TrackedEventData<?>> batch = new ArrayList<>(batchSize);
                    while (rows.next()) {
                        batch.add(entry(rows));
                        if (batch.size() == batchSize) {
                            batches.accept(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                    if (!batch.isEmpty()) {
                        batches.accept(batch);
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * A batch's messages of the payload types some projection wants, deserialised (payload, metadata,
     * timestamp) so that every projection shares them as they are, and the global index the batch ends at.
     */
    Batch messages(List<TrackedEventData<?>> rows, Predicate<Class<?>> wanted) {
        List<TrackedEventMessage<?>> messages = EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcasters)
                .filter(message -> wanted.test(message.getPayloadType())).toList();
        messages.forEach(message -> {
            message.getPayload();
            message.getMetaData();
            message.getTimestamp();
        });
        return new Batch(messages, rows.get(rows.size() - 1).trackingToken().position().orElseThrow());
    }

    /** Messages of one batch of rows, and the global index of its last row. */
    record Batch(List<TrackedEventMessage<?>> messages, long endsAt) {
    }

    /** Where the projections go on from after the scan: null (the beginning) if the store was empty. */
    TrackingToken handover() {
        if (head < 0) {
            return null;
        }
        List<Long> gaps = new ArrayList<>();
        for (long index = recentFrom; index < head; index++) {
            if (!recent.get((int) (index - recentFrom))) {
                gaps.add(index);
            }
        }
        return GapAwareTrackingToken.newInstance(head, gaps);
    }

    /** The highest global index read; -1 for an empty store. */
    long head() {
        return head;
    }

    private static long highestIndex(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(max(globalindex), -1) FROM domainevententry");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private TrackedEventData<?> entry(ResultSet row) throws SQLException {
        long index = row.getLong("globalindex");
        if (index >= recentFrom) {
            recent.set((int) (index - recentFrom));
        }
        String aggregateIdentifier = row.getString("aggregateidentifier");
        String eventIdentifier = row.getString("eventidentifier");
        // As Axon's JDBC store reads it: an event that is not a domain event has its own id as aggregate id.
        GenericDomainEventEntry<byte[]> event = new GenericDomainEventEntry<>(row.getString("type"),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier, row.getLong("sequencenumber"),
                eventIdentifier, row.getString("timestamp"), row.getString("payloadtype"), row.getString("payloadrevision"),
                row.getBytes("payload"), row.getBytes("metadata"));
        TrackingToken position = new GlobalSequenceTrackingToken(index);
        return new TrackedDomainEventData<>(headToken == null ? position : ReplayToken.createReplayToken(headToken, position),
                event);
    }
}
