package org.borderledger.audit.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.borderledger.actor.api.Actor;

/**
 * One event exactly as the event store holds it: where it sits (global index, consignment,
 * sequence number), what it is, when and by whom, and its payload as stored JSON, indented for
 * reading. {@code actor} is null only for an event whose metadata names nobody.
 */
public record StoredEvent(long globalIndex, String consignmentId, long sequenceNumber, String eventType,
                          String revision, String eventId, Instant occurredAt, Actor actor, String correlationId,
                          String payload, Map<String, Object> metadata) {

    public StoredEvent {
        // Metadata values may be null, which Map.copyOf refuses; the stored order is kept for reading.
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
