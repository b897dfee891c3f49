package org.borderledger.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventHashTest {

    static final String PAYLOAD = "{\"consignmentId\":\"CN-1\",\"text\":\"Invoice missing\"}";
    static final String METADATA = "{\"userId\":\"o.aliyev\",\"role\":\"OFFICER\",\"correlationId\":\"c-1\"}";

    static StoredEventContent event(String payload, String metaData) {
        return new StoredEventContent("CN-1", 2, "Consignment", "e-3", "2026-11-23T10:15:30.123Z",
                "org.borderledger.consignment.api.HoldPlacedEvent", "1",
                payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isASha256InHexAndTheSameForTheSameStoredRow() {
        String hash = EventHash.of(EventHash.GENESIS, event(PAYLOAD, METADATA));

        assertThat(hash).hasSize(64).matches("[0-9a-f]+").isEqualTo(EventHash.of(EventHash.GENESIS, event(PAYLOAD, METADATA)));
    }

    @Test
    void changesWithThePayloadTheMetadataOrThePreviousHash() {
        String hash = EventHash.of(EventHash.GENESIS, event(PAYLOAD, METADATA));

        assertThat(EventHash.of(EventHash.GENESIS, event(PAYLOAD.replace("missing", "present"), METADATA))).isNotEqualTo(hash);
        assertThat(EventHash.of(EventHash.GENESIS, event(PAYLOAD, METADATA.replace("OFFICER", "SUPERVISOR")))).isNotEqualTo(hash);
        assertThat(EventHash.of(hash, event(PAYLOAD, METADATA))).isNotEqualTo(hash);
    }

    @Test
    void changesWithTheSequenceNumberSoThatEventsCannotBeReordered() {
        StoredEventContent event = event(PAYLOAD, METADATA);
        StoredEventContent renumbered = new StoredEventContent(event.aggregateIdentifier(), 3, event.aggregateType(),
                event.eventIdentifier(), event.timestamp(), event.payloadType(), event.payloadRevision(),
                event.payload(), event.metaData());

        assertThat(EventHash.of(EventHash.GENESIS, renumbered)).isNotEqualTo(EventHash.of(EventHash.GENESIS, event));
    }

    @Test
    void ignoresTheHashKeysAndTheOrderOfMetadataKeysSoThatAStoredRowHashesAsItDidBeforeTheHashWasAdded() {
        String hash = EventHash.of(EventHash.GENESIS, event(PAYLOAD, METADATA));
        String stored = "{\"correlationId\":\"c-1\",\"role\":\"OFFICER\",\"userId\":\"o.aliyev\","
                + "\"previousHash\":\"" + EventHash.GENESIS + "\",\"hash\":\"" + hash + "\"}";

        assertThat(EventHash.of(EventHash.GENESIS, event(PAYLOAD, stored))).isEqualTo(hash);
        assertThat(EventHash.storedHash(stored.getBytes(StandardCharsets.UTF_8))).contains(hash);
        assertThat(EventHash.storedPreviousHash(stored.getBytes(StandardCharsets.UTF_8))).contains(EventHash.GENESIS);
        assertThat(EventHash.storedHash(METADATA.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void keepsTheFieldsApartSoThatMovingCharactersBetweenThemChangesTheHash() {
        StoredEventContent event = event(PAYLOAD, METADATA);
        StoredEventContent shifted = new StoredEventContent("CN-1C", 2, "onsignment", event.eventIdentifier(),
                event.timestamp(), event.payloadType(), event.payloadRevision(), event.payload(), event.metaData());

        assertThat(EventHash.of(EventHash.GENESIS, shifted)).isNotEqualTo(EventHash.of(EventHash.GENESIS, event));
    }
}
