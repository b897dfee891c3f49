package org.borderledger.messaging;

import java.util.Optional;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Axon's caching repository, except that a cached aggregate is used only while it is current: its
 * version must equal the last sequence number in the event store (the JDBC engine's
 * {@code SELECT max(sequencenumber) ... WHERE aggregateidentifier = ?}, answered from the index of the
 * unique key on aggregate and sequence number, in the command's transaction). Several instances
 * append to one store without routing commands between them; another instance's events make the
 * cached copy stale, and a stale copy would refuse a command carrying the current expected version
 * as STALE_VERSION, or decide one on old state.
 * <p>
 * What stays Axon's: an entry is evicted when a command that loaded or saved it rolls back (its
 * handler may already have changed the cached object), and replaced when one commits. A command
 * that passes the check and then loses the append to another instance meets the store's unique key,
 * rolls back, and is retried against a fresh load, as without the cache.
 */
public final class StoreCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final EventStore eventStore;
    private final Cache cache;
    private final SnapshotTriggerDefinition snapshotTriggerDefinition;

    public StoreCheckedCachingRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore,
                                         SnapshotTriggerDefinition snapshotTriggerDefinition, Cache cache) {
        super(builder.eventStore(eventStore).snapshotTriggerDefinition(snapshotTriggerDefinition).cache(cache));
        this.eventStore = eventStore;
        this.cache = cache;
        this.snapshotTriggerDefinition = snapshotTriggerDefinition;
    }

    /** Called with the aggregate's lock held: no command of this instance changes the entry meanwhile. */
    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        AggregateCacheEntry<T> cached = cache.get(aggregateIdentifier);
        if (cached != null && !isCurrent(cached, aggregateIdentifier)) {
            cache.remove(aggregateIdentifier);
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    private boolean isCurrent(AggregateCacheEntry<T> cached, String aggregateIdentifier) {
        // An entry kept in memory hands back the aggregate it was made from: nothing is rebuilt here.
        Long version = cached.recreateAggregate(aggregateModel(), eventStore, snapshotTriggerDefinition).version();
        return eventStore.lastSequenceNumberFor(aggregateIdentifier).equals(Optional.ofNullable(version));
    }
}
