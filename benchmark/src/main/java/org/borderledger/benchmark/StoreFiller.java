package org.borderledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.borderledger.messaging.api.EventHash;
import org.borderledger.messaging.MessagingConfiguration;
import org.springframework.stereotype.Component;

/**
 * Fills the event store with copies of a template consignment's events, each copy under its own
 * consignment id and reference, appended through the real event store (so hash-chained and stored
 * exactly as the command side stores them), a batch per transaction.
 * <p>
 * The copies differ where the console's filters and sorting look, so that a search finds a part of
 * the store, as at a border post, and not all of it or nothing: the consignee's name (one of
 * {@value #CONSIGNEES}), the goods' HS codes (one of {@link #HS_CODES}'s), the instants (spread over
 * the year before the fill, in consignment order), and how far the life went (one in
 * {@value #UNFINISHED_ONE_IN} is still held after its declaration).
 */
@Component
class StoreFiller {

    static final int CONSIGNEES = 2_000;
    static final int UNFINISHED_ONE_IN = 100;
    /** Six-digit headings a land border sees often, the "high priority" ones among them (bearings, chips). */
    static final List<String> HS_CODES = List.of("847130", "870323", "848210", "854231", "940360", "620342",
            "300490", "731815", "392690", "851712");
    private static final String[] NAME_PARTS = {"Altyn", "Dala", "Zhol", "Nur", "Sary", "Arka", "Tenge", "Kerey",
        "Baikal", "Volga", "Ural", "Sever", "Step", "Orda", "Kazy", "Shyn", "Tau", "Aral", "Irtysh", "Ertis",
        "Atlas", "Nord", "Trans", "Euro", "Asia", "Silk", "Route", "Cargo", "Logistic", "Trade", "Steel", "Grain",
        "Motor", "Tech", "Chem", "Agro", "Invest", "Service", "Import", "Export"};
    private static final String[] LEGAL_FORMS = {"LLP", "LLC", "JSC", "GmbH", "Ltd"};
    private static final Duration SPREAD = Duration.ofDays(365);

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
        int stored = 0;
        Instant first = Instant.now().minus(SPREAD);
        List<DomainEventMessage<?>> batch = new ArrayList<>(batchSize + template.size());
        for (int copy = 0; stored < events; copy++) {
            Copy shape = new Copy(copy, first.plus(SPREAD.multipliedBy(copy).dividedBy(copies)));
            List<? extends DomainEventMessage<?>> life = template.subList(0, shape.eventsOf(template.size()));
            Instant declared = life.get(0).getTimestamp();
            for (DomainEventMessage<?> event : life) {
                batch.add(copyOf(event, shape, Duration.between(declared, event.getTimestamp())));
            }
            stored += life.size();
            if (batch.size() >= batchSize || stored >= events) {
                long start = System.nanoTime();
                eventStore.publish(batch);
                inStore += System.nanoTime() - start;
                batch.clear();
            }
        }
        return Duration.ofNanos(inStore);
    }

    /** What one copy of the template gets: its id, reference, consignee, goods and declaration instant. */
    record Copy(int number, Instant declaredAt) {

        String id() {
            return String.format("CN-BENCH-%07d", number);
        }

        String reference() {
            return String.format("BENCH-%07d", number);
        }

        /** A name of words that other names share too, so a search for one word finds a few dozen. */
        String consignee() {
            int name = number % CONSIGNEES;
            return NAME_PARTS[name % NAME_PARTS.length] + " " + NAME_PARTS[(name / NAME_PARTS.length) % NAME_PARTS.length]
                    + " " + LEGAL_FORMS[name % LEGAL_FORMS.length] + " " + name;
        }

        String hsCode(int line) {
            return HS_CODES.get((number + line) % HS_CODES.size());
        }

        /** The whole life, or, for one in {@value #UNFINISHED_ONE_IN}, the declaration only (held by screening). */
        int eventsOf(int lifeLength) {
            return number % UNFINISHED_ONE_IN == UNFINISHED_ONE_IN - 1 ? TemplateLifecycle.DECLARATION_EVENTS : lifeLength;
        }
    }

    private DomainEventMessage<?> copyOf(DomainEventMessage<?> event, Copy copy, Duration sinceDeclaration) {
        ObjectNode payload = json.valueToTree(event.getPayload());
        payload.put("consignmentId", copy.id());
        replaceReferences(payload, copy.reference());
        if (payload.get("declaration") instanceof ObjectNode declaration) {
            vary(declaration, copy);
        }
        Map<String, Object> metaData = new HashMap<>(event.getMetaData());
        metaData.remove(EventHash.HASH);
        metaData.remove(EventHash.PREVIOUS_HASH);
        try {
            return new GenericDomainEventMessage<>(event.getType(), copy.id(), event.getSequenceNumber(),
                    json.treeToValue(payload, event.getPayloadType()), MetaData.from(metaData),
                    UUID.randomUUID().toString(), copy.declaredAt().plus(sinceDeclaration));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot copy " + event.getPayloadType().getSimpleName(), e);
        }
    }

    private static void vary(ObjectNode declaration, Copy copy) {
        ((ObjectNode) declaration.get("consignee")).put("name", copy.consignee());
        int line = 0;
        for (JsonNode goods : declaration.withArray("goods")) {
            JsonNode hsCode = goods.get("hsCode");
            if (hsCode instanceof ObjectNode code) {
                code.put("value", copy.hsCode(line++));
            } else {
                ((ObjectNode) goods).put("hsCode", copy.hsCode(line++));
            }
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
