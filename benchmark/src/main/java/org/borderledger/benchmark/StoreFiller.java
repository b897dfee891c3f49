package org.borderledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.borderledger.messaging.EventHash;
import org.borderledger.messaging.MessagingConfiguration;
import org.springframework.stereotype.Component;

/**
 * Fills the event store with copies of a template consignment's events, each copy under its own
 * consignment id and reference, appended through the real event store (so hash-chained and stored
 * exactly as the command side stores them), a batch per transaction.
 */
@Component
class StoreFiller {

    private final EventStore eventStore;
    private final ObjectMapper json = MessagingConfiguration.defaultAxonObjectMapper();

    StoreFiller(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Appends copies until at least {@code events} events are stored in addition to the template, and
     * returns the time spent in the event store (building the copies is not counted).
     */
    Duration fill(List<? extends DomainEventMessage<?>> template, int events, int batchSize) {
        int copies = (events + template.size() - 1) / template.size();
        long inStore = 0;
        List<DomainEventMessage<?>> batch = new ArrayList<>(batchSize + template.size());
        for (int copy = 0; copy < copies; copy++) {
            String id = String.format("CN-BENCH-%07d", copy);
            String reference = String.format("BENCH-%07d", copy);
            for (DomainEventMessage<?> event : template) {
                batch.add(copyOf(event, id, reference));
            }
            if (batch.size() >= batchSize || copy == copies - 1) {
                long start = System.nanoTime();
                eventStore.publish(batch);
                inStore += System.nanoTime() - start;
                batch.clear();
            }
        }
        return Duration.ofNanos(inStore);
    }

    private DomainEventMessage<?> copyOf(DomainEventMessage<?> event, String id, String reference) {
        ObjectNode payload = json.valueToTree(event.getPayload());
        payload.put("consignmentId", id);
        replaceReferences(payload, reference);
        Map<String, Object> metaData = new HashMap<>(event.getMetaData());
        metaData.remove(EventHash.HASH);
        metaData.remove(EventHash.PREVIOUS_HASH);
        try {
            return new GenericDomainEventMessage<>(event.getType(), id, event.getSequenceNumber(),
                    json.treeToValue(payload, event.getPayloadType()), MetaData.from(metaData),
                    UUID.randomUUID().toString(), event.getTimestamp());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot copy " + event.getPayloadType().getSimpleName(), e);
        }
    }

    /** Declaration references are unique per declarant, so each copy gets its own. */
    private static void replaceReferences(JsonNode node, String reference) {
        if (node instanceof ObjectNode object) {
            if (object.has("reference")) {
                object.put("reference", reference);
            }
            object.forEach(child -> replaceReferences(child, reference));
        }
    }
}
