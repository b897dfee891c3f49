package org.borderledger.messaging.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tamper-evidence hash of a stored event: SHA-256 over the hash of the event before it in the same
 * consignment and the event's columns as stored. Published, as the one implementation used both when
 * events are stored (command side) and when an auditor verifies the chain (query side), so the two can
 * never drift apart.
 */
public final class EventHash {

    /** Metadata key of the event's own hash. */
    public static final String HASH = "hash";
    /** Metadata key of the hash of the event before it in the same consignment. */
    public static final String PREVIOUS_HASH = "previousHash";
    /** What the first event of a consignment chains to. */
    public static final String GENESIS = "0".repeat(64);

    // Sorted keys at every level: the hash must not depend on the order in which metadata was put together.
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final TypeReference<LinkedHashMap<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private EventHash() {
    }

    public static String of(String previousHash, StoredEventContent event) {
        return FieldDigest.sha256()
                .add(previousHash)
                .addColumnsBeforeMetaData(event)
                .add(canonicalMetaData(event.metaData()))
                .hex();
    }

    /** The hash kept in stored metadata (JSON), if there is one. */
    public static Optional<String> storedHash(byte[] metaData) {
        return Optional.ofNullable(metaData(metaData).get(HASH)).map(Object::toString);
    }

    /** The previous hash kept in stored metadata (JSON), if there is one. */
    public static Optional<String> storedPreviousHash(byte[] metaData) {
        return Optional.ofNullable(metaData(metaData).get(PREVIOUS_HASH)).map(Object::toString);
    }

    /** The metadata without the hash keys, which are added after hashing, in a form independent of key order. */
    private static byte[] canonicalMetaData(byte[] json) {
        Map<String, Object> metaData = metaData(json);
        metaData.remove(HASH);
        metaData.remove(PREVIOUS_HASH);
        try {
            return CANONICAL.writeValueAsBytes(metaData);
        } catch (IOException e) {
            throw new UncheckedIOException("Metadata cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> metaData(byte[] json) {
        try {
            return json == null ? new LinkedHashMap<>() : CANONICAL.readValue(json, JSON_OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored metadata is not a JSON object", e);
        }
    }
}
