package org.borderledger.messaging;

/**
 * The columns of one row of Axon's {@code domainevententry} that its hash covers, as they are written:
 * the timestamp as the stored text, payload and metadata as the serializer's bytes.
 */
public record StoredEventContent(String aggregateIdentifier, long sequenceNumber, String aggregateType,
                                 String eventIdentifier, String timestamp, String payloadType,
                                 String payloadRevision, byte[] payload, byte[] metaData) {
}
