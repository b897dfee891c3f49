package org.borderledger.messaging.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields, each length-prefixed, so that no two different sequences of fields
 * feed the same bytes to the digest (moving characters from one field to the next changes the hash).
 * A null field is kept apart from an empty one.
 */
public final class FieldDigest {

    private final MessageDigest sha256;

    private FieldDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    public static FieldDigest sha256() {
        return new FieldDigest();
    }

    public FieldDigest add(String value) {
        return add(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public FieldDigest add(long value) {
        return add(Long.toString(value));
    }

    public FieldDigest add(byte[] value) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha256.update(value);
        }
        return this;
    }

    /** A stored event's columns in their hashed order, all but the metadata, which each hash takes in its own form. */
    public FieldDigest addColumnsBeforeMetaData(StoredEventContent event) {
        return add(event.aggregateIdentifier())
                .add(event.sequenceNumber())
                .add(event.aggregateType())
                .add(event.eventIdentifier())
                .add(event.timestamp())
                .add(event.payloadType())
                .add(event.payloadRevision())
                .add(event.payload());
    }

    /** The digest in lower-case hex; the digest cannot be used after this. */
    public String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
