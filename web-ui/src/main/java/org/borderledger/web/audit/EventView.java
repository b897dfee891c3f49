package org.borderledger.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.borderledger.audit.api.StoredEvent;

/** A stored event as the auditor reads it: the event, its metadata indented, and its hash from that metadata. */
record EventView(StoredEvent event, String metadataJson, Object hash, String asOfValue) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static EventView of(StoredEvent event) {
        try {
            return new EventView(event, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event.metadata()),
                    event.metadata().get("hash"), UtcInstants.format(event.occurredAt()));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Metadata read from the event store is always writable as JSON", unwritable);
        }
    }
}
