package org.borderledger.messaging.api;

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

    /**
     * Known answers: every stored chain was computed this way, so a change of field order, encoding or
     * canonical metadata form must fail here rather than break the verification of every stored event.
     */
    @Test
    void givesTheKnownAnswersThatStoredChainsWereComputedWith() {
        assertThat(EventHash.of(EventHash.GENESIS, event(PAYLOAD, METADATA)))
                .isEqualTo("326b90d915dde45f071773a536a936be40d7b8da6fa81c0c57fa4aaf62c0c0e2");
        StoredEventContent sparse = new StoredEventContent("CN-1", 0, null, "e-1", "2026-11-23T10:15:30Z", "T", null,
                "{}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(EventHash.of(EventHash.GENESIS, sparse))
                .isEqualTo("d38e3ff7a1b0d6913b564653172ee371e1ef61a126d0e7ce1b88fa91192ec40e");
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
