package org.borderledger.screening.api;

/**
 * A stored event that cannot be read back, named so that an operator can find it in
 * {@code DomainEventEntry}: its global index ({@code -1} when it could not be looked up), aggregate,
 * sequence number, stored payload type and event id, and why it cannot be read.
 */
public record UnreadableEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String payloadType,
                              String eventIdentifier, String cause) {

    /** One line for logs and health: everything an operator needs to find the row. */
    public String describe() {
        return "event at global index " + globalIndex + " (aggregate " + aggregateIdentifier + ", sequence number "
                + sequenceNumber + ", type " + payloadType + ", event id " + eventIdentifier + ") cannot be read: " + cause;
    }
}
