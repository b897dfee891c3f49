package org.borderledger.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.borderledger.messaging.StoredChainHeads.ChainHead;
import org.borderledger.messaging.api.EventHash;
import org.borderledger.messaging.api.StoredEventContent;

/**
 * Chains every event a consignment applies to the event before it, and keeps the hashes in the event's
 * metadata.
 * <p>
 * Why a dispatch interceptor on the event store: inside a unit of work, Axon's {@code AbstractEventBus}
 * queues the events an aggregate applies and, in the prepare-commit phase, runs the dispatch interceptors
 * over the whole queue in order and hands their result to {@code EmbeddedEventStore.prepareCommit}, which
 * appends exactly those messages through the autoconfigured {@code JdbcEventStorageEngine} in the same
 * transaction. So what is hashed here is what is stored, without replacing the autoconfigured engine.
 * Snapshots are written through {@code storeSnapshot} and never pass here: they are neither hashed nor
 * part of the chain. No other event dispatch interceptor exists; one added after this must leave the
 * message as it is, or its stored hash would no longer match. Events not applied by an aggregate (there
 * are none today) pass unchanged, and verification would report them as unhashed.
 * <p>
 * Concurrency: two commands on one consignment may both read the same chain head, but only one of them
 * can store the next sequence number (unique key on aggregate and sequence), so only one extension of the
 * chain is ever committed; the other is rolled back.
 */
final class EventChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private final Serializer eventSerializer;
    private final StoredChainHeads chainHeads;

    EventChainInterceptor(Serializer eventSerializer, StoredChainHeads chainHeads) {
        this.eventSerializer = eventSerializer;
        this.chainHeads = chainHeads;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> events) {
        Map<String, ChainHead> extendedHeads = chainHeads.extendedHeads();
        return (index, event) -> event instanceof DomainEventMessage<?> domainEvent ? chain(domainEvent, extendedHeads) : event;
    }

    private EventMessage<?> chain(DomainEventMessage<?> event, Map<String, ChainHead> extendedHeads) {
        String previousHash = chainHeads.hashBefore(event, extendedHeads);
        String hash = EventHash.of(previousHash, asStored(event));
        extendedHeads.put(event.getAggregateIdentifier(), new ChainHead(event.getSequenceNumber(), hash));
        return event.andMetaData(Map.of(EventHash.PREVIOUS_HASH, previousHash, EventHash.HASH, hash));
    }

    /** The row as JdbcEventStorageEngine writes it: the same serializer into bytea, the same timestamp format. */
    private StoredEventContent asStored(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        return new StoredEventContent(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getType(),
                event.getIdentifier(), DateTimeUtils.formatInstant(event.getTimestamp()), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(),
                event.serializeMetaData(eventSerializer, byte[].class).getData());
    }
}
