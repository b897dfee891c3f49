package org.borderledger.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.borderledger.actor.api.Actor;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.messaging.api.EventHash;

/**
 * One stored event as the API gives it, in a history, the feed and the NDJSON export alike: where it sits,
 * what it is, when and by whom, its hash-chain link, and its payload and metadata as the JSON that was stored.
 */
@Schema(description = "A stored event exactly as the event store holds it")
record ApiEvent(
        @Schema(description = "Position in the whole store; the feed's cursor", example = "1042") long globalIndex,
        @Schema(description = "The consignment (aggregate) the event belongs to") String consignmentId,
        @Schema(description = "Position in the consignment's own stream, from 0", example = "3") long sequenceNumber,
        @Schema(description = "The event type's simple name", example = "HoldPlacedEvent") String type,
        @Schema(description = "The payload's revision, null when unversioned") String revision,
        String eventId,
        @Schema(description = "When the event was stored, ISO-8601 UTC") Instant timestamp,
        @Schema(description = "Who caused it (user id, role, border post); null when the metadata names nobody") Actor actor,
        String correlationId,
        @Schema(description = "SHA-256 of the event chained to the one before it in the consignment (docs/audit-trail.md)") String hash,
        @Schema(description = "The hash of the event before it in the consignment; 64 zeros for the first") String previousHash,
        @Schema(description = "The event's payload as stored", type = "object") JsonNode payload,
        @Schema(description = "The event's metadata as stored") Map<String, Object> metadata) {

    static ApiEvent of(StoredEvent event, ObjectMapper json) {
        try {
            return new ApiEvent(event.globalIndex(), event.consignmentId(), event.sequenceNumber(), event.eventType(),
                    event.revision(), event.eventId(), event.occurredAt(), event.actor(), event.correlationId(),
                    text(event.metadata().get(EventHash.HASH)), text(event.metadata().get(EventHash.PREVIOUS_HASH)),
                    json.readTree(event.payload()), event.metadata());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("A stored payload is always JSON", unreadable);
        }
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
