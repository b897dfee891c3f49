package org.borderledger.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether a consignment exists, and how far its history goes, asked of the event store rather than
 * of a projection: a moment after its declaration (or during a rebuild) the projections may not have
 * it yet, and it is not "unknown" for that. One indexed read of the last sequence number, never the
 * history itself.
 */
@Component
public class StoredConsignments {

    private final EventStore eventStore;

    StoredConsignments(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(String consignmentId) {
        return lastVersion(consignmentId) >= 0;
    }

    /** The sequence number of the consignment's last stored event, -1 when none is stored. */
    public long lastVersion(String consignmentId) {
        return eventStore.lastSequenceNumberFor(consignmentId).orElse(-1L);
    }
}
